import AgoraCore
import AgoraTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing
@testable import AgoraServer

@Suite("Phone pages: languages")
struct LanguageRouteTests {
    /// A GET as a browser sends it: an `Accept-Language`, cookies.
    static func get(_ client: any TestClientProtocol, _ path: String, accept: String? = nil,
                    cookies: [String: String] = [:]) async throws -> (page: String, headers: HTTPFields) {
        var headers = HTTPFields()
        if let accept { headers[.acceptLanguage] = accept }
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        let response = try await client.execute(uri: "/\(testToken)" + path, method: .get, headers: headers)
        return (String(buffer: response.body), response.headers)
    }

    @Test func theTablesHaveEveryKeyTheSameSlotsAndTheirLanguagesTypography() {
        #expect(PhoneText.table.problems == [])
        #expect(PhoneText(.fr).strings.count == PhoneText.english.strings.count)
    }

    @Test func theHeaderNegotiatesAmongEnglishFrenchAndSpanish() {
        #expect(Language.negotiate(acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.8") == .fr)
        #expect(Language.negotiate(acceptLanguage: "de-DE,de;q=0.9,es;q=0.5,en;q=0.4") == .es)
        #expect(Language.negotiate(acceptLanguage: "en;q=0.5, ES;q=0.7") == .es)
        #expect(Language.negotiate(acceptLanguage: "fr;q=0, es") == .es)
        #expect(Language.negotiate(acceptLanguage: "es, fr") == .es)
        #expect(Language.negotiate(acceptLanguage: "es;q=0.5, fr;q=0.5") == .es)
        #expect(Language.negotiate(acceptLanguage: "fr;q=abc, en;q=0.1") == .en)
        #expect(Language.negotiate(acceptLanguage: "de, *;q=0.5") == nil)
        #expect(Language.negotiate(acceptLanguage: "") == nil)
        #expect(Language.negotiate(acceptLanguage: ";;,,q=1") == nil)
    }

