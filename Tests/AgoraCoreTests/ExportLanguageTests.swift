import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// Reports, projects, compendiums and calendars in the meeting's language (or the one asked
/// for): golden files of the demo meeting in French and Spanish, the referees on them, the
/// plural rule, dates, the HTML page's language, and which language an export takes.
@Suite("Export languages")
struct ExportLanguageTests {
    static let cases: [(ExportSubject, ExportFormat, String)] = [
        (.report, .markdown, "report.md"), (.report, .html, "report.html"),
        (.schedule, .ics, "schedule.ics"), (.followups, .ics, "followups.ics"),
    ]

    static func render(_ subject: ExportSubject, _ format: ExportFormat, in language: Language,
                       _ sessions: [NamedSession] = [ExportFixtures.demo]) throws -> ExportOutput {
        try ExportRequest(subject: subject, format: format, language: language).render(sessions, now: ExportFixtures.now)
    }

    /// The demo meeting with its framing, as a Bordeaux or Barcelona secretariat publishes it.
    static let framedDemo: NamedSession = {
        var named = ExportFixtures.demo
        named.session.framing = ReportFraming(context: "Contexte de la série.", synthesis: "Synthèse des échanges.",
                                              contact: "secretariat@example.org")
        return named
    }()

    @Test(arguments: [Language.fr, .es], cases.indices)
    func demoMeetingGoldenFiles(_ language: Language, _ i: Int) throws {
        let (subject, format, file) = Self.cases[i]
        let text = try Self.render(subject, format, in: language, [Self.framedDemo]).text
        try ExportFixtures.expectGolden(text, "demo-\(language)-\(file)")
    }

    @Test func theFrenchReportSpeaksFrenchWithItsTypographyAndDates() throws {
        let text = try Self.render(.report, .markdown, in: .fr).text
        for phrase in ["## La séance", "## Méthode", "## Sujets et votes", "## Programme et groupes", "## Expériences partagées",
                       "## Projets de collaboration", "Séance de travail tenue à Bordeaux le 20 mai 2013, consacrée à l’axe «\u{202F}Smart Economy\u{202F}».",
                       "16 participants de 8 villes y ont pris part\u{202F}: Barcelona (2)",
                       "**Organisations\u{202F}:** ", "un vote à gommettes (5 gommettes chacun, au plus 3 sur un même sujet)",
                       "en 2 créneaux dans 3 salles (Garonne, 10 places", "9 sujets proposés, 6 retenus pour le travail en groupes.",
                       "| Rang | Sujet | Proposé par | Gommettes | Votants | Villes | Statut |", "(devant grâce à plus de votants distincts)",
                       "### Créneau 1 · 10:30–11:20", "| Salle | Sujet | Personnes | Villes |",
                       "### Bordeaux\u{202F}: Encounters between the classical and the digital economy",
                       "- **Partagée par\u{202F}:** Claire Dubois", "### Projet 1\u{202F}: Linking traditional and new ICT industries",
                       "- **Statut\u{202F}:** en cours", "tous les 4 mois à partir du 16 septembre 2013", "pour le 15 octobre 2014",
                       "**Prochaines étapes**", "*Origine\u{202F}:* sujet «\u{202F}Linking traditional and new ICT industries\u{202F}»",
                       "Au total, 2 projets de collaboration ont été identifiés."] {
            #expect(text.contains(phrase), "the French report lacks “\(phrase)”")
        }
        for english in ["Topics and votes", "Round 1", "Lead city", "every 4 months", "2013-05-20", " selected ", "Came from"] {
            #expect(!text.contains(english), "the French report still says “\(english)”")
        }
    }

    /// Markdown collapses white space but keeps French spacing (it did collapse it once).
    @Test func markdownKeepsTheNarrowNoBreakSpace() {
        #expect(MarkdownText.escape("Statut\u{202F}: en cours\n  puis\t*fini*") == "Statut\u{202F}: en cours puis \\*fini\\*")
        #expect(MarkdownText.escape("«\u{202F}Smart Economy\u{202F}»") == "«\u{202F}Smart Economy\u{202F}»")
    }

