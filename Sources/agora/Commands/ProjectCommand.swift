import AgoraCore
import AgoraStore
import ArgumentParser

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Record candidate collaboration projects between cities.",
        subcommands: [Add.self, Edit.self, Status.self, ActivityCommand.self, Remove.self])

    struct Add: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Record a candidate collaboration project.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The project's title.") var title: String
        @Option(help: "The lead city.") var lead: String
        @Option(help: "The guiding question, e.g. “How can cities link traditional and new ICT industries?”") var question: String = ""
        @Option(help: ArgumentHelp("Partner cities, separated by ; (or by commas when there is no ;).", valueName: "cities")) var partners: [String] = []
        @Option(help: ArgumentHelp("A partner city, whole (commas allowed: “Washington, D.C.”); repeat for several.", valueName: "city")) var partner: [String] = []
        @Option(help: ArgumentHelp("Interested cities, separated by ; (or by commas when there is no ;).", valueName: "cities")) var interested: [String] = []
        @Option(name: .customLong("interested-city"), help: ArgumentHelp("An interested city, whole; repeat for several.", valueName: "city")) var interestedCity: [String] = []
        @Option(help: "What the project is.") var description: String = ""
        @Option(help: "An activity; repeat for several. Add “every N months” to make it repeat.") var activity: [String] = []
        @Option(help: "A next step; repeat for several.") var next: [String] = []
        @Option(help: "A topic it came from; repeat for several.") var topic: [String] = []
        @Option(help: "Status: \(ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
                completion: .list(ProjectStatus.allCases.map(\.rawValue))) var status: String = ProjectStatus.candidate.rawValue

        func perform(on store: SessionStore) throws -> String {
            let s = store.session
            let fields = ProjectFields(
                title: title, leadCity: lead, question: question,
                partnerCities: ListText.cities(lists: partners, single: partner),
                interestedCities: ListText.cities(lists: interested, single: interestedCity),
                description: description, activities: activity.map { ActivityText.parse($0, in: s) }, nextSteps: next,
                status: try parseStatus(status),
                origins: ProjectOrigins(topics: try topic.map { try s.resolveTopic($0) }))
            try store.apply(.work(.addProject(fields)))
            let p = store.session.projects.last!
            return WorkCommandText.table("cli.project.added", ["id": "\(p.id)", "title": p.title, "city": p.leadCity])
        }
    }

    struct Status: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Set a project's status.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The project: number or start of the title.") var project: String
        @Argument(help: "\(ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
                  completion: .list(ProjectStatus.allCases.map(\.rawValue))) var status: String
        func perform(on store: SessionStore) throws -> String {
            try store.apply(.work(.setProjectStatus(try store.session.resolveProject(project), try parseStatus(status))))
        }
    }

    struct Edit: SessionVerb {
        static let configuration = CommandConfiguration(
            abstract: "Change a project: each option given replaces that field (as the e dialog does); activities have `project activity`.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The project: number or start of the title.") var project: String
        @Option(help: "The project's title.") var title: String?
        @Option(help: "The lead city.") var lead: String?
        @Option(help: "The guiding question.") var question: String?
        @Option(help: ArgumentHelp("Partner cities, separated by ; (or by commas when there is no ;); replaces the partners.", valueName: "cities")) var partners: [String] = []
        @Option(help: ArgumentHelp("A partner city, whole; repeat for several (replaces the partners).", valueName: "city")) var partner: [String] = []
        @Option(help: ArgumentHelp("Interested cities, separated by ; (or by commas when there is no ;); replaces them.", valueName: "cities")) var interested: [String] = []
        @Option(name: .customLong("interested-city"), help: ArgumentHelp("An interested city, whole; repeat for several.", valueName: "city")) var interestedCity: [String] = []
        @Option(help: "What the project is.") var description: String?
        @Option(help: "A theme; repeat for several (replaces the themes).") var theme: [String] = []
        @Option(help: "A next step; repeat for several (replaces the next steps).") var next: [String] = []
        @Option(help: "A topic it came from; repeat for several (replaces them).") var topic: [String] = []
        @Option(help: "Status: \(ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
                completion: .list(ProjectStatus.allCases.map(\.rawValue))) var status: String?

        func perform(on store: SessionStore) throws -> String {
            let s = store.session
            let id = try s.resolveProject(project)
            var f = s.project(id)!.fields
            if let title { f.title = title }
            if let lead { f.leadCity = lead }
            if let question { f.question = question }
            if !partners.isEmpty || !partner.isEmpty { f.partnerCities = ListText.cities(lists: partners, single: partner) }
            if !interested.isEmpty || !interestedCity.isEmpty { f.interestedCities = ListText.cities(lists: interested, single: interestedCity) }
            if let description { f.description = description }
            if !theme.isEmpty { f.themes = theme }
            if !next.isEmpty { f.nextSteps = next }
            if !topic.isEmpty { f.origins.topics = try topic.map { try s.resolveTopic($0) } }
            if let status { f.status = try parseStatus(status) }
            return try store.apply(.work(.editProject(id, f)))
        }
    }

    /// `agora project activity [add|edit|remove]`: `add` when no verb is given.
    struct ActivityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "activity", abstract: "Add, change or remove a project's activities (add when no verb is given).",
            subcommands: [Add.self, Edit.self, Remove.self], defaultSubcommand: Add.self)

        /// The fields of an activity, each one given or not.
        struct Fields: ParsableArguments {
            @Option(help: ArgumentHelp("What it is: \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")) (default: read from the words).",
                                       valueName: "kind"), completion: .list(ActivityKind.allCases.map(\.rawValue))) var kind: String?
            @Option(help: "Who carries it.") var owner: String?
            @Option(help: "Due date or first date, YYYY-MM-DD; “none” for no date.") var due: String?
            @Option(help: ArgumentHelp("How often it repeats, exactly: “4 months”, “2 weeks”, “1 year” (overrides the words of the text); “none” for once.",
                                       valueName: "n unit")) var every: String?
            @Option(help: "The last day a repeating activity may take place, or of the range a one-off happens in (“fall of 2014”), YYYY-MM-DD (default: two years after a repeating one's start); “none” to clear.") var end: String?

            /// `activity` with the options given, each read by Core's ``ActivityText`` rules.
            func apply(to activity: inout AgoraCore.Activity) throws {
                func option<T>(_ name: String, _ read: () throws -> T) throws -> T {
                    do { return try read() } catch let error as AgoraError { throw ValidationError(CommandText.located("--\(name)", error.description)) }
                }
                if let kind { activity.kind = try option("kind") { try ActivityText.kind(typed: kind, text: activity.text) } }
                if let owner { activity.owner = owner }
                if let due { activity.due = try option("due") { try ActivityText.date(typed: due) } }
                if let end { activity.end = try option("end") { try ActivityText.date(typed: end) } }
                if let every { activity.cadence = try option("every") { try ActivityText.cadence(typed: every) } }
            }
        }

        struct Add: SessionVerb {
            // The name is spelled out so that the tool's description (`--experimental-dump-help`,
            // which the palette reads) names it as the default subcommand.
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an activity to a project.")
            @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
            @Argument(help: "The project: number or start of the title.") var project: String
            @Argument(help: "The activity, e.g. “Online exchange every 4 months” or “Compendium in the fall of 2014” (a vague time sets a date range).") var text: String
            @OptionGroup var fields: Fields
            func perform(on store: SessionStore) throws -> String {
                var activity = ActivityText.parse(text, in: store.session)
                try fields.apply(to: &activity)
                return try store.apply(.work(.addActivity(try store.session.resolveProject(project), activity)))
            }
        }

        struct Edit: SessionVerb {
            static let configuration = CommandConfiguration(
                abstract: "Change an activity: each option given replaces that field; the other activities keep theirs.")
            @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
            @Argument(help: "The project: number or start of the title.") var project: String
            @Argument(help: "The activity's number (shown by `agora show` and on the Outcomes screen).") var number: Int
            @Option(help: "The new text (its kind and cadence are not read again: give --kind or --every).") var text: String?
            @OptionGroup var fields: Fields
            func perform(on store: SessionStore) throws -> String {
                let s = store.session
                let id = try s.resolveProject(project)
                let numbered = ActivityNumbers.numbered(s.project(id)!.activities)
                var activity = numbered.first { $0.id == number } ?? AgoraCore.Activity(text: text ?? "")
                if let text { activity.text = text }
                try fields.apply(to: &activity)
                return try store.apply(.work(.editActivity(id, activity: number, activity)))
            }
        }

        struct Remove: SessionVerb {
            static let configuration = CommandConfiguration(abstract: "Remove one activity of a project; the others keep every field.")
            @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
            @Argument(help: "The project: number or start of the title.") var project: String
            @Argument(help: "The activity's number.") var number: Int
            func perform(on store: SessionStore) throws -> String {
                try store.apply(.work(.removeActivity(try store.session.resolveProject(project), activity: number)))
            }
        }
    }

    struct Remove: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Remove a project with its activities.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The project: number or start of the title.") var project: String

        func perform(on store: SessionStore) throws -> String {
            try store.apply(.work(.removeProject(try store.session.resolveProject(project))))
        }
    }
}

func parseStatus(_ text: String) throws -> ProjectStatus {
    guard let status = ProjectStatus(rawValue: text.lowercased()) else {
        throw ValidationError(WorkCommandText.table("cli.project.notAStatus",
                                                    ["value": text, "choices": ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")]))
    }
    return status
}
