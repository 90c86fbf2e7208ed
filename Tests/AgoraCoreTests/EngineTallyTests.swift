import AgoraTestSupport
import Testing
@testable import AgoraCore

/// Tally, tie-break, Borda and selection.
@Suite struct EngineTallyTests {
    /// Topics 1 Data mining, 2 Greentech, 3 Talent, 4 Mobility; people 1 Ana and 4 Dina
    /// (Bordeaux), 2 Bo (Lappeenranta), 3 Chen (Guangzhou).
    static func voted() -> Session {
        var s = Fixture.session()
        s.must(.topics(.propose(TopicFields(title: "Smart mobility"))))
        func p(_ n: Int) -> ParticipantID { ParticipantID(n) }
        func t(_ n: Int) -> TopicID { TopicID(n) }
        s.must(.voting(.addDots(p(1), t(1), count: 3)))           // T1: 3 points, 1 voter, 1 city
        s.must(.voting(.addDots(p(1), t(2), count: 1)))
        s.must(.voting(.addDots(p(4), t(2), count: 2)))           // T2: 3 points, 2 voters, 1 city
        s.must(.voting(.addDots(p(2), t(3), count: 1)))
        s.must(.voting(.addDots(p(3), t(3), count: 1)))
        s.must(.voting(.setWallCount(t(3), count: 1)))            // T3: 3 points, 2 voters, 2 cities
        s.must(.voting(.addDots(p(2), t(4), count: 2)))
        s.must(.voting(.addDots(p(3), t(4), count: 2)))
        s.must(.voting(.addDots(p(4), t(4), count: 1)))           // T4: 5 points
        return s
    }

    @Test func resultsFollowPointsThenVotersThenCitiesThenProposal() {
        let results = Tally.results(of: Self.voted())
        #expect(results.map(\.topic.rawValue) == [4, 3, 2, 1])
        #expect(results.map(\.rank) == [1, 2, 3, 4])
        #expect(results.map(\.dots) == [5, 3, 3, 3])
        #expect(results.map(\.voters) == [3, 2, 2, 1])
        #expect(results.map(\.cities) == [3, 2, 1, 1])
        #expect(results[1] == TopicResult(topic: TopicID(3), rank: 2, dots: 3, ballotPoints: 2, wallCount: 1, voters: 2,
                                          cities: 2, aheadOfNextBy: .cities, behindPreviousBy: nil))
        #expect(results.map(\.aheadOfNextBy) == [nil, .cities, .voters, nil])
        #expect(results.map(\.behindPreviousBy) == [nil, nil, .cities, .voters])
        #expect(results.map(\.isTieBroken) == [false, true, true, true])
    }

    @Test func equalTopicsAreOrderedByProposal() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(3), count: 1)))
        s.must(.voting(.addDots(ParticipantID(4), TopicID(2), count: 1)))
        let results = Tally.results(of: s)
        #expect(results.map(\.topic.rawValue) == [2, 3, 1])
        #expect(results[0].aheadOfNextBy == .proposalOrder)
        #expect(results[1].aheadOfNextBy == nil)   // 1 point against 0
        #expect(Tally.tieBreakRule == "Ties on points go to the topic with more distinct voters, then more distinct cities, then the one proposed first.")
        #expect(TieBreak.allCases.map(\.phrase) == ["more distinct voters", "more distinct cities", "earlier proposal"])
    }

    @Test func onlyActiveTopicsAreCounted() {
        var s = Self.voted()
        s.must(.topics(.withdraw(TopicID(1))))
        s.must(.topics(.merge(TopicID(2), into: TopicID(3))))
        let results = Tally.results(of: s)
        #expect(results.map(\.topic.rawValue) == [3, 4])
        // Merged dots moved: T3 now has Ana 1 + Dina 2 + Bo 1 + Chen 1 + wall 1.
        #expect(results[0].dots == 6)
        #expect(results[0].voters == 4)
        #expect(results[0].cities == 3)
    }

    @Test func rankedBallotsScoreBorda() {
        var s = Fixture.session(dots: 3)
        s.must(.setup(.setVotingRules(VotingRules(method: .ranked, dotsPerParticipant: 3, capPerTopic: nil))))
        func t(_ n: Int) -> TopicID { TopicID(n) }
        s.must(.voting(.setRanking(ParticipantID(1), [t(2), t(1)])))          // T2 3, T1 2
        s.must(.voting(.setRanking(ParticipantID(2), [t(1)])))                // T1 3
        s.must(.voting(.setRanking(ParticipantID(3), [t(3), t(2), t(1)])))    // T3 3, T2 2, T1 1
        let results = Tally.results(of: s)
        #expect(results.map(\.topic.rawValue) == [1, 2, 3])
        #expect(results.map(\.dots) == [6, 5, 3])
        #expect(results.map(\.voters) == [3, 2, 1])
        #expect(s.interest(of: ParticipantID(1), in: t(1)) == 2)
        #expect(s.interest(of: ParticipantID(1), in: t(2)) == 3)
        #expect(s.interest(of: ParticipantID(1), in: t(3)) == 0)
        #expect(s.interest(of: ParticipantID(4), in: t(3)) == 0)
        #expect(Ballot(participant: ParticipantID(9), ranking: [t(1), t(2), t(3), t(4)]).points(places: 2)
                == [DotMark(topic: t(1), count: 2), DotMark(topic: t(2), count: 1)])
    }

    @Test func wallCountsCarryNoPersonalInterest() {
        var s = Fixture.session()
        s.must(.voting(.setWallCount(TopicID(1), count: 7)))
        #expect(Tally.results(of: s)[0] == TopicResult(topic: TopicID(1), rank: 1, dots: 7, ballotPoints: 0, wallCount: 7,
                                                       voters: 0, cities: 0, aheadOfNextBy: nil, behindPreviousBy: nil))
        #expect(s.interests.isEmpty)
        #expect(s.interest(of: ParticipantID(1), in: TopicID(1)) == 0)
    }

    // MARK: - Selection

    @Test func selectionTakesTheTopUpToRoomsTimesRounds() {
        let s = Self.voted()   // 3 rooms × 2 rounds = 6 places, 4 topics
        #expect(Selection.defaultCount(in: s) == 6)
        #expect(Selection.choose(in: s).map(\.rawValue) == [4, 3, 2, 1])
        #expect(Selection.choose(in: s, count: 2).map(\.rawValue) == [4, 3])
        #expect(Selection.choose(in: s, count: 0) == [])
        #expect(Selection.choose(in: s, count: -1) == [])
    }

    @Test func pinnedTopicsAreAlwaysInAndDroppedNever() {
        var s = Self.voted()
        s.must(.plan(.setSelectionPin(TopicID(1), .pinned)))
        #expect(Selection.choose(in: s, count: 2).map(\.rawValue) == [4, 1])
        s.must(.plan(.setSelectionPin(TopicID(4), .dropped)))
        #expect(Selection.choose(in: s, count: 2).map(\.rawValue) == [3, 1])
        #expect(Selection.choose(in: s).map(\.rawValue) == [3, 2, 1])
        s.must(.plan(.setSelectionPin(TopicID(2), .pinned)))
        // Pins go beyond the count.
        #expect(Selection.choose(in: s, count: 1).map(\.rawValue) == [2, 1])
        #expect(Selection.choose(in: s, count: 0).map(\.rawValue) == [2, 1])
        // The choice applies as is.
        s.must(.plan(.setSelection(Selection.choose(in: s))))
        #expect(s.selectedTopics.map(\.id.rawValue) == [1, 2, 3])
    }
}
