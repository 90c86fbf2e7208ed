import AgoraCore
import AgoraStore
import ArgumentParser

struct ParticipantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant", abstract: "Add, edit or remove participants.",
        subcommands: [Add.self, Edit.self, Remove.self, Absent.self, Present.self])

    struct Add: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Add a participant.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The participant's name.") var name: String
        @Option(help: "Their city.") var city: String
        @Option(help: "Their organization.") var org: String = ""
        @Option(help: "Their role.") var role: String = ""

        func perform(on store: SessionStore) throws -> String {
            // A city typed as a known one in other case or accents takes the known spelling.
            let spelled = store.session.knownSpelling(of: city) ?? city
            try store.apply(.people(.add(ParticipantFields(name: name, city: spelled, organization: org, role: role))))
            return "\(store.session.participants.last!.id)  \(store.session.participants.last!.name)"
        }
    }

    struct Edit: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Change a participant's name, city, organization or role.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The participant: number or start of the name.") var participant: String
        @Option(help: "New name.") var name: String?
        @Option(help: "New city.") var city: String?
        @Option(help: "New organization.") var org: String?
        @Option(help: "New role.") var role: String?

        func perform(on store: SessionStore) throws -> String {
            let id = try store.session.resolveParticipant(participant)
            let p = store.session.participant(id)!
            return try store.apply(.people(.edit(id, ParticipantFields(
                name: name ?? p.name, city: city ?? p.city, organization: org ?? p.organization, role: role ?? p.role))))
        }
    }

    struct Remove: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Remove a participant with their ballot and group places.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The participant: number or start of the name.") var participant: String

        func perform(on store: SessionStore) throws -> String {
            try store.apply(.people(.remove(try store.session.resolveParticipant(participant))))
        }
    }

    struct Absent: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Mark a participant absent (kept, but left out when groups are formed), as h does on the People screen.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The participant: number or start of the name.") var participant: String

        func perform(on store: SessionStore) throws -> String {
            try store.apply(.people(.setPresent(try store.session.resolveParticipant(participant), false)))
        }
    }

    struct Present: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Mark a participant present again.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The participant: number or start of the name.") var participant: String

        func perform(on store: SessionStore) throws -> String {
            try store.apply(.people(.setPresent(try store.session.resolveParticipant(participant), true)))
        }
    }
}
