import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

@Suite("Phone pages: joining")
struct JoinRouteTests {
    @Test func theJoinPageGivesTheDeviceAnHttpOnlyStrictCookieAndListsWhoIsWaiting() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            var phone = Phone(client)
            let page = try await phone.get("/")
            #expect(page.status == .ok)
            let cookie = try #require(page.headers[values: .setCookie].first)
            #expect(cookie.hasPrefix("agora_phone="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/\(testToken)"))
            #expect(try #require(phone.cookie).count == 43)
            #expect(page.body.readable.contains("I am Ana (Bordeaux)"))
            #expect(page.body.readable.contains("I am Dina (Bordeaux)"))
            #expect(page.body.contains("<html lang=\"en\">"))
            // A search narrows the list.
            let search = try await phone.get("/?q=+Ch%C3%A9n+")
            #expect(search.body.readable.contains("I am Chen (Guangzhou)"))
            #expect(!search.body.readable.contains("I am Ana"))
        }
    }

    @Test func aPhoneClaimsAPersonOnceAndASecondPhoneIsRefusedUntilReleased() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            var first = Phone(client), second = Phone(client)
            let joined = try await first.join(as: 1)
            #expect(joined.status == .ok)
            #expect(joined.body.readable.contains("You are Ana (Bordeaux)"))
            #expect(joined.body.readable.contains("Welcome, Ana"))
            #expect(owner.session.phoneAccess.claims.count == 1)
            // Ana is no longer offered on the join page.
            #expect(!(try await second.get("/")).body.readable.contains("I am Ana"))
            let refused = try await second.post("/join", [("participant", "1")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.readable.contains("Ana has already joined from another phone. Ask the facilitator to release Ana"))
            try owner.facilitator(.phones(.release(ParticipantID(1))))
            let now = try await second.post("/join", [("participant", "1")])
            #expect(now.status == .ok)
            #expect(owner.session.phoneAccess.claims.map(\.participant) == [ParticipantID(1)])
            // The first phone is back on the join page.
            #expect((try await first.get("/")).body.readable.contains("Join the meeting"))
            #expect((try await first.get("/vote")).status == .seeOther)
        }
    }

    @Test func walkInsRegisterOnlyWhenTheFacilitatorAllowsIt() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            var phone = Phone(client)
            #expect(!(try await phone.get("/")).body.contains("action=\"/\(testToken)/register\""))
            let refused = try await phone.post("/register", [("name", "Eve"), ("city", "Porto Alegre"), ("organization", "")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.readable.contains("Registering from a phone is not open"))
            try owner.facilitator(.phones(.setWalkInsAllowed(true)))
            #expect((try await phone.get("/")).body.contains("action=\"/\(testToken)/register\""))
            let noCity = try await phone.post("/register", [("name", "Eve"), ("city", ""), ("organization", "")])
            #expect(noCity.body.readable.contains("Eve needs a city"))
            #expect(noCity.body.contains("value=\"Eve\""), "what was typed is kept")
            let joined = try await phone.post("/register", [("name", "Eve"), ("city", "Porto Alegre"), ("organization", "Prefeitura")])
            #expect(joined.status == .ok)
            #expect(joined.body.readable.contains("You are Eve (Porto Alegre)"))
            #expect(owner.session.participants.last?.organization == "Prefeitura")
        }
    }

    @Test func closedJoiningAndBlockedPhones() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            var ana = Phone(client), other = Phone(client)
            _ = try await ana.join(as: 1)
            _ = try await other.get("/")   // the form, loaded before joining closed
            try owner.facilitator(.phones(.setJoiningOpen(false)))
            let refused = try await other.post("/join", [("participant", "2")])
            #expect(refused.body.readable.contains("Joining is closed. Ask the facilitator"))
            #expect((try await other.get("/")).body.readable.contains("Joining is closed. Ask the facilitator."))
            // Ana, joined before, goes on.
            #expect((try await ana.get("/vote")).status == .ok)
            try owner.facilitator(.phones(.block(ParticipantID(1))))
            #expect((try await ana.get("/vote")).status == .seeOther)
            try owner.facilitator(.phones(.setJoiningOpen(true)))
            let blocked = try await ana.post("/join", [("participant", "2")])
            #expect(blocked.body.readable.contains("This phone is blocked. Ask the facilitator"))
            #expect(owner.session.phoneAccess.claims.isEmpty)
        }
    }
}
