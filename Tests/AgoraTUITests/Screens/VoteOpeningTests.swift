import AgoraCore
@testable import AgoraTUI
import Testing

/// The Vote tab's `o`: reopening a closed vote asks first, as closing does.
@Suite struct VoteOpeningTests {
    /// A room of `people` present people with long names, one topic, voting open, nobody voted.
    static func openVote(people: Int) -> Session {
        var s = MeetingFlowTests.newSession()
        func apply(_ op: AgoraCore.Operation) { try! s.apply(op, at: ScreenFixtures.now) }
        let names = ["Ana Garcia", "Bruno Silva", "Claire Dubois", "David Rosenberg", "Elena Petrova", "Fatou Ndiaye",
                     "Gustavo Herrera", "Hanna Lindqvist", "Ibrahim Haddad", "Julia Kowalska", "Kenji Watanabe", "Lucía Fernández"]
        for i in 0..<people { apply(.people(.add(ParticipantFields(name: names[i % names.count] + (i < names.count ? "" : " \(i)"), city: "Lyon")))) }
        apply(.topics(.propose(TopicFields(title: "Bike lanes that connect", proposer: ParticipantID(1)))))
        apply(.voting(.open))
        return s
    }

    @Test func reopeningAClosedVoteAsksFirst() {
        var s = Self.openVote(people: 3)
        try! s.apply(.voting(.close), at: ScreenFixtures.now)
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()], session: s, size: Size(width: 100, height: 30))
        pilot.press("o")
        #expect(port.session.votingStatus == .closed)
        #expect(pilot.text.contains("Reopen voting"))
        #expect(pilot.text.contains("Results are hidden again"))
        pilot.press("n")
        #expect(port.session.votingStatus == .closed)
        #expect(pilot.text.contains("Cancelled"))
        pilot.press("o"); pilot.press("y")
        #expect(port.session.votingStatus == .open)
        // Closing still asks too.
        pilot.press("o")
        #expect(pilot.text.contains("Close voting"))
        pilot.press("y")
        #expect(port.session.votingStatus == .closed)
    }

    @Test func withTalliesShownReopeningSaysOnlyThatBallotsCanChange() {
        var s = Self.openVote(people: 3)
        var rules = s.voting
        rules.hideTalliesUntilClose = false
        try! s.apply(.setup(.setVotingRules(rules)), at: ScreenFixtures.now)
        try! s.apply(.voting(.close), at: ScreenFixtures.now)
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: s, size: Size(width: 100, height: 30))
        pilot.press("o")
        #expect(pilot.text.contains("Ballots can change again") && !pilot.text.contains("hidden again"))
    }
}
