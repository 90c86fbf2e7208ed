import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

/// A rule's refusal reaches a phone in the phone's language, not the server's or the meeting's.
@Suite("Phone pages: refusals in the phone's language")
struct RefusalLanguageRouteTests {
    @Test func aRefusalReachesAFrenchPhoneInFrenchWhileTheMeetingSpeaksSpanish() async throws {
        var session = Fixture.session()
        session.language = .es
        try await withPhone(on: session, setup: openVotingShowingTallies, joinedAs: 1) { owner, phone in
            // Chosen once from the language menu (`?lang=fr`), remembered by the phone's cookie.
            let over = try await phone.post("/vote?lang=fr", [("t1", "3"), ("t2", "2"), ("t3", "1")])
            #expect(over.status == .unprocessableContent)
            #expect(over.body.contains("<html lang=\"fr\">"))
            #expect(over.body.readable.contains("Ana a placé 6 gommettes ; chaque personne en a 5. Reprenez-en 1"))
            let cap = try await phone.post("/vote?lang=fr", [("t1", "4")])
            #expect(cap.body.readable.contains("Ana ne peut pas placer 4 gommettes sur « Data mining for SMEs » ; 3 au plus par sujet"))
            // The same refusal on a phone left in the meeting's language.
            let spanish = try await phone.post("/vote", [("t1", "4")])
            #expect(spanish.body.readable.contains("Ana no puede poner 4 pegatinas en «Data mining for SMEs»; como máximo 3 por tema"))
            #expect(owner.session.ballot(of: ParticipantID(1)) == nil)
        }
    }

    @Test func theSavedNoticeQuotesTheLogInTheMeetingsLanguage() async throws {
        var session = Fixture.session()
        session.language = .fr
        try await withPhone(on: session, setup: openVotingShowingTallies, joinedAs: 1) { owner, phone in
            let saved = try await phone.post("/vote", [("t1", "3"), ("t2", "2")])
            #expect(saved.status == .ok)
            #expect(saved.body.readable.contains("Bulletin enregistré : Ana a voté depuis un téléphone : 5 gommettes"))
            #expect(owner.session.log.last?.text == "Ana a voté depuis un téléphone\u{202F}: 5 gommettes")
        }
    }
}
