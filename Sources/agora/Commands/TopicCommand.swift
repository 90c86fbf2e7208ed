import AgoraCore
import AgoraStore
import ArgumentParser

struct TopicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topic", abstract: "Propose, edit, merge or withdraw topics.",
        subcommands: [Add.self, Edit.self, Merge.self, Withdraw.self, Restore.self])

    struct Add: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Propose a topic.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic's title.") var title: String
        @Option(help: "Who proposes it: number or start of the name.") var by: String?
        @Option(help: "A few words on what it is about.") var description: String = ""
        @Option(help: "Focus area of the topic.") var area: String?

        func perform(on store: SessionStore) throws -> String {
            let proposer = try by.map { try store.session.resolveParticipant($0) }
            let focus = try area.map { try parseArea($0) }
            try store.apply(.topics(.propose(TopicFields(title: title, description: description, proposer: proposer, area: focus))))
            let topic = store.session.topics.last!
            return "\(topic.id)  \(topic.title)"
        }
    }

    struct Edit: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Change a topic's title, description or proposer.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic: number or start of the title.") var topic: String
        @Option(help: "New title.") var title: String?
        @Option(help: "New description.") var description: String?
        @Option(help: "New proposer.") var by: String?

        func perform(on store: SessionStore) throws -> String {
            let id = try store.session.resolveTopic(topic)
            let t = store.session.topic(id)!
            let proposer = try by.map { try store.session.resolveParticipant($0) } ?? t.proposer
            return try store.apply(.topics(.edit(id, TopicFields(title: title ?? t.title, description: description ?? t.description,
                                                                 proposer: proposer, area: t.area))))
        }
    }

    struct Merge: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Merge a duplicate topic into another; its votes move along.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The duplicate topic.") var duplicate: String
        @Argument(help: "The topic it joins.") var into: String

        func perform(on store: SessionStore) throws -> String {
            try store.apply(.topics(.merge(try store.session.resolveTopic(duplicate), into: try store.session.resolveTopic(into))))
        }
    }

    struct Withdraw: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Withdraw a topic; its dots go back to their owners.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic.") var topic: String
        func perform(on store: SessionStore) throws -> String {
            try store.apply(.topics(.withdraw(try store.session.resolveTopic(topic))))
        }
    }

    struct Restore: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Bring back a withdrawn topic.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic.") var topic: String
        func perform(on store: SessionStore) throws -> String {
            try store.apply(.topics(.restore(try store.session.resolveTopic(topic))))
        }
    }
}

func parseArea(_ text: String) throws -> FocusArea {
    guard let area = FocusArea(typed: text) else {
        throw ValidationError(SetupCommandText.table("cli.setup.notAnArea", ["value": text, "choices": FocusArea.choices]))
    }
    return area
}
