import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// Core's rule messages and the reducer's summaries in French and Spanish: a refusal is
/// written for each reader (the terminal's language, a phone's), a summary in the meeting's
/// language whoever made the change.
@Suite("Languages: Core's rule messages and the log")
struct RuleLanguageTests {
    static let french = LanguageChoice(.fr, source: .option)
    static let spanish = LanguageChoice(.es, source: .option)

    @Test func aRefusalAndItsHintAreWrittenInEachReadersLanguage() throws {
        var s = Fixture.session(dots: 2)
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 2)))
        let spent = try #require(s.failure(of: .voting(.addDots(ParticipantID(1), TopicID(2), count: 1))))
        #expect(spent.description == "Ana has used all 2 dots of 2. Take a dot back from another topic first")
        #expect(spent.text(in: .fr) == "Ana a utilisé ses 2 gommettes sur 2. Reprenez d’abord une gommette sur un autre sujet")
        #expect(spent.text(in: .es) == "Ana ha usado sus 2 pegatinas de 2. Retira antes una pegatina de otro tema")
        LanguageChoice.$current.withValue(Self.french) {
            let error = s.failure(of: .topics(.propose(TopicFields(title: "data mining for smes"))))
            #expect(error?.message == "«\u{202F}Data mining for SMEs\u{202F}» est déjà le sujet 1")
            #expect(error?.hint == "Votez pour lui, ou donnez un autre titre à celui-ci")
        }
        LanguageChoice.$current.withValue(Self.spanish) {
            #expect(s.failure(of: .topics(.withdraw(TopicID(9))))?.description == "No hay ningún tema 9")
            #expect(s.failure(of: .setup(.setTimeZone("Mars/Olympus")))?.description
                    == "«Mars/Olympus» no es una zona horaria. Indica una zona IANA como Europe/Madrid, America/New_York o UTC")
        }
    }

    @Test func aRangeNamesItsFieldAndUnitInTheReadersLanguage() throws {
        let s = Fixture.session()
        let error = try #require(s.failure(of: .setup(.addRoom(name: "Hall", capacity: 20_000))))
        #expect(error.message == "A room's capacity is 1 to 10000 seats (got 20000)")
        #expect(error.text(in: .fr) == "La capacité d’une salle va de 1 à 10000 places (et non 20000)")
        #expect(error.text(in: .es) == "La capacidad de una sala va de 1 a 10000 plazas (no 20000)")
        let long = try #require(s.failure(of: .people(.add(ParticipantFields(name: String(repeating: "a", count: 501), city: "Lyon")))))
        #expect(long.description == "A participant's name is at most 500 characters (got 501). Shorten it")
        #expect(long.text(in: .fr) == "Le nom d’un participant ne peut pas dépasser 500 caractères (et non 501). Raccourcissez le texte")
    }

    @Test func aFrenchCountTakesTheSingularAtZeroAndOne() throws {
        var s = Fixture.session()
        s.language = .fr
        for (chosen, expected) in [([TopicID](), "0 sujet sélectionné"), ([TopicID(1)], "1 sujet sélectionné"),
                                   ([TopicID(1), TopicID(2)], "2 sujets sélectionnés")] {
            s.must(.plan(.setSelection(chosen)))
            #expect(s.log.last?.text == expected)
        }
        s.language = .es
        s.must(.plan(.setSelection([])))
        #expect(s.log.last?.text == "0 temas seleccionados")
        s.language = nil
        s.must(.plan(.setSelection([TopicID(3)])))
        #expect(s.log.last?.text == "Selected 1 topic")
    }

    @Test func theLogIsWrittenInTheMeetingsLanguageWhateverTheReadersIs() throws {
        var history = SessionHistory(Fixture.session())
        try history.apply(.setup(.setLanguage(.fr)), at: Fixture.date)
        try LanguageChoice.$current.withValue(Self.spanish) {
            #expect(try history.apply(.people(.add(ParticipantFields(name: "Eve", city: "Lyon"))), at: Fixture.date)
                    == "Participant Eve (Lyon) ajouté")
            try history.apply(.voting(.addDots(ParticipantID(5), TopicID(2), count: 2)), at: Fixture.date)
            #expect(history.session.log.last?.text == "Eve a placé 2 gommettes sur «\u{202F}Greentech encounters\u{202F}»")
            try history.undo(at: Fixture.date)
            #expect(history.session.log.last?.text == "Annulé\u{202F}: Eve a placé 2 gommettes sur «\u{202F}Greentech encounters\u{202F}»")
            // The refusal is for the reader: Spanish.
            #expect(throws: AgoraError(.history, "No hay nada que rehacer")) {
                try history.redo(at: Fixture.date)
                try history.redo(at: Fixture.date)
            }
        }
    }

    @Test func aBatchNamesTheItemTheRulesRefuseInEachLanguage() throws {
        let s = Fixture.session()
        let batch = AgoraCore.Operation.batch(summary: "Import", operations: [
            .people(.add(ParticipantFields(name: "Eve", city: "Lyon"))),
            .people(.add(ParticipantFields(name: "Fred", city: ""))),
        ])
        let error = try #require(s.failure(of: batch))
        #expect(error.description == "Item 2 of 2: Fred needs a city. Cities are how groups are mixed")
        #expect(error.text(in: .fr) == "Élément 2 sur 2\u{202F}: Fred a besoin d’une ville. Les villes servent à mélanger les groupes")
        #expect(error.text(in: .es) == "Elemento 2 de 2: Fred necesita una ciudad. Las ciudades sirven para mezclar los grupos")
    }

    @Test func aSummaryBuiltOfPartsIsWrittenWhollyInTheMeetingsLanguage() throws {
        var s = Fixture.session()
        s.language = .es
        s.must(.setup(.setVotingRules(VotingRules(method: .approval, dotsPerParticipant: 3, capPerTopic: nil))))
        #expect(s.log.last?.text == "Votación por aprobación, 3 por persona")
        s.must(.setup(.setFraming(ReportFraming(context: "Contexto", contact: "ana@example.org"))))
        #expect(s.log.last?.text == "Marco del informe modificado: contexto y contacto")
        s.language = .fr
        s.must(.setup(.setGroupRules(GroupRules(minSize: 2, maxSize: nil, maxPerCity: 2))))
        #expect(s.log.last?.text == "Groupes d’au moins 2 personnes, au plus la taille de la salle, 2 au plus par ville")
        let twice = try #require(s.failure(of: .voting(.addDots(ParticipantID(1), TopicID(1), count: 2))))
        #expect(twice.text(in: .fr) == "Le vote par approbation marque un sujet une seule fois, pas 2. Nommez une seule fois chaque sujet approuvé par Ana")
    }
}
