import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import HTTPTypes
import Testing
@testable import AgoraServer

/// Requests a phone should not be able to make succeed: each is refused with a page that says
/// why, and the session changes only by the valid requests.
@Suite("Phone pages: hostile requests")
struct HostileRequestTests {
    static func votingSession() -> TestOwner {
        let owner = TestOwner(Fixture.session())
        try! owner.facilitator(.voting(.open))
        try! owner.facilitator(.phones(.setProposalsOpen(true)))
        return owner
    }

    @Test func aMissingCookieAForgedOrMissingCSRFTokenAndAnOversizedBodyChangeNothing() async throws {
        let owner = Self.votingSession()
        try await withRouter(owner) { client in
            var phone = Phone(client)
            _ = try await phone.join(as: 1)
            let before = owner.session
            let noCookie = try await phone.post("/vote", [("t1", "1")], cookie: .some(nil))
            #expect(noCookie.status == .unauthorized)
            #expect(noCookie.body.readable.contains("This phone has no meeting cookie. Open the join link again"))
            let badCookie = try await phone.post("/vote", [("t1", "1")], cookie: "not-a-secret")
            #expect(badCookie.status == .unauthorized)
            let forged = try await phone.post("/vote", [("t1", "1")], csrf: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            #expect(forged.status == .forbidden)
            #expect(forged.body.readable.contains("This form is out of date. Reload the page and try again."))
            let missing = try await phone.post("/vote", [("t1", "1")], csrf: .some(nil))
            #expect(missing.status == .forbidden)
            // Another phone's token does not pass with this phone's cookie.
            var other = Phone(client)
            _ = try await other.get("/")
            let stolen = try await phone.post("/vote", [("t1", "1")], csrf: other.csrf)
            #expect(stolen.status == .forbidden)
            let huge = try await phone.post("/propose", [("title", String(repeating: "x", count: 17 * 1024)), ("description", "")])
            #expect(huge.status == .contentTooLarge)
            #expect(huge.body.readable.contains("That is too much text to send at once"))
            let garbled = try await phone.post("/vote", [], rawBody: "csrf=\(phone.csrf!)&t1=%ZZ")
            #expect(garbled.status == .badRequest)
            let notJoined = try await other.post("/vote", [("t1", "1")])
            #expect(notJoined.status == .forbidden)
            #expect(notJoined.body.readable.contains("This phone has not joined the meeting. Join first."))
            #expect(owner.session == before)
        }
    }

    /// A phone cannot act as another person: the join form's id claims only an unclaimed
    /// person, and every other write acts as the phone's own participant whatever it sends.
    @Test func anotherPersonsIdGetsNowhere() async throws {
        let owner = Self.votingSession()
        try await withRouter(owner) { client in
            var ana = Phone(client), bo = Phone(client)
            _ = try await ana.join(as: 1)
            _ = try await bo.join(as: 2)
            let steal = try await bo.post("/join", [("participant", "1")])
            #expect(steal.body.readable.contains("This phone has already joined as Bo"))
            _ = try await bo.post("/vote", [("t1", "2"), ("participant", "1"), ("voter", "1")])
            #expect(owner.session.ballot(of: ParticipantID(1)) == nil)
            #expect(owner.session.ballot(of: ParticipantID(2))?.dotsUsed == 2)
            _ = try await bo.post("/propose", [("title", "Mine"), ("proposer", "1")])
            #expect(owner.session.topics.last?.proposer == ParticipantID(2))
        }
    }

    /// Every string of the Big List of Naughty Strings in every field: nothing crashes, every
    /// answer is a page, what is shown is escaped, and the session ends as the reducer alone
    /// makes it from the same requests.
    @Test func naughtyStringsInEveryFieldChangeOnlyWhatTheRulesAccept() async throws {
        let owner = Self.votingSession()
        try owner.facilitator(.phones(.setWalkInsAllowed(true)))
        // Under CI, one string in three, from every part of the list (the markup comes late in it).
        let all = HostileStrings.all
        let strings = TestEffort.inCI && !TestEffort.fullStress ? stride(from: 0, to: all.count, by: 3).map { all[$0] } : all
        try await withRouter(owner) { client in
            var reference = owner.session
            var ana = Phone(client)
            _ = try await ana.join(as: 1)
            reference.must(.phones(.claim(ParticipantID(1), device: owner.session.phoneAccess.claims[0].device)))
            let device = owner.session.phoneAccess.claims[0].device
            // The pages' own markup, to tell a hostile string from the template's tags.
            var stranger = Phone(client)
            let template = try await ana.get("/").body + (try await stranger.get("/")).body
            var markupChecked = 0
            for text in strings {
                var walker = Phone(client)
                _ = try await walker.get("/")
                let pages = [
                    try await walker.post("/register", [("name", text), ("city", text), ("organization", text)]),
                    try await walker.post("/join", [("participant", text), ("q", text)]),
                    try await ana.post("/propose", [("title", text), ("description", text)]),
                    try await ana.post("/share", [("title", text), ("challenge", text), ("action", text), ("result", text), ("tags", text)]),
                    try await ana.post("/vote", [("t1", text)]),
                    try await ana.post("/interest", [("project", text)]),
                    try await ana.get("/?q=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")),
                ]
                // Markup in the input is never sent back as markup: a string long enough to be
                // told apart from the page's own tags, with <, > or a quote in it, appears in no
                // answer as it was typed, nor as the text rules clean it (it shows escaped).
                let markup = [text, TextRules.singleLine(text)].filter { candidate in
                    candidate.count >= 6 && candidate.contains { "<>\"'".contains($0) } && !template.contains(candidate)
                }
                if !markup.isEmpty { markupChecked += 1 }
                for page in pages {
                    #expect(page.status.code < 500, "\(page.status) for \(text.debugDescription)")
                    #expect(!page.body.contains("<script>alert"), "unescaped input for \(text.debugDescription)")
                    for raw in markup { #expect(!page.body.contains(raw), "unescaped input for \(text.debugDescription)") }
                }
                // What the reducer alone makes of the same requests.
                if let walkerDevice = walker.cookie.map(Secrets.deviceKey(forSecret:)) {
                    try? reference.apply(.phones(.walkIn(ParticipantFields(name: text, city: text, organization: text), device: walkerDevice)), at: Fixture.date)
                    if let n = Int(text) {
                        try? reference.apply(.phones(.claim(ParticipantID(n), device: walkerDevice)), at: Fixture.date)
                    }
                }
                try? reference.apply(.phones(.act(.propose(title: text, description: text), device: device)), at: Fixture.date)
                try? reference.apply(.phones(.act(.share(title: text, challenge: text, action: text, result: text,
                                                         tags: text.split(separator: ",").map(String.init)), device: device)), at: Fixture.date)
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    try? reference.apply(.phones(.act(.vote(dots: [], ranking: []), device: device)), at: Fixture.date)
                } else if let n = Int(trimmed), (0...1_000).contains(n) {
                    try? reference.apply(.phones(.act(.vote(dots: n > 0 ? [DotMark(topic: TopicID(1), count: n)] : [], ranking: []), device: device)), at: Fixture.date)
                }
            }
            // The markup check ran on a good share of the strings (half of the list has markup).
            #expect(markupChecked >= strings.count / 4, "only \(markupChecked) of \(strings.count) strings were checked for markup")
            var actual = owner.session, expected = reference
            actual.log = []; expected.log = []
            #expect(actual == expected)
            #expect(owner.session.topics.count > 3, "some naughty titles are valid topics")
        }
    }

