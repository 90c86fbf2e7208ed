import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The heart of the live meeting driven through the keys: proposing, merging,
/// withdrawing topics and entering ballots.
@Suite struct TopicsAndVoteFlowTests {
    @Test func proposeATopicWithTheProposerPickedByAFewLetters() {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()])
        pilot.press("a")
        #expect(pilot.text.contains("Propose a topic"))
        pilot.type("Smart grids for ports")
        pilot.press(.tab)
        pilot.type("dub")                        // a word of "Claire Dubois"
        #expect(pilot.text.contains("› Claire Dubois (Bordeaux)"))
        pilot.press(.enter)
        let topic = port.session.topics.last!
        #expect(topic.title == "Smart grids for ports")
        #expect(topic.proposer == ParticipantID(1))
        #expect(pilot.text.contains("Smart grids for ports"))
    }

    @Test func anAmbiguousNameKeepsTheFormOpenWithCoresMessage() {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()])
        pilot.press("a")
        pilot.type("Ports")
        pilot.press(.tab)
        pilot.type("zz")
        pilot.press(.enter)
        #expect(port.session.topics.count == 9)
        #expect(pilot.text.contains("No participant is called “zz”"))
        pilot.press(.escape)
        #expect(!pilot.text.contains("Propose a topic"))
    }

    @Test func mergeADuplicateKeepsItsVotes() {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()])
        let before = Tally.results(of: port.session).first { $0.topic == TopicID(1) }!.dots
        let moved = Tally.results(of: port.session).first { $0.topic == TopicID(9) }!.dots
        pilot.press(.end)                                   // topic 9 (planned topics cannot be merged)
        pilot.press("m")
        // At 80 columns the prompt shortens the title to keep what to do (issue 12).
        #expect(pilot.text.contains("Merge “Open data"))
        #expect(pilot.text.contains("Enter (Esc cancels)"))
        pilot.press(.home)
        pilot.press(.enter)
        #expect(port.session.topic(TopicID(9))?.status == .merged)
        #expect(Tally.results(of: port.session).first { $0.topic == TopicID(1) }!.dots == before + moved)
        #expect(pilot.text.contains("→ #1"))
    }

    @Test func withdrawAsksFirstAndUndoBringsItBack() {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()])
        pilot.press("j"); pilot.press("j"); pilot.press("j")   // topic 4, not planned
        pilot.press("w")
        #expect(pilot.text.contains("Withdraw topic"))
        pilot.press("y")
        #expect(port.session.topic(TopicID(4))?.status == .withdrawn)
        pilot.press("u")
        #expect(port.session.topic(TopicID(4))?.status == .proposed)
    }

    @Test func searchNarrowsTheTopics() {
        let (pilot, _) = ScreenFixtures.pilot([TopicsScreen()])
        pilot.press("/")
        pilot.type("data")
        #expect(pilot.text.contains("2 matches"))
        #expect(!pilot.text.contains("Green technologies"))
        pilot.press(.enter); pilot.press(.escape)
        #expect(pilot.text.contains("Green technologies"))
    }

    @Test func enterOnePersonsDotsWithFewKeys() {
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()])
        pilot.press("o"); pilot.press("y")                 // reopen the demo's closed vote (asks first)
        #expect(port.session.votingStatus == .open)
        #expect(pilot.text.contains("hidden until close"))
        #expect(!pilot.text.contains("Results in rank order"))
        pilot.press("v"); pilot.type("mik"); pilot.press(.enter)   // Mikko Laine: 5 dots used already
        pilot.press("x"); pilot.press("y")                 // clear his ballot
        #expect(port.session.ballot(of: ParticipantID(4)) == nil)
        pilot.type("4449")
        #expect(port.session.ballot(of: ParticipantID(4))?.dots == [DotMark(topic: TopicID(4), count: 3), DotMark(topic: TopicID(9), count: 1)])
        #expect(pilot.text.contains("1 of 5 dots left"))
        pilot.press("4")                                   // a fourth dot on one topic breaks the cap
        #expect(pilot.lines[22].contains("at most 3"), "\(pilot.lines[22])")
        pilot.press("-")                                   // the selection followed the last key: topic 4
        #expect(port.session.ballot(of: ParticipantID(4))?.dots(on: TopicID(4)) == 2)
        pilot.press(.escape)
        pilot.press("o"); pilot.press("y")
        #expect(port.session.votingStatus == .closed)
        #expect(pilot.text.contains("Results in rank order"))
    }

    @Test func anonymousCountsFromTheWall() {
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()])
        pilot.press("o"); pilot.press("y")
        pilot.press("j")
        let before = port.session.wallCounts
        pilot.press("c")
        pilot.type("99999999999999999999")
        pilot.press(.enter)
        #expect(pilot.text.contains("A wall count is 0 to 1000000 (got 99999999999999999999)"))
        #expect(port.session.wallCounts == before)
        pilot.press(.ctrl("u")); pilot.type("6")
        pilot.press(.enter)
        #expect(port.session.wallCounts.contains(WallCount(topic: TopicID(2), count: 6)))
    }
}

/// Finding people in the groups with `/`.
@Suite struct GroupsSearchTests {
    @Test func searchShowsWherePeopleAre() {
        let (pilot, _) = ScreenFixtures.pilot([GroupsScreen()])
        pilot.press("/"); pilot.type("durban")
        #expect(pilot.text.contains("2 matches"))
        #expect(pilot.text.contains("Sipho Dlamini · Durban"))
        #expect(!pilot.text.contains("Claire Dubois"))
        #expect(pilot.text.contains("3 Attracting and retaining talent"))   // the groups stay
        pilot.press(.enter); pilot.press(.escape)
        #expect(pilot.text.contains("Claire Dubois"))
    }
}

/// Finding experiences and projects on the Work screen with `/`.
@Suite struct WorkSearchTests {
    @Test func searchKeepsTheGroupsOfWhatMatches() {
        let (pilot, _) = ScreenFixtures.pilot([WorkScreen()])
        pilot.press("/"); pilot.type("mentor")
        #expect(pilot.text.contains("2 matches"))                          // Barcelona's programme, and Montevideo's mentors
        #expect(pilot.text.contains("R1 · Incubators and spaces for entrepreneurs"))
        #expect(pilot.text.contains("Mentoring programme for entrepreneurs"))
        #expect(pilot.text.contains("R2 · Online mentoring between entrepreneurs"))
        #expect(!pilot.text.contains("Greentech companies network"))
        pilot.press(.enter); pilot.press(.escape)
        #expect(pilot.text.contains("Greentech companies network"))
    }
}
