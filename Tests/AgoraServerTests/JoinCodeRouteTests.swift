import AgoraCore
import AgoraTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing
@testable import AgoraServer

/// The short join code typed at `/j`: the right code goes on to the meeting's join page, a
/// wrong one says so without a hint of the meeting, and attempts are limited per address and
/// overall (429 with Retry-After), so that guessing is infeasible within a meeting.
@Suite("Phone pages: the short join code")
struct JoinCodeRouteTests {
    static let code = JoinCode("K7M4QX")!

    /// The rate limits' clock stands still, so no token comes back while a slow machine runs
    /// the requests and the Retry-After figures are exact.
    static func server(_ owner: TestOwner, perAddress: (Double, Double) = (1_000, 1_000),
                       overall: (Double, Double) = (1_000, 1_000)) -> PhoneServer {
        var configuration = PhoneServer.Configuration(
            host: "127.0.0.1", port: 0, token: testToken, perPhone: (1_000_000, 1_000_000), perAddress: (1_000_000, 1_000_000),
            joinCode: code, codeAttempts: (perAddress: perAddress, overall: overall))
        configuration.rateClock = { 0 }
        return PhoneServer(inbox: owner.inbox, configuration: configuration)
    }

    static func enter(_ typed: String, _ client: any TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: "/j", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: FormBody.encode([("code", typed)])))
    }

    @Test func theCodesPageAsksForTheCodeAndShowsNothingOfTheMeeting() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner, server: Self.server(owner)) { client in
            let page = try await client.execute(uri: "/j", method: .get)
            #expect(page.status == .ok)
            let body = String(buffer: page.body)
            #expect(body.readable.contains("Join with a code Type the code shown under the QR code on the screen."))
            #expect(body.contains("<label for=\"code\">Code</label>"))
            #expect(body.contains("<form method=\"post\" action=\"/j\">"))
            #expect(!body.contains(testToken))
            #expect(!body.contains(owner.session.meeting.title))
            // Its language menu stays on /j.
            #expect(body.contains("href=\"/j?lang=fr\""))
            let french = try await client.execute(uri: "/j?lang=fr", method: .get)
            #expect(String(buffer: french.body).readable.contains("Rejoindre avec un code"))
        }
    }

    @Test func theRightCodeInAnyCaseWithSpacesOrADashGoesToTheJoinPage() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner, server: Self.server(owner)) { client in
            for typed in ["K7M4QX", "k7m 4qx", " K7M-4QX "] {
                let answer = try await Self.enter(typed, client)
                #expect(answer.status == .seeOther, "\(typed)")
                #expect(answer.headers[.location] == "/\(testToken)/", "\(typed)")
            }
        }
    }

    @Test func aWrongCodeSaysSoAndKeepsWhatWasTypedWithoutTheToken() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner, server: Self.server(owner)) { client in
            for typed in ["K7M4QY", "K7M4QX0", "<b>K7M</b>"] {
                let answer = try await Self.enter(typed, client)
                let body = String(buffer: answer.body)
                #expect(answer.status == .notFound, "\(typed)")
                #expect(answer.headers[.location] == nil)
                #expect(body.readable.contains("No meeting has the code \(typed). Check the code on the screen and type it again."), "\(body.readable)")
                #expect(!body.contains(testToken))
                #expect(!body.contains("<b>"))
            }
            let empty = try await Self.enter("  ", client)
            #expect(empty.status == .badRequest)
            #expect(String(buffer: empty.body).readable.contains("That did not work Type the code shown under the QR code on the screen."))
        }
    }

    /// Every attempt takes a token per address: the sixth in a row is 429 with Retry-After,
    /// even with the right code, and nothing is revealed.
    @Test func attemptsPerAddressAreLimitedWith429AndRetryAfter() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner, server: Self.server(owner, perAddress: (5, 0.1))) { client in
            for n in 1...5 { #expect(try await Self.enter("AAAAA\(n + 1)", client).status == .notFound) }
            let limited = try await Self.enter(Self.code.value, client)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "10")
            #expect(limited.headers[.location] == nil)
            #expect(String(buffer: limited.body) == "Too many codes tried from this network address. Wait 10 seconds, or scan the QR code.")
            // The meeting's own pages are not held up by it.
            #expect(try await client.execute(uri: "/\(testToken)/", method: .get).status == .ok)
        }
    }

    /// All addresses together share one bucket: what bounds guessing from many addresses.
    @Test func attemptsFromAllAddressesTogetherAreLimitedToo() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner, server: Self.server(owner, overall: (3, 2))) { client in
            for _ in 1...3 { #expect(try await Self.enter("AAAAAA", client).status == .notFound) }
            let limited = try await Self.enter(Self.code.value, client)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "1")
        }
    }

    @Test func codesAreSixCharactersWithoutLookAlikes() {
        var seen = Set<String>()
        for _ in 0..<200 {
            let code = JoinCode.make()
            #expect(code.value.count == 6)
            #expect(!code.value.contains { "01OIL".contains($0) })
            #expect(code.display == code.value.prefix(3) + " " + code.value.suffix(3))
            seen.insert(code.value)
        }
        #expect(seen.count > 190)
        #expect(JoinCode("K7M4Q0") == nil)
        #expect(JoinCode("K7M4Q") == nil)
    }
}
