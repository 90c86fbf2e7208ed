import AgoraCore
import AgoraStore
import ArgumentParser

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Record candidate collaboration projects between cities.",
        subcommands: [Add.self, Status.self, Activity.self, Remove.self])

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
                description: description, activities: activity.map(ActivityText.parse), nextSteps: next,
                status: try parseStatus(status),
                origins: ProjectOrigins(topics: try topic.map { try s.resolveTopic($0) }))
            try store.apply(.work(.addProject(fields)))
            let p = store.session.projects.last!
            return "\(p.id)  \(p.title) — led by \(p.leadCity)"
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

    struct Activity: SessionVerb {
        static let configuration = CommandConfiguration(commandName: "activity", abstract: "Add an activity to a project.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The project: number or start of the title.") var project: String
        @Argument(help: "The activity, e.g. “Online exchange every 4 months”.") var text: String
        @Option(help: "Who carries it.") var owner: String = ""
        @Option(help: "Due date or first date, YYYY-MM-DD.") var due: String?
        @Option(help: ArgumentHelp("How often it repeats, exactly: “4 months”, “2 weeks”, “1 year” (overrides the words of the text).",
                                   valueName: "n unit")) var every: String?
        @Option(help: "The last day a repeating activity may take place, YYYY-MM-DD (default: two years after its start).") var end: String?
        func perform(on store: SessionStore) throws -> String {
            var activity = ActivityText.parse(text)
            activity.owner = owner
            if let due {
                guard let day = CalendarDate(due) else { throw ValidationError("--due: “\(due)” is not a date of the form YYYY-MM-DD") }
                activity.due = day
            }
            if let end {
                guard let day = CalendarDate(end) else { throw ValidationError("--end: “\(end)” is not a date of the form YYYY-MM-DD") }
                activity.end = day
            }
            if let every {
                do { activity.cadence = try ActivityText.exactCadence(every) } catch let error as AgoraError {
                    throw ValidationError("--every: \(error.description)")
                }
            }
            return try store.apply(.work(.addActivity(try store.session.resolveProject(project), activity)))
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
        throw ValidationError("“\(text)” is not a project status; use one of \(ProjectStatus.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return status
}
