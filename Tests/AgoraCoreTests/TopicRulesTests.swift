import AgoraCore
import AgoraTestSupport
import Testing

@Suite("Topic rules")
struct TopicRulesTests {
    let ana = ParticipantID(1), bo = ParticipantID(2)
    let data = TopicID(1), green = TopicID(2), talent = TopicID(3)

    @Test func aDuplicateTitleAmongActiveTopicsIsRefused() {
        let s = Fixture.session()
        let e = s.failure(of: .topics(.propose(TopicFields(title: "data  MINING for smes"))))
        #expect(e?.description == "“Data mining for SMEs” is already topic 1. Vote for it, or give this one a different title")
    }

    /// Regression (found by the extreme-operations property test): two wall counts that add up
    /// past the range made a merge leave a count no file may hold.
    @Test func aMergeThatWouldOverflowTheWallCountIsRefused() {
        var s = Fixture.session()
        s.must(.voting(.setWallCount(data, count: 600_000)))
        s.must(.voting(.setWallCount(green, count: 500_000)))
        let e = s.failure(of: .topics(.merge(green, into: data)))
        #expect(e?.description == "Merging would give topic 1 a wall count of 1100000; a wall count is at most 1000000. Correct the wall counts with `tally` first")
        s.must(.voting(.setWallCount(green, count: 400_000)))
        s.must(.topics(.merge(green, into: data)))
        #expect(s.wallCounts.map(\.count) == [1_000_000])
    }

    @Test func mergingKeepsEveryVote() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ana, data, count: 2)))
        s.must(.voting(.addDots(ana, talent, count: 1)))
        s.must(.voting(.addDots(bo, talent, count: 3)))
        s.must(.voting(.setWallCount(talent, count: 4)))
        s.must(.voting(.setWallCount(data, count: 1)))
        s.must(.topics(.merge(talent, into: data)))
        #expect(s.topic(talent)?.status == .merged)
        #expect(s.topic(talent)?.mergedInto == data)
        #expect(s.ballot(of: ana)?.dots == [DotMark(topic: data, count: 3)])
        #expect(s.ballot(of: bo)?.dots == [DotMark(topic: data, count: 3)])
        #expect(s.wallCounts == [WallCount(topic: data, count: 5)])
        #expect(s.log.last?.text == "Merged topic 3 “Talent retention” into 1 “Data mining for SMEs”")
        #expect(s.failure(of: .voting(.addDots(ana, talent, count: 1)))?.message
                == "Topic 3 “Talent retention” is merged; vote for topic 1 instead")
    }

    @Test func mergingIntoItselfOrAnInactiveTopicIsRefused() {
        var s = Fixture.session()
        #expect(s.failure(of: .topics(.merge(data, into: data)))?.message == "A topic cannot be merged into itself")
        s.must(.topics(.withdraw(green)))
        #expect(s.failure(of: .topics(.merge(data, into: green)))?.message
                == "Topic 2 is withdrawn; merge into an active topic")
    }

    @Test func withdrawingReturnsTheDots() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ana, data, count: 3)))
        s.must(.voting(.addDots(ana, green, count: 2)))
        s.must(.topics(.withdraw(data)))
        #expect(s.ballot(of: ana)?.dotsUsed == 2)
        s.must(.voting(.addDots(ana, talent, count: 3)))
        s.must(.topics(.restore(data)))
        #expect(s.topic(data)?.status == .proposed)
        #expect(s.failure(of: .topics(.restore(data)))?.message
                == "Only a withdrawn topic can be restored; topic 1 is proposed")
    }

    @Test func aPlannedTopicCannotBeMergedOrWithdrawn() {
        var s = Fixture.session()
        s.must(.plan(.setSelection([data, green])))
        s.must(.plan(.place(data, round: RoundID(1), room: RoomID(1), pinned: false)))
        #expect(s.failure(of: .topics(.withdraw(data)))?.description
                == "Topic 1 is planned in round 1. Take it out of the plan before withdrawing it")
    }

    @Test func anUnknownProposerIsRefused() {
        let s = Fixture.session()
        #expect(s.failure(of: .topics(.propose(TopicFields(title: "X", proposer: ParticipantID(99)))))?.message
                == "There is no participant 99 to propose this topic")
    }
}

@Suite("Rules found in review")
struct ReviewedRulesTests {
    @Test func aRoundNumberWithNoRoundsIsAnErrorNotACrash() {
        var s = Fixture.session()
        s.must(.setup(.removeRound(RoundID(1))))
        s.must(.setup(.removeRound(RoundID(2))))
        #expect(throws: AgoraError(.notFound, "There is no round 1", hint: "Add rounds first")) { try s.resolveRound("1") }
    }

    @Test func aRoundThatExperiencesCameFromIsKept() {
        var s = Fixture.session()
        s.must(.work(.addExperience(ExperienceFields(city: "Bordeaux", title: "Encounters", origin: Origin(round: RoundID(2))))))
        #expect(s.failure(of: .setup(.removeRound(RoundID(2))))?.description
                == "Experiences or projects came from round 2. Keep the round, or edit them to another round first")
    }

    @Test func approvalTakesOneMarkPerTopic() {
        var s = Fixture.session()
        var rules = s.voting
        rules.method = .approval
        s.must(.setup(.setVotingRules(rules)))
        #expect(s.failure(of: .voting(.addDots(ParticipantID(1), TopicID(1), count: 2)))?.description
                == "Approval voting marks a topic once, not 2 times. Name each topic Ana approves once")
    }

    @Test func restoringATopicNeverMakesTwoWithOneTitle() {
        var s = Fixture.session()
        s.must(.topics(.withdraw(TopicID(1))))
        s.must(.topics(.propose(TopicFields(title: "Data mining for SMEs"))))
        #expect(s.failure(of: .topics(.restore(TopicID(1))))?.description
                == "“Data mining for SMEs” is already topic 4. Merge or withdraw it before restoring this one")
    }

    @Test func talliesAreHiddenUntilCloseInOnePlace() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 2)))
        #expect(!Tally.isVisible(in: s))
        #expect(!SessionSummary.text(s).contains("Ana  2"))
        s.must(.voting(.close))
        #expect(Tally.isVisible(in: s))
        #expect(SessionSummary.text(s).contains("  1  Data mining for SMEs  Ana  2  proposed"))
    }

    @Test func activityKindsAreWholeWords() {
        #expect(ActivityText.parse("Locally grown food in schools").kind == .other)
        #expect(ActivityText.parse("Prevent accidents near schools").kind == .other)
        #expect(ActivityText.parse("Monthly calls between the cities").kind == .exchange)
    }
}