    @Test func aBurstOfAThousandRequestsFromOnePhoneIsCutBy429WithRetryAfter() async throws {
        let owner = Self.votingSession()
        let server = makeServer(owner, perPhone: (30, 0.001), perAddress: (100_000, 100_000))
        try await withRouter(owner, server: server) { client in
            var phone = Phone(client)
            _ = try await phone.join(as: 1)
            var accepted = 0, limited = 0
            let count = 1_000
            for i in 0..<count {
                let page = try await phone.post("/vote", [("t\(i % 3 + 1)", "1")])
                if page.status == .tooManyRequests {
                    limited += 1
                    #expect(Int(page.headers[.retryAfter] ?? "") ?? 0 >= 1)
                } else {
                    #expect(page.status == .ok)
                    accepted += 1
                }
            }
            // The join's form took 1 of the 30 (its first page came before the phone had a cookie).
            #expect(accepted == 29)
            #expect(limited == count - accepted)
            // The ballot is the last accepted one, and the log counts exactly the accepted votes.
            #expect(owner.session.log.filter { $0.text.hasPrefix("Ana voted from a phone") }.count == accepted)
        }
        // Per address: a host that makes a new cookie for every request is cut too.
        let perAddress = makeServer(owner, perPhone: (1_000_000, 1_000_000), perAddress: (20, 0.001))
        try await withRouter(owner, server: perAddress) { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<40 { var fresh = Phone(client); statuses.append(try await fresh.get("/").status) }
            #expect(statuses.prefix(20).allSatisfy { $0 == .ok })
            #expect(statuses.suffix(20).allSatisfy { $0 == .tooManyRequests })
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let owner = Self.votingSession()
        try await withRouter(owner) { client in
            var phone = Phone(client)
            for path in ["/", "/wall", "/vote", "/nowhere"] {
                let page = try await phone.get(path)
                #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true, "\(path)")
                #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(page.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }
            let wrongToken = try await client.execute(uri: "/zzzzzzzzzzzzzzzzzzzzzzzzzz/", method: .get)
            #expect(wrongToken.status == .notFound)
            #expect(wrongToken.headers[.contentSecurityPolicy] != nil)
        }
    }
}
