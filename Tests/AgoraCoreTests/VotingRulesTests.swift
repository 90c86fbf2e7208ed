import AgoraCore
import AgoraTestSupport
import Testing

@Suite("Voting rules")
struct VotingRulesTests {
    let ana = ParticipantID(1), data = TopicID(1), green = TopicID(2), talent = TopicID(3)

    @Test func theBudgetIsEnforcedWithAMessageAFacilitatorUnderstands() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ana, data, count: 3)))
        s.must(.voting(.addDots(ana, green, count: 2)))
        #expect(s.failure(of: .voting(.addDots(ana, talent, count: 1)))?.description
                == "Ana has used all 5 dots of 5. Take a dot back from another topic first")
        s.must(.voting(.removeDots(ana, green, count: 1)))
        #expect(s.failure(of: .voting(.addDots(ana, talent, count: 2)))?.message
                == "Ana has 1 of 5 dots left; cannot place 2")
        #expect(s.ballot(of: ana)?.dotsUsed == 4)
    }

    @Test func dotsStackUpToTheCapPerTopic() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ana, data, count: 2)))
        s.must(.voting(.addDots(ana, data, count: 1)))
        #expect(s.ballot(of: ana)?.dots(on: data) == 3)
        #expect(s.failure(of: .voting(.addDots(ana, data, count: 1)))?.message
                == "Ana already has 3 of at most 3 dots on “Data mining for SMEs”")
    }

    /// Regression (issue 9): four dots at once under a cap of three said "already has 0 of at most 3".
    @Test func theCapMessageCountsWhatIsThereAndWhatWasAsked() {
        var s = Fixture.session()
        #expect(s.failure(of: .voting(.addDots(ana, data, count: 4)))?.message
                == "Ana cannot place 4 dots on “Data mining for SMEs”; at most 3 per topic")
        s.must(.voting(.addDots(ana, data, count: 2)))
        #expect(s.failure(of: .voting(.addDots(ana, data, count: 2)))?.message
                == "Ana already has 2 of at most 3 dots on “Data mining for SMEs”; cannot place 2 more")
    }

    @Test func aFirstBallotOpensTheVoteAndAClosedVoteRefusesBallots() {
        var s = Fixture.session()
        #expect(s.votingStatus == .notStarted)
        s.must(.voting(.addDots(ana, data, count: 1)))
        #expect(s.votingStatus == .open)
        s.must(.voting(.close))
        #expect(s.failure(of: .voting(.addDots(ana, green, count: 1)))?.description
                == "Voting is closed. Reopen voting to change ballots")
        #expect(s.failure(of: .voting(.close))?.message == "Voting is not open")
        s.must(.voting(.open))
        #expect(s.log.last?.text == "Voting reopened")
        s.must(.voting(.addDots(ana, green, count: 1)))
    }

    @Test func approvalCountsEachTopicOnce() {
        var s = Fixture.session()
        var rules = s.voting
        rules.method = .approval
        s.must(.setup(.setVotingRules(rules)))
        s.must(.voting(.addDots(ana, data, count: 1)))
        #expect(s.failure(of: .voting(.addDots(ana, data, count: 1)))?.message == "Ana already approved “Data mining for SMEs”")
    }

    @Test func rankedBallotsAreRankingsNotDots() {
        var s = Fixture.session()
        var rules = s.voting
        rules.method = .ranked
        rules.dotsPerParticipant = 2
        s.must(.setup(.setVotingRules(rules)))
        #expect(s.failure(of: .voting(.addDots(ana, data, count: 1)))?.message == "This session uses ranked ballots")
        s.must(.voting(.setRanking(ana, [green, data])))
        #expect(s.ballot(of: ana)?.ranking == [green, data])
        #expect(s.failure(of: .voting(.setRanking(ana, [green, green])))?.message == "A ranking names each topic at most once")
        #expect(s.failure(of: .voting(.setRanking(ana, [green, data, talent])))?.message
                == "Ana ranked 3 topics; at most 2 may be ranked")
    }

    @Test func switchingMethodWithBallotsCastIsRefused() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ana, data, count: 1)))
        var rules = s.voting
        rules.method = .ranked
        #expect(s.failure(of: .setup(.setVotingRules(rules)))?.description
                == "Ballots were cast with dots voting. Clear the ballots before switching to ranked")
    }

    @Test func wallCountsReplaceAndVanishAtZero() {
        var s = Fixture.session()
        s.must(.voting(.setWallCount(green, count: 7)))
        s.must(.voting(.setWallCount(data, count: 2)))
        #expect(s.wallCounts == [WallCount(topic: data, count: 2), WallCount(topic: green, count: 7)])
        s.must(.voting(.setWallCount(green, count: 0)))
        #expect(s.wallCounts == [WallCount(topic: data, count: 2)])
        #expect(s.failure(of: .voting(.setWallCount(green, count: -1)))?.message == "A count cannot be negative (got -1)")
    }

    @Test func ballotsStaySortedByParticipantAndTopic() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(3), talent, count: 1)))
        s.must(.voting(.addDots(ana, green, count: 1)))
        s.must(.voting(.addDots(ana, data, count: 1)))
        #expect(s.ballots.map(\.participant) == [ana, ParticipantID(3)])
        #expect(s.ballot(of: ana)?.dots.map(\.topic) == [data, green])
    }

    @Test func clearingABallotNobodyCastIsRefused() {
        let s = Fixture.session()
        #expect(s.failure(of: .voting(.clearBallot(ana)))?.message == "Ana has not voted")
    }
}

@Suite("Ballot entry")
struct BallotEntryTests {
    let ana = ParticipantID(1), data = TopicID(1), green = TopicID(2)

    @Test func topicsNamedAtOnceFollowTheMethod() {
        var s = Fixture.session()
        #expect(s.ballotOperation(for: ana, placing: [data, data, green])
                == .batch(summary: "Ana placed 3 dots", operations: [.voting(.addDots(ana, data, count: 2)), .voting(.addDots(ana, green, count: 1))]))
        #expect(s.ballotOperation(for: ana, placing: [green]) == .voting(.addDots(ana, green, count: 1)))
        var rules = s.voting
        rules.method = .ranked
        s.must(.setup(.setVotingRules(rules)))
        #expect(s.ballotOperation(for: ana, placing: [green, data]) == .voting(.setRanking(ana, [green, data])))
    }

    @Test func oneKeyMarksOneTopic() {
        var s = Fixture.session()
        var rules = s.voting
        rules.method = .approval
        s.must(.setup(.setVotingRules(rules)))
        #expect(s.ballotOperation(for: ana, marking: data) == .voting(.addDots(ana, data, count: 1)))
        s.must(.voting(.addDots(ana, data, count: 1)))
        #expect(s.ballotOperation(for: ana, marking: data) == .voting(.removeDots(ana, data, count: 1)))
        s.must(.voting(.clearBallot(ana)))
        rules.method = .ranked
        s.must(.setup(.setVotingRules(rules)))
        s.must(.voting(.setRanking(ana, [green])))
        #expect(s.ballotOperation(for: ana, marking: data) == .voting(.setRanking(ana, [green, data])))
        #expect(s.ballotOperation(for: ana, marking: green) == nil)
    }
}
