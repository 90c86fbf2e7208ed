import AgoraCore
@testable import AgoraTUI
import Testing

/// The Vote tab's `o` and its mode line: reopening a closed vote asks first, as closing does;
/// the list of who has not voted yet is what gets shorter, never the keys or its label.
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

    /// With voting closed, `v` and `c` open nothing: the status line says why and names `o`,
    /// instead of a picker whose ballot the rules would then refuse.
    @Test func aClosedVoteTakesNoBallotAndSaysWhichKeyReopensIt() {
        var s = Self.openVote(people: 3)
        try! s.apply(.voting(.close), at: ScreenFixtures.now)
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()], session: s, size: Size(width: 100, height: 30))
        pilot.press("v")
        #expect(!pilot.text.contains("Who is voting?"))
        #expect(pilot.text.contains("Voting is closed: o reopens it, then v enters a ballot"))
        pilot.press("c")
        #expect(!pilot.text.contains("Dots on the wall for"))
        #expect(pilot.text.contains("Voting is closed: o reopens it, then c changes a wall count"))
        // Reopened, the same keys work again.
        pilot.press("o"); pilot.press("y")
        #expect(port.session.votingStatus == .open)
        pilot.press("v")
        #expect(pilot.text.contains("Who is voting?"))
    }

    /// Closing asks first, and names who is present and has not voted (at 80 columns the mode
    /// line has no room for them); with everyone voted it says only what closing does.
    @Test func closingNamesWhoHasNotVotedYet() {
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()], session: Self.openVote(people: 5), size: Size(width: 80, height: 24))
        pilot.press("o")
        let text = pilot.lines.joined(separator: " ").replacingOccurrences(of: "│", with: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(text.contains("5 present people have not voted yet: Ana Garcia, Bruno Silva, Claire Dubois, +2 more. Close the vote?"), "\(pilot.text)")
        pilot.press("n")
        var s = Self.openVote(people: 1)
        try! s.apply(.voting(.addDots(ParticipantID(1), TopicID(1), count: 1)), at: ScreenFixtures.now)
        let (all, _) = ScreenFixtures.pilot([VoteScreen()], session: s, size: Size(width: 80, height: 24))
        all.press("o")
        #expect(all.text.contains("Close the vote?") && !all.text.contains("not voted yet:"), "\(all.text)")
        #expect(port.session.votingStatus == .open)
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

    /// The mode line under the header (row 3 with one screen: header, phase header, mode line).
    static func modeLine(_ pilot: Pilot) -> String { pilot.lines.first { $0.contains("v enter a person's dots") } ?? "" }

    @Test(arguments: [100, 120])
    func manyNotVotedShortenTheListNotTheKeys(width: Int) {
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: Self.openVote(people: 12), size: Size(width: width, height: 30))
        let line = Self.modeLine(pilot)
        #expect(line.hasPrefix("v enter a person's dots · c anonymous count · o close voting · not voted yet: Ana Garcia"), "\(line)")
        #expect(line.range(of: #", \+\d+ more$"#, options: .regularExpression) != nil, "\(line)")
        #expect(!line.contains("…"), "\(line)")
    }

    @Test func atEightyColumnsTheKeysStayWhole() {
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: Self.openVote(people: 12), size: Size(width: 80, height: 24))
        #expect(Self.modeLine(pilot) == "v enter a person's dots · c anonymous count · o close voting")
        #expect(pilot.text.contains("0 of 12 voted"))
    }

    @Test func aFewNotVotedAreAllNamed() {
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: Self.openVote(people: 3), size: Size(width: 140, height: 30))
        #expect(Self.modeLine(pilot).hasSuffix("not voted yet: Ana Garcia, Bruno Silva, Claire Dubois"), "\(Self.modeLine(pilot))")
    }

    @Test func whenNoNameFitsTheCountIsGiven() {
        let turnout = Self.openVote(people: 12).voterTurnout
        let m = TextWidth.unicode
        #expect(VoteScreen.notVotedYet(turnout, width: 30, measure: m) == " · not voted yet: 12 people")
        #expect(VoteScreen.notVotedYet(turnout, width: 20, measure: m) == "")
        let wide = VoteScreen.notVotedYet(turnout, width: 60, measure: m)
        #expect(m.width(wide) <= 60 && wide.hasSuffix("more"))
    }
}