    @Test func pagesFollowTheBrowsersLanguage() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            let french = try await Self.get(client, "/", accept: "fr-CA,fr;q=0.9,en;q=0.8").page
            #expect(french.contains("<html lang=\"fr\">"))
            #expect(french.readable.contains("Rejoindre la séance"))
            #expect(french.readable.contains("Je suis Ana (Bordeaux)"))
            let spanish = try await Self.get(client, "/", accept: "de-DE,de;q=0.9,es;q=0.5").page
            #expect(spanish.contains("<html lang=\"es\">"))
            #expect(spanish.readable.contains("Unirse a la sesión"))
            #expect(spanish.readable.contains("¿No estás en la lista?") || !owner.session.phoneAccess.walkInsAllowed)
            let none = try await Self.get(client, "/", accept: "de").page
            #expect(none.contains("<html lang=\"en\">"))
            #expect(none.readable.contains("Join the meeting"))
        }
    }

    @Test func withoutABrowserPreferenceThePagesSpeakTheMeetingsLanguage() async throws {
        var session = Fixture.session()
        session.language = .es
        let owner = TestOwner(session)
        try await withRouter(owner) { client in
            let other = try await Self.get(client, "/", accept: "de").page
            #expect(other.contains("<html lang=\"es\">"))
            let none = try await Self.get(client, "/").page
            #expect(none.readable.contains("Unirse a la sesión"))
            // The browser's language still comes first.
            let english = try await Self.get(client, "/", accept: "en").page
            #expect(english.contains("<html lang=\"en\">"))
        }
    }

    @Test func theParticipantSwitchesAndThePhoneRemembers() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            let first = try await Self.get(client, "/", accept: "fr")
            // The menu offers each language by its own name, on this same page.
            #expect(first.page.contains("<a href=\"/\(testToken)/?lang=es\" lang=\"es\" hreflang=\"es\">Español</a>"))
            #expect(first.page.contains("aria-current=\"true\" lang=\"fr\""))
            #expect(first.page.contains("<nav class=\"languages\" aria-label=\"Langue\">"))
            let switched = try await Self.get(client, "/?lang=es", accept: "fr")
            #expect(switched.page.contains("<html lang=\"es\">"))
            let cookie = try #require(switched.headers[values: .setCookie].first { $0.hasPrefix("agora_lang=") })
            #expect(cookie.hasPrefix("agora_lang=es;"))
            #expect(cookie.contains("Path=/\(testToken)"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("HttpOnly"))
            // The cookie wins over the browser's header from then on.
            let later = try await Self.get(client, "/", accept: "fr", cookies: ["agora_lang": "es"])
            #expect(later.page.contains("<html lang=\"es\">"))
            #expect(later.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("agora_lang=") })
            // A language the pages do not speak is ignored, not stored.
            let unknown = try await Self.get(client, "/?lang=de", accept: "fr")
            #expect(unknown.page.contains("<html lang=\"fr\">"))
            #expect(unknown.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("agora_lang=") })
            let bad = try await Self.get(client, "/", cookies: ["agora_lang": "xx"]).page
            #expect(bad.contains("<html lang=\"en\">"))
        }
    }

    @Test func aJoinedPhoneVotesInFrenchWithFrenchPlurals() async throws {
        try await withPhone(setup: openVotingShowingTallies, joinedAs: 2) { owner, phone in
            let secret = try #require(phone.cookie)
            let cookies = [PhoneRoutes.cookieName: secret, "agora_lang": "fr"]
            let vote = try await Self.get(phone.client, "/vote", cookies: cookies).page
            #expect(vote.contains("<html lang=\"fr\">"))
            #expect(vote.readable.contains("Placez jusqu’à 5 gommettes, au plus 3 sur un même sujet."))
            #expect(vote.contains("Gommettes restantes\u{202F}: 5 sur 5"))
            #expect(vote.contains("<a href=\"/\(testToken)/vote?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"))
            _ = try await phone.post("/vote", [("t1", "1")])
            let after = try await Self.get(phone.client, "/vote", cookies: cookies).page
            #expect(after.readable.contains("Data mining for SMEs 1 gommette"))
            let spanish = try await Self.get(phone.client, "/vote", cookies: [PhoneRoutes.cookieName: secret, "agora_lang": "es"]).page
            #expect(spanish.readable.contains("Data mining for SMEs 1 pegatina"))
            #expect(spanish.readable.contains("Eres "))
        }
    }

    @Test func refusalsSpeakThePhonesLanguage() async throws {
        let owner = TestOwner(Fixture.session())
        try await withRouter(owner) { client in
            var headers = HTTPFields()
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.acceptLanguage] = "es"
            let response = try await client.execute(uri: "/\(testToken)/vote", method: .post, headers: headers,
                                                    body: ByteBuffer(string: "t1=1"))
            #expect(String(buffer: response.body).readable.contains("Este teléfono no tiene la cookie de la sesión."))
        }
    }
}

@Suite("Phone pages: French typography and words on the plan and the wall")
struct LanguagePageTests {
    @Test func planAndWallSayCreneauAndSpaceTheColonInFrench() throws {
        var s = Fixture.session()
        s.must(.plan(.setSelection([TopicID(1), TopicID(2)])))
        s.must(.plan(.setSchedule([Slot(round: RoundID(1), room: RoomID(1), topic: TopicID(1)),
                                   Slot(round: RoundID(1), room: RoomID(2), topic: TopicID(2))])))
        s.must(.groups(.move(ParticipantID(1), round: RoundID(1), topic: TopicID(1), lock: false)))
        let french = try PhonePages(text: PhoneText(.fr), base: "/t")
        let wall = french.wall(s)
        #expect(wall.contains("<h3>Créneau 1, 10:00–10:45</h3>"))
        #expect(wall.contains("<li>Garonne\u{202F}: Data mining for SMEs (groupe de 1)</li>"))
        let plan = french.plan(s, me: s.participants[0])
        #expect(plan.contains("<li>Chartrons\u{202F}: Greentech encounters</li>"))
        #expect(plan.contains("Votre groupe\u{202F}: Data mining for SMEs (Garonne)"))
        let spanish = try PhonePages(text: PhoneText(.es), base: "/t").wall(s)
        #expect(spanish.contains("<h3>Ronda 1, 10:00–10:45</h3>"))
        #expect(spanish.contains("<li>Garonne: Data mining for SMEs (grupo de 1)</li>"))
        #expect(try PhonePages(base: "/t").wall(s).contains("<li>Garonne: Data mining for SMEs (group of 1)</li>"))
    }
}
