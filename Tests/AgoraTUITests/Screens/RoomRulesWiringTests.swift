import AgoraCore
import AgoraTestSupport
@testable import AgoraTUI
import Foundation
import Testing

/// Issue 12's Core rules as the screens show them: the picker matches as the CLI does, the
/// Vote screen says who has not voted.
@Suite struct RoomRulesWiringTests {
    /// The fixture's four people plus 5 박지훈 (Park Ji-hoon) from Seoul.
    static func session() -> Session {
        var s = Fixture.session()
        s.must(.people(.add(ParticipantFields(name: "박지훈 (Park Ji-hoon)", city: "Seoul"))))
        return s
    }

    @Test func thePickerFindsAWordInBracketsAndANumber() {
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()], session: Self.session())
        pilot.press("v"); pilot.type("park")
        #expect(pilot.text.contains("› 박지훈 (Park Ji-hoon) (Seoul)"))
        pilot.press(.enter)
        // At 80 columns the mode line cuts the name to keep the keys; the status line has it whole.
        #expect(pilot.text.contains("Ballot of 박지훈 (Park Ji-hoon): 1–9 put a dot on that topic"))
        #expect(pilot.lines.contains { $0.hasPrefix("Ballot of 박지훈 (Pa") && $0.hasSuffix("· - back · n next · Esc done") })
        pilot.press(.escape)
        pilot.press("v"); pilot.type("2")
        #expect(pilot.text.contains("› Bo (Lappeenranta)"))
        pilot.press(.enter)
        pilot.press("1")
        #expect(port.session.ballot(of: ParticipantID(2))?.dots == [DotMark(topic: TopicID(1), count: 1)])
    }

    @Test func theVoteScreenCountsWhoVotedAndNamesWhoHasNot() {
        var s = Self.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 2)))
        s.must(.people(.setPresent(ParticipantID(3), false)))
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: s, size: Size(width: 120, height: 30))
        #expect(pilot.text.contains("Vote · open · 1 of 4 voted · 5 dots each"))
        #expect(pilot.text.contains("not voted yet: Bo, Dina, 박지훈 (Park Ji-hoon)"))
    }
}

extension RoomRulesWiringTests {
    /// Round 1 grouped with Ana and Dina (both from Bordeaux) in “Data mining for SMEs”.
    static func grouped() -> Session {
        var s = Self.session()
        s.must(.plan(.setSelection([TopicID(1), TopicID(2)])))
        s.must(.plan(.place(TopicID(1), round: RoundID(1), room: RoomID(1), pinned: false)))
        s.must(.plan(.place(TopicID(2), round: RoundID(1), room: RoomID(2), pinned: false)))
        s.must(.groups(.setGroups(RoundID(1), [
            Assignment(round: RoundID(1), participant: ParticipantID(1), topic: TopicID(1)),
            Assignment(round: RoundID(1), participant: ParticipantID(4), topic: TopicID(1)),
            Assignment(round: RoundID(1), participant: ParticipantID(2), topic: TopicID(2)),
            Assignment(round: RoundID(1), participant: ParticipantID(3), topic: TopicID(2)),
        ])))
        return s
    }

    @Test func theGroupsScreenShowsWhichGroupBreaksWhichRule() {
        var s = Self.grouped()
        let (before, _) = ScreenFixtures.pilot([GroupsScreen()], session: s, size: Size(width: 200, height: 30))
        #expect(!before.text.contains("break"))
        // The rule changes under groups already formed: Ana and Dina are both from Bordeaux.
        s.must(.setup(.setGroupRules(GroupRules(minSize: 2, maxSize: nil, maxPerCity: 1))))
        let (pilot, _) = ScreenFixtures.pilot([GroupsScreen()], session: s, size: Size(width: 200, height: 30))
        #expect(pilot.text.contains("⚠ 1 group breaks the rules: “Data mining for SMEs” has 2 people from Bordeaux; at most 1 per city"))
        // Two groups under a rule they both break: the verb agrees with the count.
        s.must(.setup(.setGroupRules(GroupRules(minSize: 3, maxSize: nil, maxPerCity: nil))))
        let (two, _) = ScreenFixtures.pilot([GroupsScreen()], session: s, size: Size(width: 200, height: 30))
        #expect(two.text.contains("⚠ 2 groups break the rules: "))
    }
}

