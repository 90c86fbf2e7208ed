import AgoraCore
import AgoraStore
import ArgumentParser

struct ExperienceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experience", abstract: "Record experiences that cities shared in the groups.",
        subcommands: [Add.self, Promote.self, Remove.self])

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
            return "\(e.id)  \(e.city): \(e.title)"
        }
    }

    struct Promote: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Start a candidate project from an experience.")
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
