import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

struct VoteCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Record one participant's votes.",
        discussion: """
            Dot voting: each TOPIC places one dot; repeat a topic to stack dots (up to the cap).
            Approval voting: each TOPIC is approved once. Ranked ballots: the TOPICs, best first,
            replace the ranking. --clear removes the participant's ballot.
            """)

    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Argument(help: "The voter: number or start of the name.") var participant: String
    @Argument(help: "Topics: numbers or starts of titles.") var topics: [String] = []
    @Flag(help: "Clear the participant's ballot.") var clear = false

    func validate() throws {
        if clear != topics.isEmpty {
            throw ValidationError(MeetingCommandText.table(clear ? "cli.vote.clearTakesNoTopics" : "cli.vote.nameATopic"))
        }
    }

    func perform(on store: SessionStore) throws -> String {
        let s = store.session
        let voter = try s.resolveParticipant(participant)
        if clear { return try store.apply(.voting(.clearBallot(voter))) }
        let chosen = try topics.map { try s.resolveTopic($0) }
        let summary = try store.apply(s.ballotOperation(for: voter, placing: chosen))
        if s.voting.method == .ranked { return summary }
        let ballot = store.session.ballot(of: voter)
        let used = ballot?.dotsUsed ?? 0
        return s.voting.method == .dots
            ? MeetingCommandText.table("cli.vote.dotsUsed", ["name": s.name(of: voter), "used": "\(used)",
                                                             "total": "\(s.voting.dotsPerParticipant)"])
            : MeetingCommandText.table("cli.vote.approved", ["name": s.name(of: voter), "count": "\(used)"])
    }
}

struct TallyCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "tally", abstract: "Set the anonymous count for a topic (dots or hands counted on a wall).")
    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Argument(help: "The topic.") var topic: String
    @Argument(help: "The count (replaces the previous one).", transform: DomainRange.wallCount.argument) var count: Int

    func perform(on store: SessionStore) throws -> String {
        try store.apply(.voting(.setWallCount(try store.session.resolveTopic(topic), count: count)))
    }
}

struct VotingCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "voting", abstract: "Open, close or reopen voting.")
    enum Step: String, ExpressibleByArgument, CaseIterable { case open, close }
    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Argument(help: "open or close.") var step: Step

    func perform(on store: SessionStore) throws -> String {
        try store.apply(.voting(step == .open ? .open : .close))
    }
}

struct ResultsCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "Show the vote's results in rank order, with the tie-break rule.")
    static var readsOnly: Bool { true }
    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Flag(help: "Show tallies even while they are hidden until voting closes.") var showHidden = false

    func perform(on store: SessionStore) throws -> String {
        let s = store.session
        if !Tally.isVisible(in: s) && !showHidden {
            throw UserFacingError(MeetingCommandText.table("cli.results.hidden", ["file": file]))
        }
        let results = Tally.results(of: s)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(ResultsDocument(results: results, tieBreakRule: Tally.tieBreakRule(in: .en))), as: UTF8.self)
        }
        return ResultsTable.text(results, in: s, language: .current)
    }

    struct ResultsDocument: Encodable {
        var results: [TopicResult]
        var tieBreakRule: String
    }
}
