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

    /// A cap of at least the dots each person has limits nothing: the summary says so, and how
    /// to make it a rule; a cap below the dots is stated as the rule it is.
    @Test func aCapThatLimitsNothingIsSaidToLimitNothing() throws {
        var h = SessionHistory(Fixture.session(dots: 5))
        var rules = h.session.voting
        rules.capPerTopic = 8
        #expect(try h.apply(.setup(.setVotingRules(rules)), at: Fixture.date)
                == "Voting: dots, 5 per person; a cap of 8 per topic limits nothing (lower it below 5 to spread the dots)")
        rules.capPerTopic = 5
        #expect(try h.apply(.setup(.setVotingRules(rules)), at: Fixture.date).hasSuffix("a cap of 5 per topic limits nothing (lower it below 5 to spread the dots)"))
        rules.capPerTopic = 4
        #expect(try h.apply(.setup(.setVotingRules(rules)), at: Fixture.date) == "Voting: dots, 5 per person, at most 4 per topic")
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
                == "1 ballot was cast with dots voting (Ana). Clear each before switching to ranked: "
                + "on the Vote screen v, the name, then x; or agora vote FILE NAME --clear")
        // More than three voters: the first three are named, the rest counted.
        for p in 2...4 { s.must(.voting(.addDots(ParticipantID(p), data, count: 1))) }
        #expect(s.failure(of: .setup(.setVotingRules(rules)))?.message == "4 ballots were cast with dots voting (Ana, Bo, Chen, +1 more)")
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(s.failure(of: .setup(.setVotingRules(rules)))?.message
                    == "4 bulletins ont été remplis avec le vote par gommettes (Ana, Bo, Chen, +1 autre)")
        }
        // Cleared ballots no longer stand in the way.
        for p in 1...4 { s.must(.voting(.clearBallot(ParticipantID(p)))) }
        s.must(.setup(.setVotingRules(rules)))
        #expect(s.voting.method == .ranked)
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
