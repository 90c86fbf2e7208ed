import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

@Suite("Phone pages: proposals, plan, experiences, interest, wall")
struct WorkRouteTests {
    static func planned() -> Session {
        var s = Fixture.session()
        let (data, green, talent) = (TopicID(1), TopicID(2), TopicID(3))
        s.must(.plan(.setSelection([data, green, talent])))
        s.must(.plan(.setSchedule([Slot(round: RoundID(1), room: RoomID(1), topic: data),
                                   Slot(round: RoundID(1), room: RoomID(2), topic: green),
                                   Slot(round: RoundID(2), room: RoomID(1), topic: talent)])))
        s.must(.groups(.move(ParticipantID(1), round: RoundID(1), topic: green, lock: false)))
        return s
    }

    @Test func proposalsNeedTheFacilitatorToOpenThem() async throws {
        try await withPhone(joinedAs: 2) { owner, phone in
            #expect((try await phone.get("/propose")).body.readable.contains("Proposals are closed right now."))
            #expect(!(try await phone.get("/home")).body.contains("/propose\""))
            let closed = try await phone.post("/propose", [("title", "Open data"), ("description", "")])
            #expect(closed.body.readable.contains("Proposals are closed. Ask the facilitator to open them"))
            try owner.facilitator(.phones(.setProposalsOpen(true)))
            #expect((try await phone.get("/home")).body.contains("/propose\""))
            let done = try await phone.post("/propose", [("title", "Open data"), ("description", "Portals for SMEs")])
            #expect(done.body.readable.contains("Proposed: Topic 4 proposed: “Open data” by Bo"))
            let twin = try await phone.post("/propose", [("title", "OPEN data"), ("description", "again")])
            #expect(twin.body.readable.contains("“Open data” is already topic 4. Vote for it, or give this one a different title"))
            #expect(twin.body.contains(">again</textarea>"))
            #expect(owner.session.topics.last?.proposer == ParticipantID(2))
            #expect(owner.session.topics.count == 4)
        }
    }

    @Test func myPlanShowsTheScheduleMyGroupsAndTheirCalendar() async throws {
        try await withPhone(on: Self.planned(), joinedAs: 1) { owner, phone in
            let plan = try await phone.get("/plan")
            let text = plan.body.readable
            #expect(text.contains("Round 1, 10:00–10:45"))
            #expect(text.contains("Your group: Greentech encounters in Chartrons"))
            #expect(text.contains("Garonne: Data mining for SMEs"))
            #expect(text.contains("No group for you yet in this round."))
            let ics = try await phone.get("/plan.ics")
            #expect(ics.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(ics.body.contains("SUMMARY:Greentech encounters"))
            #expect(ics.body.contains("LOCATION:Chartrons"))
            #expect(!ics.body.contains("Data mining"), "only my own groups")
            #expect(ics.body.components(separatedBy: "BEGIN:VEVENT").count == 2)
        }
    }

    @Test func anExperienceIsSharedForThePhonesCity() async throws {
        try await withPhone(joinedAs: 3) { owner, phone in
            #expect((try await phone.get("/share")).body.readable.contains("An experience of Guangzhou"))
            let empty = try await phone.post("/share", [("title", ""), ("challenge", "Few makers"), ("action", ""), ("result", ""), ("tags", "")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.readable.contains("An experience needs a title"))
            #expect(empty.body.contains(">Few makers</textarea>"))
            let shared = try await phone.post("/share", [("title", "Fab lab"), ("challenge", "Few makers"), ("action", "Opened a lab"),
                                                         ("result", "40 start-ups"), ("tags", "industry, youth")])
            #expect(shared.body.readable.contains("Shared: Guangzhou shared “Fab lab”"))
            let experience = try #require(owner.session.experiences.last)
            #expect(experience.city == "Guangzhou")
            #expect(experience.sharedBy == ParticipantID(3))
            #expect(experience.tags == ["industry", "youth"])
        }
    }

    @Test func interestInAnOpenProjectAddsTheCity() async throws {
        var session = Fixture.session()
        session.must(.work(.addProject(ProjectFields(title: "Twinning", leadCity: "Lappeenranta", question: "How to link industries?"))))
        try await withPhone(on: session, joinedAs: 3) { owner, phone in
            #expect((try await phone.get("/projects")).body.readable.contains("No project is open for interest right now."))
            try owner.facilitator(.phones(.setOpenForInterest(ProjectID(1), true)))
            let page = try await phone.get("/projects")
            #expect(page.body.readable.contains("Twinning How to link industries?"))
            let saved = try await phone.post("/interest", [("project", "1")])
            #expect(saved.body.readable.contains("Guangzhou is interested in “Twinning”"))
            #expect(saved.body.readable.contains("Guangzhou is already in"))
            #expect(owner.session.projects[0].interestedCities == ["Guangzhou"])
            let again = try await phone.post("/interest", [("project", "1")])
            #expect(again.body.readable.contains("Guangzhou is already in “Twinning”"))
            let unknown = try await phone.post("/interest", [("project", "7")])
            #expect(unknown.body.readable.contains("There is no project 7"))
        }
    }

    @Test func theWallShowsTopicsScheduleAndGroupsAndDotsOnlyWhenVisible() async throws {
        let owner = TestOwner(Self.planned())
        try await withRouter(owner) { client in
            var viewer = Phone(client)
            let wall = try await viewer.get("/wall")
            #expect(wall.status == .ok)
            #expect(wall.body.contains("<script src=\"/static/live.js\" defer></script>"))
            #expect(wall.body.contains("data-live=\"/\(testToken)/wall/live\""))
            let text = wall.body.readable
            #expect(text.contains("Data mining for SMEs"))
            #expect(text.contains("Results are shown when voting closes."))
            #expect(text.contains("Chartrons: Greentech encounters (group of 1)"))
        }
    }
}