extension RoomRulesWiringTests {
    @Test func theTopicFormWarnsOfASimilarTopicAndStillSaves() {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()], session: Self.session(), size: Size(width: 120, height: 30))
        pilot.press("a")
        pilot.type("Talent retension in cities")
        #expect(pilot.text.contains("Looks like #3 “Talent retention” · Enter saves anyway"))
        pilot.press(.enter)
        #expect(port.session.topics.last?.title == "Talent retension in cities")
        pilot.press("a")
        pilot.type("Urban gardening")
        #expect(!pilot.text.contains("Looks like"))
    }
}

extension RoomRulesWiringTests {
    @Test func thePlanWarnsWhenBackersOutnumberSeatsAndOffersTheBiggerRoom() {
        var s = Self.session()
        s.must(.setup(.editRoom(RoomID(3), name: "Saint-Michel", capacity: 2)))
        for p in 1...4 { s.must(.voting(.addDots(ParticipantID(p), TopicID(1), count: 1))) }
        s.must(.plan(.setSelection([TopicID(1)])))
        s.must(.plan(.place(TopicID(1), round: RoundID(1), room: RoomID(3), pinned: false)))
        let (pilot, _) = ScreenFixtures.pilot([PlanScreen()], session: s, size: Size(width: 200, height: 30))
        #expect(pilot.text.contains("⚠ R1: “Data mining for SMEs” has 4 backers for 2 seats in Saint-Michel; Chartrons (8 seats) is free in round 1"))
    }
}

extension RoomRulesWiringTests {
    @Test func thePeopleFormOffersKnownCitiesAndAsksBeforeANewCloseOne() {
        let (pilot, port) = ScreenFixtures.pilot([PeopleScreen()], session: Self.session(), size: Size(width: 120, height: 30))
        pilot.press("a")
        pilot.type("Eva")
        pilot.press(.tab)
        #expect(pilot.text.contains("Known: Bordeaux, Guangzhou, Lappeenranta, Seoul · Enter saves"))
        pilot.type("Bo")
        #expect(pilot.text.contains("Known: Bordeaux · Enter saves"))
        pilot.type("rdaux")
        pilot.press(.enter)
        #expect(port.session.participants.count == 5)
        #expect(pilot.text.contains("Did you mean Bordeaux? Enter adds “Bordaux” as a new city"))
        pilot.press(.enter)
        #expect(port.session.participants.count == 6)
        #expect(port.session.participants.last?.city == "Bordaux")
    }
}

extension RoomRulesWiringTests {
    @Test func overviewCountsWithTheRuleAndLeavesMergedTopicsOut() {
        var s = Self.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(3), count: 1)))
        s.must(.topics(.merge(TopicID(3), into: TopicID(1))))
        let (pilot, _) = ScreenFixtures.pilot([OverviewScreen()], session: s, size: Size(width: 120, height: 30))
        #expect(pilot.text.contains("5 participants (5 present) · 2 topics · 1 dot from 1 ballot · 0 projects"))
    }

    @Test func headersSayOneCityNotOneCities() {
        var s = Fixture.emptySession()
        s.must(.people(.add(ParticipantFields(name: "Ana", city: "Bordeaux"))))
        let (people, _) = ScreenFixtures.pilot([PeopleScreen()], session: s, size: Size(width: 120, height: 30))
        #expect(people.text.contains("People · 1 (1 here) from 1 city"))
        let (setup, _) = ScreenFixtures.pilot([SetupScreen()], session: s, size: Size(width: 120, height: 30))
        #expect(setup.text.contains("3 rooms, 24 seats"))
    }
}
