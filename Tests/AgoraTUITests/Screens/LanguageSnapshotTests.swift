import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The frame and the first five screens (Start, Setup, People, Topics, Vote) in French and
/// Spanish at 80×24 on the demo, compared with Snapshots/NAME-demo-LANG-80x24.txt
/// (`AGORA_UPDATE_SNAPSHOTS=1 swift test --filter LanguageSnapshotTests` rewrites them); and
/// every one of them fits: no row wider than the terminal, no word cut.
@Suite struct LanguageSnapshotTests {
    static let size = Size(width: 80, height: 24)
    static let languages: [Language] = [.fr, .es]

    static func screens() -> [(String, any Screen)] {
        [("setup", SetupScreen()), ("people", PeopleScreen()), ("topics", TopicsScreen()), ("vote", VoteScreen()),
         ("start", StartScreen(entries: StartScreenTests.entries))]
    }

    /// Runs `body` with `language` as the language people read now.
    static func reading<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try LanguageChoice.$current.withValue(LanguageChoice(language, source: .option), operation: body)
    }

    static func check(_ lines: [String], _ name: String) {
        if let d = ScreenFixtures.difference(lines, snapshot: name) { Issue.record(Comment(rawValue: d)) }
    }

    @Test(arguments: [Language.fr, .es])
    func everyScreenInTheLanguage(_ language: Language) {
        Self.reading(language) {
            for (name, screen) in Self.screens() {
                Self.check(ScreenFixtures.lines(screen, session: DemoSession.make(), size: Self.size), "\(name)-demo-\(language)-80x24")
            }
        }
    }

    /// The `?` help of the People tab (its keys, the app's, the text fields', the palette's)
    /// and the voting rules' form of the Setup tab.
    @Test(arguments: [Language.fr, .es])
    func helpAndAFormInTheLanguage(_ language: Language) {
        Self.reading(language) {
            let (help, _) = ScreenFixtures.pilot(MeetingScreens.make(overview: true))
            help.press("2"); help.press("?")
            Self.check(help.lines, "help-people-demo-\(language)-80x24")
            let (form, _) = ScreenFixtures.pilot([SetupScreen()])
            form.press(.end); form.press(.up); form.press("e")
            Self.check(form.lines, "setup-voting-form-demo-\(language)-80x24")
        }
    }

    /// The whole words the screens may show: every table's in every language (a screen not
    /// yet translated shows English), the domain words, the demo's own (names, titles,
    /// cities), the keys' names.
    static func vocabulary(session: Session) -> Set<String> {
        var texts = (ScreenText.all + CoreText.all).flatMap { table in
            table.keys.flatMap { key in Language.allCases.map { table.text(key, in: $0) } }
        }
        texts += DomainWord.allCases.flatMap { word in Language.allCases.flatMap { l in [1, 2].map { word.noun(in: l).noun(for: $0) } } }
        texts += [String(describing: session), FocusArea.choices] + FocusArea.allCases.map(\.title)
        texts += ["Agora meeting json Enter Space Esc Tab Shift Ctrl Alt Home End Backspace Del PgUp PgDn Borda fg QR CSV"]
        return Set(texts.flatMap(words))
    }

    /// The words of `line` that are not whole: a run of letters before “…” that begins no word
    /// the meeting typed (a typed title is shortened with “…”, the list's rule), or a run of
    /// two letters or more that is no word of `known` (single letters are keys: j, k, q).
    static func cutWords(_ line: String, known: Set<String>, typed: Set<String>) -> [String] {
        var cut: [String] = []
        var rest = Substring(line)
        while let start = rest.firstIndex(where: \.isLetter) {
            let end = rest[start...].firstIndex(where: { !$0.isLetter }) ?? rest.endIndex
            let word = String(rest[start..<end])
            if rest[end...].hasPrefix("…") {
                if !known.contains(word) && !typed.contains(where: { $0.hasPrefix(word) }) { cut.append(word + "…") }
            } else if word.count > 1 && !known.contains(word) {
                cut.append(word)
            }
            rest = rest[end...]
        }
        return cut
    }

    /// The runs of letters in `text` ("l’atelier" is "l" and "atelier").
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// Each French and Spanish screen in the app (nine tabs, header, status line, hints) and its
    /// help: no row wider than 80 columns, and every word on it whole — a word of the tables or
    /// of the meeting, never one cut short; each tab shows its title, its first three letters
    /// or its number only (the tab row's shortening rule).
    @Test(arguments: [Language.fr, .es])
    func everyScreenFitsWithoutCuttingAWord(_ language: Language) {
        Self.reading(language) {
            let session = DemoSession.make()
            let typed = Set(Self.words(String(describing: session)))
            // The words of the same screens in English: parts that other tables have not moved yet.
            let english = LanguageChoice.$current.withValue(LanguageChoice(.en, source: .option)) { () -> [String] in
                let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(overview: true), session: session)
                return (0..<4).flatMap { tab -> [String] in
                    pilot.press(Character("\(tab + 1)"))
                    let shown = pilot.lines
                    pilot.press("?")
                    defer { pilot.press(.escape) }
                    return shown + pilot.lines
                }
            }
            let known = Self.vocabulary(session: session).union(english.flatMap(Self.words))
            let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(overview: true), session: session)
            for tab in 0..<4 {
                pilot.press(Character("\(tab + 1)"))
                for showingHelp in [false, true] {
                    if showingHelp { pilot.press("?") }
                    let lines = pilot.lines
                    for line in lines { #expect(pilot.terminal.screen.measure.width(line) <= Self.size.width, "\(line)") }
                    for (row, line) in lines.enumerated() where !(row == 1 && !showingHelp) {
                        for word in Self.cutWords(line, known: known, typed: typed) {
                            Issue.record("tab \(tab + 1)\(showingHelp ? " help" : ""), row \(row): “\(word)” is no whole word in \(line)")
                        }
                    }
                    if !showingHelp { Self.checkTabs(lines[1], titles: pilot.state.screens.map(\.title)) }
                    if showingHelp { pilot.press(.escape) }
                }
            }
        }
    }

    /// The start screen (no tab row) keeps its words whole too.
    @Test(arguments: [Language.fr, .es])
    func theStartScreenFitsWithoutCuttingAWord(_ language: Language) {
        Self.reading(language) {
            let session = DemoSession.make()
            let entries = StartScreenTests.entries
            let typed = Set(entries.flatMap { Self.words($0.title + " " + $0.detail) })
            let known = Self.vocabulary(session: session).union(typed)
            for line in ScreenFixtures.lines(StartScreen(entries: entries), session: session, size: Self.size) {
                #expect(Self.cutWords(line, known: known, typed: typed) == [], "\(line)")
            }
        }
    }

    /// A form's typing error names the field as the form shows it, in the language, and a
    /// word typed in the language is read: "non" shows the tallies live, "gommettes" is the method.
    @Test func aFormSpeaksAndReadsTheLanguage() {
        Self.reading(.fr) {
            let session = try! SessionSetup(meeting: Meeting(title: "Atelier", hostCity: "Bordeaux", date: CalendarDate("2013-05-20")!, area: .economy),
                                            rooms: [RoomSpec(name: "Garonne", capacity: 6)], rounds: 1, dots: 5).makeSession(at: ScreenFixtures.now)
            #expect(session.voting.hideTalliesUntilClose == true)
            let (pilot, port) = ScreenFixtures.pilot([SetupScreen()], session: session)
            pilot.press(.end); pilot.press(.up); pilot.press("e")
            pilot.press(.tab); pilot.type("beaucoup"); pilot.press(.enter)
            #expect(pilot.lines.contains { $0.contains("Gommettes chacun\u{202F}: tapez un nombre entier") })
            for _ in 0..<9 { pilot.press(.backspace) }
            pilot.type("4"); pilot.press(.tab); pilot.press(.tab)
            pilot.press(.ctrl("u")); pilot.type("non"); pilot.press(.enter)
            #expect(port.session.voting.dotsPerParticipant == 4)
            #expect(port.session.voting.hideTalliesUntilClose == false, "\(pilot.lines.joined(separator: "\n"))")
            #expect(port.session.voting.method == .dots)
        }
        #expect(VoteText.method(typed: "Clasificación") == .ranked)
        #expect(VoteText.method(typed: "approbation") == .approval)
        #expect(VoteText.method(typed: "ranked") == .ranked)
        #expect(VoteText.method(typed: "vote") == nil)
    }

    /// `l` on the Setup screen sets the meeting's language (what its reports and log default
    /// to), the next of English, French and Spanish, undoably; the Meeting row shows it.
    @Test func theSetupScreenChangesTheMeetingLanguage() {
        let (pilot, port) = ScreenFixtures.pilot([SetupScreen()])
        #expect(port.session.language == nil)
        pilot.press("l")
        #expect(port.session.language == .fr)
        #expect(pilot.lines[3].hasPrefix("› Meeting  French · UCLG Digital Cities"))
        #expect(pilot.lines.contains { $0.contains("Langue de la séance\u{202F}: français") })
        pilot.press("l")
        #expect(port.session.language == .es)
        pilot.press("l")
        #expect(port.session.language == .en)
        pilot.press("u")
        #expect(port.session.language == .es)
        Self.reading(.es) {
            pilot.press("k")
            #expect(pilot.lines[3].hasPrefix("› Sesión   español · UCLG Digital Cities"), "\(pilot.lines[3])")
        }
        let (readOnly, unchanged) = ScreenFixtures.pilot([SetupScreen()], readOnly: true)
        readOnly.press("l")
        #expect(unchanged.session.language == nil)
    }

    /// Each label of the tab row is a title whole, its first three letters or its number alone.
    static func checkTabs(_ row: String, titles: [String]) {
        var rest = Substring(row)
        for (i, title) in titles.enumerated() {
            let forms = ["\(i + 1) \(title)", "\(i + 1) \(title.prefix(3))", "\(i + 1)"]
            let trimmed = rest.drop(while: { " []".contains($0) })
            guard let form = forms.first(where: { trimmed.hasPrefix($0 + " ") || trimmed.hasPrefix($0 + "]") || trimmed == $0[...] }) else {
                Issue.record("tab \(i + 1) (\(title)) is shortened by no rule: \(row)")
                return
            }
            rest = trimmed.dropFirst(form.count)
        }
    }

    /// A string the screens show follows the language each time it is drawn: the same runtime
    /// shows English, then French, then Spanish.
    @Test func theSameAppFollowsTheLanguageWhenItDraws() {
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make())
        pilot.press("2")
        #expect(pilot.lines[1].contains("[2 People]"))
        Self.reading(.fr) { pilot.press("2"); #expect(pilot.lines[1].contains("[2 Participants]")) }
        Self.reading(.es) { pilot.press("2"); #expect(pilot.lines[1].contains("[2 Participantes]")) }
    }
}
