import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// A small meeting run through the keys alone, screen after screen (`]` moves to the
/// next tab), on a session in memory; then the session is checked.
@Suite struct MeetingFlowTests {
    static func newSession() -> Session {
        try! SessionSetup(meeting: Meeting(title: "Mini BarCamp Smart Mobility", hostCity: "Lyon",
                                           date: CalendarDate("2024-05-02")!, area: .mobility),
                          rooms: [RoomSpec(name: "Rhône", capacity: 8), RoomSpec(name: "Saône", capacity: 8)],
                          rounds: 2, dots: 3).makeSession(at: ScreenFixtures.now)
    }

    @Test func aSmallMeetingFromPeopleToProjects() throws {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), session: Self.newSession())
        #expect(pilot.lines[1].contains("[1 Setup]"))
        pilot.press("]")                                                   // 2 People
        let people = [("Ana Lima", "Recife"), ("Jean Roy", "Lyon"), ("Li Wei", "Wuhan"), ("Amina Diallo", "Dakar"),
                      ("Paul Martin", "Lyon"), ("Chen Jing", "Wuhan"), ("Awa Ndiaye", "Dakar"), ("João Silva", "Recife")]
        for (name, city) in people {
            pilot.press("a"); pilot.type(name); pilot.press(.tab); pilot.type(city); pilot.press(.enter)
        }
        #expect(port.session.participants.count == 8)
        #expect(Set(port.session.participants.map(\.city)).count == 4)
        #expect(pilot.text.contains("8 (8 here) from 4 cities"))

        pilot.press("]")                                                   // 3 Topics
        let topics = [("Bike lanes that connect", "ana"), ("Night buses", "jean"), ("Car-free school streets", "amina"),
                      ("Open transport data", "li")]
        for (title, by) in topics {
            pilot.press("a"); pilot.type(title); pilot.press(.tab); pilot.type(by); pilot.press(.enter)
        }
        #expect(port.session.topics.map(\.title) == topics.map(\.0))
        #expect(port.session.topics.map(\.proposer) == [1, 2, 4, 3].map { ParticipantID($0) })

        pilot.press("]")                                                   // 4 Vote
        pilot.press("o")
        let ballots = [("ana", "113"), ("jean", "224"), ("li", "44"), ("amina", "33"), ("paul", "12"),
                       ("chen", "4"), ("awa", "31"), ("joão", "1")]
        for (who, dots) in ballots {
            pilot.press("v"); pilot.type(who); pilot.press(.enter); pilot.type(dots); pilot.press(.escape)
        }
        #expect(port.session.ballots.count == 8)
        #expect(port.session.ballot(of: ParticipantID(1))?.dots == [DotMark(topic: TopicID(1), count: 2), DotMark(topic: TopicID(3), count: 1)])
        pilot.press("o"); pilot.press("y")
        #expect(port.session.votingStatus == .closed)
        #expect(pilot.text.contains("1. Bike lanes that connect"))

        pilot.press("]")                                                   // 5 Plan
        pilot.press("s")
        #expect(port.session.selectedTopics.count == 4)
        pilot.press("g")
        #expect(port.session.schedule.count == 4)
        #expect(pilot.text.contains("4 planned"))

        pilot.press("]")                                                   // 6 Groups
        pilot.press("g"); pilot.press("r"); pilot.press("g")
        for round in port.session.rounds {
            #expect(port.session.assignments.filter { $0.round == round.id }.count == 8)
        }
        pilot.press("R"); pilot.press(.down)                               // round 1, first member
        // The selected row, as the facilitator reads it: "›     Name · City ●● 2".
        let selected = pilot.lines.first { $0.hasPrefix("›") }?.dropFirst().trimmingCharacters(in: .whitespaces) ?? ""
        let name = selected.components(separatedBy: " · ").first ?? ""
        guard let mover = port.session.participants.first(where: { $0.name == name })?.id,
              let from = port.session.assignments.first(where: { $0.round == port.session.rounds[0].id && $0.participant == mover })?.topic else {
            Issue.record("no member selected: \(selected)"); return
        }
        pilot.press("m"); pilot.press("2")
        let moved = port.session.assignments.first { $0.round == port.session.rounds[0].id && $0.participant == mover }!
        #expect(moved.locked)
        #expect(moved.topic != from)

        pilot.press("]")                                                   // 7 Work
        pilot.press("a")
        pilot.type("Bike bus to school"); pilot.press(.tab); pilot.type("amina"); pilot.press(.tab)
        pilot.press(.tab); pilot.type("Children driven to school"); pilot.press(.tab); pilot.type("Parents ride with pupils")
        pilot.press(.tab); pilot.type("Fewer cars"); pilot.press(.tab); pilot.type("mobility, schools")
        pilot.press(.enter)
        let experience = port.session.experiences.first!
        #expect(experience.city == "Dakar")
        #expect(experience.sharedBy == ParticipantID(4))
        #expect(experience.tags == ["mobility", "schools"])
        #expect(experience.origin.round == port.session.rounds[0].id)
        pilot.press("n")
        pilot.type("School streets network"); pilot.press(.tab); pilot.type("How can cities close streets at school time?")
        pilot.press(.tab); pilot.type("Lyon"); pilot.press(.tab); pilot.type("Dakar, Recife"); pilot.press(.tab)
        pilot.press(.tab); pilot.type("online exchange every four months")
        pilot.press(.enter)
        #expect(port.session.projects.count == 1)
        #expect(port.session.projects[0].partnerCities == ["Dakar", "Recife"])
        #expect(port.session.projects[0].activities.first?.cadence == Cadence(every: 4, unit: .month))
        // Down the list to the experience, as the facilitator would.
        for _ in 0..<20 where !(pilot.lines.first { $0.hasPrefix("›") }?.contains("Bike bus to school") ?? false) { pilot.press("j") }
        #expect(pilot.lines.contains { $0.hasPrefix("›") && $0.contains("Bike bus to school") })
        // P opens the dialog of n, prefilled from the experience (with the Activities field).
        let bikeBus = try #require(port.session.experiences.first { $0.title == "Bike bus to school" })
        pilot.press("P")
        #expect(pilot.text.contains("Record a candidate project") && pilot.text.contains("Activities"))
        #expect(port.session.projects.count == 1)
        pilot.press(.enter)
        #expect(port.session.projects.count == 2)
        #expect(port.session.projects[1].leadCity == "Dakar")
        // One way to make a project: the same project as recording the mapped fields in Core.
        var recorded = port.session
        try recorded.apply(.work(.removeProject(port.session.projects[1].id)), at: Date())
        try recorded.apply(.work(.addProject(.promoting(bikeBus))), at: Date())
        #expect(recorded.projects.last?.fields == port.session.projects[1].fields)

        pilot.press("]")                                                   // 8 Outcomes
        pilot.press("s")
        #expect(port.session.projects[0].status == .agreed)
        pilot.press("a"); pilot.type("Forum on school streets in the fall"); pilot.press(.enter)
        #expect(port.session.projects[0].activities.count == 2)
        #expect(pilot.text.contains("School streets network"))

        pilot.press("u")                                                   // undo goes through the platform
        #expect(port.session.projects[0].activities.count == 1)
        pilot.press(.ctrl("r"))
        #expect(port.session.projects[0].activities.count == 2)
    }

    @Test func setupFormsChangeTheFrame() {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), session: Self.newSession())
        pilot.press("j"); pilot.press("a")                                 // on "Rooms": add a room
        pilot.press(.ctrl("u")); pilot.type("Fourvière"); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("twenty")
        pilot.press(.enter)
        #expect(pilot.text.contains("Seats: type a whole number"))
        pilot.press(.ctrl("u")); pilot.type("99999999999999999999"); pilot.press(.enter)
        #expect(pilot.text.contains("A room's capacity is 1 to 10000 seats (got 99999999999999999999)"))
        #expect(port.session.rooms.last?.name != "Fourvière")
        pilot.press(.ctrl("u")); pilot.type("20"); pilot.press(.enter)
        #expect(port.session.rooms.last?.name == "Fourvière")
        #expect(port.session.rooms.last?.capacity == 20)
        pilot.press(.end); pilot.press("e")                                // group rules
        pilot.press(.tab); pilot.press(.tab); pilot.type("1"); pilot.press(.enter)
        #expect(port.session.groupRules.maxPerCity == 1)
        pilot.press("k"); pilot.press("e")                                 // voting rules
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("4"); pilot.press(.enter)
        #expect(port.session.voting.dotsPerParticipant == 4)
    }

    @Test func groupsThatCannotBeFormedOfferTheNearestRelaxation() {
        var session = DemoSession.make()
        try! session.apply(.setup(.setGroupRules(GroupRules(minSize: 3, maxSize: 4, maxPerCity: 2))), at: ScreenFixtures.now)
        let (pilot, port) = ScreenFixtures.pilot([GroupsScreen()], session: session)
        pilot.press("g")
        #expect(pilot.text.contains("These groups are not possible"))
        #expect(pilot.text.contains("Nearest change"))
        pilot.press("y")
        #expect(port.session.groupRules.maxSize != 4)
        #expect(port.session.assignments.filter { $0.round == RoundID(1) }.count == 16)
        pilot.press("u")                                                   // one step undoes both
        #expect(port.session.groupRules.maxSize == 4)
    }

    @Test func planMovesSwapAndPin() {
        let (pilot, port) = ScreenFixtures.pilot([PlanScreen()])
        pilot.press("f")                                                   // the grid
        pilot.press("m"); pilot.press(.right); pilot.press(.enter)          // R1 Garonne onto R1 Chartrons: swap
        let r1 = port.session.schedule.filter { $0.round == RoundID(1) }
        #expect(r1.first { $0.room == RoomID(2) }?.topic == TopicID(1))
        #expect(r1.first { $0.room == RoomID(1) }?.topic == TopicID(5))
        #expect(r1.first { $0.room == RoomID(2) }?.pinned == true)
        pilot.press("l")
        #expect(port.session.schedule.first { $0.topic == TopicID(1) }?.pinned == false)
        pilot.press("f"); pilot.press(.end); pilot.press("i")               // pin the last topic into the selection
        let last = Tally.results(of: port.session).last!.topic
        #expect(port.session.topic(last)?.selectionPin == .pinned)
    }
}
