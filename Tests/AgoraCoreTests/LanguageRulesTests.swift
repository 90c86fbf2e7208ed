import AgoraCore
import Foundation
import Testing

@Suite("Language: plurals, dates, typography")
struct LanguageRulesTests {
    @Test func frenchCountsZeroAndOneInTheSingular() {
        let sujet = DomainWord.topic.noun(in: .fr)
        #expect([0, 1, 2, 10].map { sujet($0) } == ["0 sujet", "1 sujet", "2 sujets", "10 sujets"])
        #expect(DomainWord.round.noun(in: .fr)(3) == "3 créneaux")
        #expect(DomainWord.dot.noun(in: .fr)(0) == "0 gommette")
    }

    @Test func spanishAndEnglishCountOnlyOneInTheSingular() {
        #expect([0, 1, 2].map { DomainWord.topic.noun(in: .es)($0) } == ["0 temas", "1 tema", "2 temas"])
        #expect([0, 1, 2].map { DomainWord.city.noun(in: .es)($0) } == ["0 ciudades", "1 ciudad", "2 ciudades"])
        #expect([0, 1, 2].map { DomainWord.person.noun(in: .en)($0) } == ["0 people", "1 person", "2 people"])
        #expect(VotingMethod.dots.countedUnit(in: .es)(1) == "1 pegatina")
        #expect(VotingMethod.ranked.countedUnit(in: .fr)(0) == "0 point")
    }