    @Test func datesAreWrittenInTheReportsLanguage() throws {
        let dates: [Language: String] = [.en: "on 2013-05-20", .fr: "le 20 mai 2013", .es: "el 20 de mayo de 2013"]
        for (language, date) in dates {
            let text = try Self.render(.report, .markdown, in: language).text
            #expect(text.contains(date), "\(language): no “\(date)”")
            #expect(text.contains("10:30–11:20"), "\(language): times stay on the 24-hour clock")
        }
        let folder = try Self.render(.report, .markdown, in: .es, ExportFixtures.folder).text
        #expect(folder.contains("3 sesiones, del 20 de mayo de 2013 al 12 de marzo de 2014."))
        // Unfolded: iCalendar folds its lines at 75 octets.
        let followups = try Self.render(.followups, .ics, in: .fr, ExportFixtures.folder).text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(followups.contains("Se répète chaque semaine jusqu’au 1er avril 2016"))
        #expect(followups.contains("entre le 1er septembre 2014 et le 30 novembre 2014"))
    }

    /// French takes the singular at 0 and 1, English only at 1.
    @Test func aReportLineTakesTheLanguagesPluralAtZeroOneAndTwo() throws {
        let titles = ["Data mining for SMEs", "Greentech encounters"]
        var lines: [Language: [String]] = [:]
        for count in 0...2 {
            var s = Fixture.emptySession()
            for title in titles.prefix(count) { s.must(.topics(.propose(TopicFields(title: title)))) }
            for language in Language.allCases {
                let text = try Self.render(.report, .markdown, in: language, [NamedSession(name: "m", session: s)]).text
                let section = text.components(separatedBy: "\n\n")
                let index = try #require(section.firstIndex { $0.hasPrefix("## ") && ($0.contains("Topics") || $0.contains("Sujets") || $0.contains("Temas")) })
                lines[language, default: []].append(section[index + 1])
            }
        }
        #expect(lines[.fr] == ["0 sujet proposé, 0 retenu pour le travail en groupes.",
                               "1 sujet proposé, 0 retenu pour le travail en groupes.",
                               "2 sujets proposés, 0 retenu pour le travail en groupes."])
        #expect(lines[.en] == ["0 topics proposed, 0 selected to run in groups.", "1 topic proposed, 0 selected to run in groups.",
                               "2 topics proposed, 0 selected to run in groups."])
        #expect(lines[.es] == ["0 temas propuestos, 0 seleccionados para trabajar en grupos.",
                               "1 tema propuesto, 0 seleccionados para trabajar en grupos.",
                               "2 temas propuestos, 0 seleccionados para trabajar en grupos."])
    }

    @Test func theHTMLPagesSayTheirLanguage() throws {
        for language in Language.allCases {
            for (subject, format) in [(ExportSubject.report, ExportFormat.html), (.projects, .html), (.experiences, .html)] {
                let page = try Self.render(subject, format, in: language).text
                #expect(page.contains("<html lang=\"\(language.rawValue)\">"), "\(subject) in \(language)")
            }
            let folder = try Self.render(.report, .html, in: language, ExportFixtures.folder).text
            #expect(folder.contains("<html lang=\"\(language.rawValue)\">"))
        }
    }

    /// `--lang es` on a French meeting gives Spanish; a locale alone does not override the
    /// meeting's language; a folder of meetings in two languages takes English unless asked.
    @Test func theExportTakesTheMeetingsLanguageUnlessAnotherIsAskedFor() throws {
        var french = ExportFixtures.demo
        french.session.language = .fr
        #expect(NamedSession.outputLanguage(of: [french], choice: nil) == .fr)
        #expect(NamedSession.outputLanguage(of: [french], choice: LanguageChoice(.es, source: .lang)) == .fr)
        #expect(NamedSession.outputLanguage(of: [french], choice: LanguageChoice(.es, source: .option)) == .es)
        #expect(NamedSession.outputLanguage(of: [french], choice: LanguageChoice(.es, source: .agoraLang)) == .es)
        #expect(NamedSession.outputLanguage(of: [french, ExportFixtures.lappeenranta], choice: nil) == .en)
        var spanish = ExportFixtures.lappeenranta
        spanish.session.language = .es
        #expect(NamedSession.outputLanguage(of: [french, spanish], choice: LanguageChoice(.fr, source: .option)) == .fr)

        let language = NamedSession.outputLanguage(of: [french], choice: LanguageChoice(.es, source: .option))
        let text = try Self.render(.report, .markdown, in: language, [french]).text
        #expect(text.contains("## Temas y votos") && text.contains("el 20 de mayo de 2013") && !text.contains("Sujets"))
    }

    /// The words are the export's language, never the one the person's screen reads now.
    @Test func theCurrentLanguageDoesNotLeakIntoAnExport() throws {
        let english = try Self.render(.projects, .markdown, in: .en).text
        try LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(try Self.render(.projects, .markdown, in: .en).text == english)
            let spanish = try Self.render(.projects, .markdown, in: .es).text
            #expect(spanish.contains("# Proyectos de colaboración") && spanish.contains("- **Ciudad líder:** Bordeaux"))
        }
    }

    @Test func projectsAndCompendiumInSpanish() throws {
        let projects = try Self.render(.projects, .markdown, in: .es).text
        for phrase in ["2 proyectos de colaboración identificados en 1 sesión.",
                       "| N.º | Proyecto | Ciudad líder | Ciudades socias | Estado | Sesión | Próxima actividad |",
                       "- **Surgido de la sesión:** UCLG Digital Cities — first working meeting, Bordeaux, 20 de mayo de 2013 (Smart Economy)",
                       "cada 4 meses a partir del 16 de septiembre de 2013", "**Metodología**", "*Origen:* tema «Linking"] {
            #expect(projects.contains(phrase), "Spanish projects lack “\(phrase)”")
        }
        let compendium = try Self.render(.experiences, .html, in: .fr).text
        for phrase in ["<h1>Recueil de bonnes pratiques</h1>", "<dt>Défi</dt>", "<dt>Ce qui a été fait</dt>", "<footer>Exporté par Agora.</footer>"] {
            #expect(compendium.contains(phrase), "the French compendium lacks “\(phrase)”")
        }
        // The CSV's column names stay identifiers; its activity cells are in the export's language.
        let csv = try Self.render(.projects, .csv, in: .fr).text
        #expect(csv.hasPrefix(ProjectsCSV.header.joined(separator: ",") + "\r\n"))
        #expect(csv.contains("tous les 4 mois à partir du 16 septembre 2013"))
        #expect(try Self.render(.projects, .json, in: .fr).text == Self.render(.projects, .json, in: .en).text)
    }

    @Test func theFrenchAndSpanishReportsParseStrictlyInHtml5lib() throws {
        guard Python.has("html5lib") else { Issue.record("python3 html5lib is not installed (.ci/run installs it)"); return }
        for language in [Language.fr, .es] {
            for sessions in [[Self.framedDemo], ExportFixtures.folder] {
                let parsed = try ExportReportTests.parse(try Self.render(.report, .html, in: language, sessions).text)
                #expect(Set(parsed.elements).isSubset(of: ExportReportTests.allowedElements))
            }
        }
    }

    @Test(.enabled(if: NeededTool.runs(ExportCalendarRulesTests.hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func theFrenchAndSpanishCalendarsReadBack() throws {
        for language in [Language.fr, .es] {
            let schedule = try ExportCalendarTests.parse(try Self.render(.schedule, .ics, in: language).text)
            #expect(schedule.count == 6)
            #expect(schedule.first?.summary == "Linking traditional and new ICT industries")
            let followups = try Self.render(.followups, .ics, in: language, ExportFixtures.folder).text
            let events = try ExportCalendarTests.parse(followups)
            let rules = Dictionary(events.map { ($0.summary, $0.rrule ?? "") }, uniquingKeysWith: { a, _ in a })
            #expect(rules["Weekly call of the cluster managers"] == "FREQ=WEEKLY;UNTIL=20160401")
            let expanded = try ExportCalendarRulesTests.read(followups)
            #expect(expanded.count == (try ExportCalendarRulesTests.read(try Self.render(.followups, .ics, in: .en, ExportFixtures.folder).text)).count)
        }
        let french = try ExportCalendarTests.parse(try Self.render(.schedule, .ics, in: .fr).text)
        #expect(french[0].description == "UCLG Digital Cities — first working meeting (Bordeaux, Smart Economy) — créneau 1\nHow can the classical economy use digital tools to grow?\nRang 2\u{202F}: 14 gommettes de 7 votants\nGroupe\u{202F}: 6 personnes")
    }

    @Test func followupNotesAreInTheExportsLanguage() throws {
        let out = try Self.render(.followups, .ics, in: .es)
        #expect(out.notes == ["omitida (sin fecha): Creation of spaces of collaboration for companies: Identify 4-5 key sectors of excellence in each city for mutual knowledge sharing"])
        #expect(out.text.contains("X-WR-CALNAME:Seguimiento: UCLG Digital Cities — first working meeting\r\n"))
    }
}

/// Agora's own CSV exports read back by Agora's importer: their column names are the
/// importer's, in every language.
@Suite("Export CSV read back by the import")
struct ExportImportRoundTripTests {
    @Test(arguments: Language.allCases)
    func groupsImportAsParticipantsAndTheScheduleAsTopics(_ language: Language) throws {
        let groups = try ExportRequest(subject: .groups, format: .csv, language: language).render([ExportFixtures.demo], now: ExportFixtures.now).text
        // One round's groups: everyone once (the list refuses a person twice).
        let firstRound = groups.components(separatedBy: "\r\n").enumerated().filter { $0.offset == 0 || $0.element.hasPrefix("1,") }
            .map(\.element).joined(separator: "\r\n")
        var s = Fixture.emptySession()
        try s.apply(try CSVImport.operation(.participants, csv: firstRound, source: "groups.csv", into: s), at: Fixture.date)
        let demo = ExportFixtures.demo.session
        let grouped = demo.participants.filter { p in demo.assignments.contains { $0.participant == p.id && $0.round == demo.rounds[0].id } }
        #expect(Set(s.participants.map(\.name)) == Set(grouped.map(\.name)))
        #expect(Set(s.participants.map(\.city)) == Set(grouped.map(\.city)))

        let schedule = try ExportRequest(subject: .schedule, format: .csv, language: language).render([ExportFixtures.demo], now: ExportFixtures.now).text
        var t = Fixture.emptySession()
        try t.apply(try CSVImport.operation(.topics, csv: schedule, source: "schedule.csv", into: t), at: Fixture.date)
        #expect(Set(t.topics.map(\.title)) == Set(demo.schedule.compactMap { demo.topic($0.topic)?.title }))
    }
}

/// `agora show` and `agora settings FILE` in the reader's language.
@Suite("Session summary languages")
struct SummaryLanguageTests {
    @Test func theDemosSummaryInFrenchAndSpanish() {
        let s = DemoSession.make()
        let english = SessionSummary.text(s)
        #expect(english.contains("Rooms: Garonne (10)") && english.contains("Participants (16, 8 cities)"))
        #expect(english.contains("[in-progress]"))
        let french = SessionSummary.text(s, in: .fr)
        for phrase in ["Salles\u{202F}: Garonne (10), Chartrons (8), Saint-Michel (6)", "Créneaux\u{202F}: 1 10:30–11:20, 2 11:40–12:30",
                       "Vote\u{202F}: gommettes, 5 par personne, au plus 3 par sujet", "Participants (16, 8 villes)", "Sujets (9 actifs sur 9)",
                       "Programme", "  Créneau 1 10:30  Garonne\u{202F}: Linking traditional and new ICT industries — 6 personnes",
                       "Projets (2)", "piloté par Bordeaux [en cours]", "     partenaires\u{202F}: Barcelona, Guangzhou",
                       "tous les 4 mois à partir du 16 septembre 2013\u{202F}; Bordeaux", "20 mai 2013"] {
            #expect(french.contains(phrase), "the French summary lacks “\(phrase)”")
        }
        let setup = SetupSummary.text(s, in: .es)
        #expect(setup.contains("Grupos: de 3 a 8 personas, como máximo 2 por ciudad"))
        #expect(setup.contains("Votación: pegatinas, 5 por persona, como máximo 3 por tema"))
        #expect(SetupSummary.text(s) == SetupSummary.text(s, in: .en))
    }
}
