import AgoraCore
import AgoraStore
import ArgumentParser

struct ExperienceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experience", abstract: "Record experiences that cities shared in the groups.",
        subcommands: [Add.self, Edit.self, Promote.self, Remove.self])

    struct Add: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Record a shared experience.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Option(help: "The city that lived it.") var city: String
        @Option(help: "A short title.") var title: String
        @Option(help: "Who shared it: number or start of the name.") var by: String?
        @Option(help: "The topic it came up under.") var topic: String?
        @Option(help: "The round of the group it came up in (1, 2, …).") var round: String?
        @Option(help: "The challenge the city faced.") var challenge: String = ""
        @Option(help: "What was done.") var action: String = ""
        @Option(help: "The result.") var result: String = ""
        @Option(help: "A tag; repeat for several.") var tag: [String] = []

        func perform(on store: SessionStore) throws -> String {
            let s = store.session
            let fields = ExperienceFields(
                city: city, title: title, sharedBy: try by.map { try s.resolveParticipant($0) },
                challenge: challenge, action: action, result: result, tags: tag,
                origin: Origin(topic: try topic.map { try s.resolveTopic($0) }, round: try round.map { try s.resolveRound($0) }))
            try store.apply(.work(.addExperience(fields)))
            let e = store.session.experiences.last!
            return "\(e.id)  " + Typography.labelled(e.city, e.title, in: .current)
        }
    }

    struct Edit: SessionVerb {
        static let configuration = CommandConfiguration(
            abstract: "Change a shared experience: each option given replaces that field (as the Work screen's e does).")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The experience: number or start of the title.") var experience: String
        @Option(help: "The city that lived it.") var city: String?
        @Option(help: "A short title.") var title: String?
        @Option(help: "Who shared it: number or start of the name; “none” for nobody.") var by: String?
        @Option(help: "The topic it came up under; “none” for no topic.") var topic: String?
        @Option(help: "The round of the group it came up in (1, 2, …); “none” for no round.") var round: String?
        @Option(help: "The challenge the city faced.") var challenge: String?
        @Option(help: "What was done.") var action: String?
        @Option(help: "The result.") var result: String?
        @Option(help: "A tag; repeat for several (replaces the tags).") var tag: [String] = []
        @Flag(name: .customLong("no-tags"), help: "Remove every tag.") var noTags = false

        func perform(on store: SessionStore) throws -> String {
            let s = store.session
            let id = try s.resolveExperience(experience)
            var f = s.experience(id)!.fields
            if let city { f.city = city }
            if let title { f.title = title }
            if let by { f.sharedBy = by == "none" ? nil : try s.resolveParticipant(by) }
            if let topic { f.origin.topic = topic == "none" ? nil : try s.resolveTopic(topic) }
            if let round { f.origin.round = round == "none" ? nil : try s.resolveRound(round) }
            if let challenge { f.challenge = challenge }
            if let action { f.action = action }
            if let result { f.result = result }
            if noTags { f.tags = [] } else if !tag.isEmpty { f.tags = tag }
            return try store.apply(.work(.editExperience(id, f)))
        }
    }

    struct Promote: SessionVerb {
        static let configuration = CommandConfiguration(
            abstract: "Start a candidate project from an experience: its title, its city as lead, its challenge, action and result in the description (as the Work screen's P).")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The experience: number or start of the title.") var experience: String
        func perform(on store: SessionStore) throws -> String {
            try store.apply(.work(.promoteExperience(try store.session.resolveExperience(experience))))
        }
    }

    struct Remove: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Remove a shared experience (projects that built on it keep their other origins).")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The experience: number or start of the title.") var experience: String

        func perform(on store: SessionStore) throws -> String {
            try store.apply(.work(.removeExperience(try store.session.resolveExperience(experience))))
        }
    }
}