    @Test func everyDomainWordHasItsFormsInEveryLanguageAndEnglishAgreesWithCountedNoun() {
        for word in DomainWord.allCases {
            for language in Language.allCases {
                let noun = word.noun(in: language)
                #expect(!noun.singular.isEmpty && !noun.plural.isEmpty, "\(word) in \(language)")
                #expect(noun.rule == language.pluralRule)
            }
        }
        let english: [(DomainWord, CountedNoun)] = [
            (.participant, .participant), (.person, .person), (.city, .city), (.topic, .topic), (.ballot, .ballot),
            (.dot, .dot), (.approval, .approval), (.point, .point), (.room, .room), (.round, .round), (.group, .group),
            (.backer, .backer), (.seat, .seat), (.experience, .experience), (.project, .project),
            (.activity, .activity), (.conflict, .conflict), (.change, .change), (.session, .session),
        ]
        for (word, noun) in english { #expect(word.noun(in: .en) == noun, "\(word)") }
    }

    @Test func longDatesInEachLanguage() {
        let day = CalendarDate("2013-05-20")!
        #expect(DateText.long(day, in: .en) == "May 20, 2013")
        #expect(DateText.long(day, in: .fr) == "20 mai 2013")
        #expect(DateText.long(day, in: .es) == "20 de mayo de 2013")
        #expect(DateText.long(CalendarDate("2013-08-01")!, in: .fr) == "1er août 2013")
        #expect(DateText.withWeekday(day, in: .en) == "Monday, May 20, 2013")
        #expect(DateText.withWeekday(day, in: .fr) == "lundi 20 mai 2013")
        #expect(DateText.withWeekday(day, in: .es) == "lunes, 20 de mayo de 2013")
        #expect(DateText.withWeekday(CalendarDate("2000-02-29")!, in: .es) == "martes, 29 de febrero de 2000")
        #expect(DateText.withWeekday(CalendarDate("2026-01-04")!, in: .fr) == "dimanche 4 janvier 2026")
        #expect(DateText.span(ClockTime("10:30")!, ClockTime("11:20")!, in: .fr) == "10:30–11:20")
    }

    /// The verification behind the table: Foundation on Linux formats fr and es (ICU), and the
    /// table agrees with it for every day of a year (French's "1er" aside, which ICU omits).
    @Test func theTableAgreesWithFoundationOnThisMachine() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formats: [Language: (String, String)] = [.en: ("en_US", "MMMM d, y"), .fr: ("fr_FR", "d MMMM y"),
                                                     .es: ("es_ES", "d 'de' MMMM 'de' y")]
        for (language, (locale, pattern)) in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: locale)
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.dateFormat = pattern
            var weekday = DateFormatter()
            weekday = DateFormatter()
            weekday.locale = formatter.locale; weekday.calendar = calendar; weekday.timeZone = calendar.timeZone
            weekday.dateFormat = "EEEE"
            for offset in stride(from: 0, to: 366, by: 1) {
                let date = Date(timeIntervalSince1970: 1_356_998_400 + Double(offset) * 86_400) // from 2013-01-01
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                let day = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
                var ours = DateText.long(day, in: language)
                if language == .fr && day.day == 1 { ours = ours.replacingOccurrences(of: "1er ", with: "1 ") }
                #expect(ours == formatter.string(from: date), "\(language) \(day)")
                #expect(DateText.withWeekday(day, in: language).hasPrefix(weekday.string(from: date).lowercased())
                        || DateText.withWeekday(day, in: language).hasPrefix(weekday.string(from: date)), "\(language) \(day)")
            }
        }
    }

    @Test func frenchSpacingAndQuotes() {
        let nnbsp = "\u{202F}"
        #expect(Typography.french("Salle : Garonne ; le vote ? Oui!") == "Salle\(nnbsp): Garonne\(nnbsp); le vote\(nnbsp)? Oui\(nnbsp)!")
        #expect(Typography.french("De 10:30 à 11:20, https://agora.example") == "De 10:30 à 11:20, https://agora.example")
        #expect(Typography.french("Déjà\(nnbsp): bien") == "Déjà\(nnbsp): bien")
        #expect(Typography.quote("Mobilité", in: .fr) == "«\(nnbsp)Mobilité\(nnbsp)»")
        #expect(Typography.quote("Movilidad", in: .es) == "«Movilidad»")
        #expect(Typography.quote("Mobility", in: .en) == "“Mobility”")
        #expect(Typography.labelled("Salle", "Garonne", in: .fr) == "Salle\(nnbsp): Garonne")
        #expect(Typography.labelled("Sala", "Garonne", in: .es) == "Sala: Garonne")
    }

    @Test func typographyProblemsAreNamed() {
        #expect(Typography.problems(in: "Vote : ouvert", language: .fr) == ["needs a narrow no-break space before “:”"])
        #expect(Typography.problems(in: "Prêt?", language: .fr) == ["needs a narrow no-break space before “?”"])
        #expect(Typography.problems(in: "« Oui »", language: .fr).count == 2)
        #expect(Typography.problems(in: "“Oui”", language: .fr) == ["quotes with “ ” or \"; French quotes with « »"])
        #expect(Typography.problems(in: "Créneau {number}, {start}–{end} à 10:30\u{202F}!", language: .fr).isEmpty)
        #expect(Typography.problems(in: "¿Listo? ¡Vamos!", language: .es).isEmpty)
        #expect(Typography.problems(in: "Listo?", language: .es) == ["has 1 “?” but 0 “¿”"])
        #expect(Typography.problems(in: "Go !", language: .en) == ["has a space before “!”"])
    }
}

@Suite("Language: the glossary")
struct GlossaryTests {
    /// The Glossary article's table and ``DomainWord`` say the same words.
    @Test func theArticleAndDomainWordAgree() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/AgoraCore/AgoraCore.docc/Glossary.md")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Word") }
            .map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(rows.map { $0[1] } == DomainWord.allCases.map(\.rawValue))
        for row in rows {
            guard let word = DomainWord(rawValue: row[1]) else { continue }
            for (column, language) in [(2, Language.en), (3, .fr), (4, .es)] {
                let noun = word.noun(in: language)
                #expect(row[column] == "\(noun.singular) / \(noun.plural)", "\(word) in \(language)")
            }
        }
    }
}
