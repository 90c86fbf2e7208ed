import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The later screens (Plan, Groups, Work, Outcomes), each projector view and the review
/// browser in French and Spanish at 80×24: compared with Snapshots/NAME-demo-fr-80x24.txt
/// (`AGORA_UPDATE_SNAPSHOTS=1` records), and checked to fit: no row wider than the screen,
/// and no word of the screen's own cut with "…" (only a typed title or name may be).
@Suite("Language: the later screens, the projector and the review at 80×24")
struct LaterScreensLanguageTests {
    static let size = Size(width: 80, height: 24)
    static let languages: [Language] = [.fr, .es]

    static func screens() -> [(String, any Screen)] {
        [("plan", PlanScreen()), ("groups", GroupsScreen()), ("work", WorkScreen()), ("outcomes", OutcomesScreen()),
         ("overview", OverviewScreen())]
            + ProjectorScreen.View.allCases.map { ("projector-\($0)", ProjectorScreen(view: $0)) }
    }

    /// `body` with `language` as the language people read (as `--lang` would set it).
    static func speaking<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try LanguageChoice.$current.withValue(LanguageChoice(language, source: .option), operation: body)
    }

    /// Every word a person typed into `sessions` (titles, names, cities…): the only words a
    /// screen may shorten with "…".
    static func typedWords(_ sessions: [Session]) -> Set<String> {
        var texts: [String] = []
        for s in sessions {
            texts += [s.meeting.title, s.meeting.hostCity, s.meeting.venue]
            texts += s.participants.flatMap { [$0.name, $0.city, $0.organization] }
            texts += s.topics.map(\.title) + s.rooms.map(\.name)
            for p in s.projects {
                texts += [p.title, p.question, p.leadCity]
                texts += p.partnerCities + p.interestedCities + p.nextSteps
                texts += p.activities.map(\.text) + p.activities.map(\.owner)
            }
            for e in s.experiences {
                texts += [e.title, e.city, e.challenge, e.action, e.result]
                texts += e.tags
            }
        }
        return Set(texts.flatMap { $0.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init) })
    }

    /// The words of `lines` cut with "…" that no one typed: a screen's own word shortened.
    static func cutWords(_ lines: [String], typed: Set<String>) -> [String] {
        var cut: [String] = []
        for line in lines {
            let chars = Array(line)
            for (i, c) in chars.enumerated() where c == "…" {
                var start = i
                while start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { start -= 1 }
                let fragment = String(chars[start..<i])
                // A word's start hidden under a box drawn over it (a details box on a table) is its end.
                let covered = start > 0 && ("\u{2500}"..."\u{257F}").contains(chars[start - 1].unicodeScalars.first!)
                let typedOnce = typed.contains { covered ? $0.contains(fragment) : $0.hasPrefix(fragment) }
                if !fragment.isEmpty, !typedOnce { cut.append("\(fragment)… in “\(line)”") }
            }
        }
        return cut
    }

    static func checkFits(_ lines: [String], measure: TextWidth, typed: Set<String>, _ name: String,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(lines.count == size.height, "\(name)", sourceLocation: sourceLocation)
        for line in lines { #expect(measure.width(line) <= size.width, "\(name): \(line)", sourceLocation: sourceLocation) }
        #expect(cutWords(lines, typed: typed) == [], "\(name)", sourceLocation: sourceLocation)
    }

    @Test(arguments: languages) func everyLaterScreenAndProjectorView(language: Language) {
        let session = DemoSession.make()
        let typed = Self.typedWords([session])
        Self.speaking(language) {
            for (name, screen) in Self.screens() {
                let (pilot, _) = ScreenFixtures.pilot([screen], session: session, size: Self.size)
                let file = "\(name)-demo-\(language.rawValue)-80x24"
                if let d = ScreenFixtures.difference(pilot.lines, snapshot: file) { Issue.record(Comment(rawValue: d)) }
                Self.checkFits(pilot.lines, measure: pilot.terminal.screen.measure, typed: typed, file)
            }
        }
    }

    /// The join view while serving phones: the banner, the code, the join address and code.
    @Test(arguments: languages) func theServingJoinView(language: Language) {
        Self.speaking(language) {
            var buffer = Buffer(size: Self.size)
            var context = ScreenContext(session: DemoSession.make(), joining: ProjectorJoinViewTests.invitation)
            context.area = buffer.area
            _ = ProjectorScreen(view: .join).render(into: &buffer, area: buffer.area, context: context)
            let file = "projector-join-serving-\(language.rawValue)-80x24"
            if let d = ScreenFixtures.difference(buffer.lines, snapshot: file) { Issue.record(Comment(rawValue: d)) }
            Self.checkFits(buffer.lines, measure: buffer.measure, typed: Self.typedWords([DemoSession.make()]), file)
        }
    }

    /// Each meeting screen's help, whose lines are the keys' descriptions in the language.
    @Test(arguments: languages) func theLaterScreensHelpFits(language: Language) {
        let session = DemoSession.make()
        let typed = Self.typedWords([session])
        Self.speaking(language) {
            for (name, screen) in Self.screens().prefix(4) {
                let (pilot, _) = ScreenFixtures.pilot([screen], session: session, size: Self.size)
                pilot.press("?")
                // The help is open, titled in the language: what is checked is the help, not the screen.
                #expect(pilot.state.overlay == .help(offset: 0), "\(name): ? did not open the help")
                #expect(pilot.text.contains(FrameText.table.text("frame.help.title", in: language)), "\(name)")
                Self.checkFits(pilot.lines, measure: pilot.terminal.screen.measure, typed: typed, "help-\(name)")
            }
        }
    }

    /// Every key in the `?` help of every meeting screen is named as the language's keyboards
    /// print it (no "Home", "Backspace" or "Enter" in a French or Spanish help) and is drawn
    /// whole in its column at 80 columns (the text fields' "sobre un valor propuesto" was cut).
    @Test(arguments: Language.allCases) func everyHelpKeyIsWholeAndInTheLanguage(language: Language) {
        let english = ["key.home", "key.end", "key.backspace", "key.delete", "key.enter", "key.shift", "key.space", "key.pageUp", "key.pageDown"]
        Self.speaking(language) {
            for (name, screen) in ScreenSnapshotTests.screens() {
                let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make() + [screen], session: DemoSession.make(), size: Self.size)
                while pilot.state.shownScreen.title != screen.title { pilot.press("]") }
                let sections = AppView.helpSections(state: pilot.state, context: pilot.runtime.context)
                let entries = sections.flatMap(\.entries)
                #expect(!entries.isEmpty, "\(name)")
                let buffer = Buffer(size: Self.size)
                // Scroll through the whole help: each key is drawn whole at the start of its row.
                let page = HelpOverlay.page(sections, area: buffer.area, measure: buffer.measure)
                var drawn: [String] = []
                for offset in stride(from: 0, through: page.lastOffset, by: max(1, page.shown)) {
                    var b = Buffer(size: Self.size)
                    HelpOverlay.render(sections, offset: offset, into: &b, area: b.area)
                    drawn += b.lines
                }
                if page.lastOffset % max(1, page.shown) != 0 {
                    var b = Buffer(size: Self.size)
                    HelpOverlay.render(sections, offset: page.lastOffset, into: &b, area: b.area)
                    drawn += b.lines
                }
                for e in entries where !e.keys.isEmpty {
                    #expect(drawn.contains { $0.contains("│ " + e.keys + " ") }, "\(language) \(name): “\(e.keys)” is not drawn whole")
                    for key in english {
                        let theirs = KeyText.table.text(key, in: language).trimmingCharacters(in: ["-"])
                        let englishName = KeyText.table.text(key, in: .en).trimmingCharacters(in: ["-"])
                        guard theirs != englishName else { continue }
                        let words = e.keys.split { !$0.isLetter }.map(String.init)
                        #expect(!words.contains(englishName), "\(language) \(name): “\(e.keys)” says \(englishName), not \(theirs)")
                    }
                }
            }
        }
    }

    /// The review browser's three views and a project's details.
    @Test(arguments: languages) func theReviewBrowser(language: Language) {
        let library = ReviewFixtures.library()
        let typed = Self.typedWords(library.items.compactMap(\.session))
        Self.speaking(language) {
            for (name, keys) in [("sessions", [Key]()), ("projects", [Key("2")]), ("project-details", [Key("2"), .enter]),
                                 ("experiences", [Key("3"), Key("t")])] {
                let pilot = ReviewFixtures.pilot(library, size: Self.size)
                pilot.press(keys)
                let file = "review-\(name)-\(language.rawValue)-80x24"
                if let d = ReviewFixtures.difference(pilot.lines, snapshot: file) { Issue.record(Comment(rawValue: d)) }
                Self.checkFits(pilot.lines, measure: pilot.terminal.screen.measure, typed: typed, file)
            }
        }
    }

    /// A count takes the language's plural: French says "0 conflit" and "1 projet".
    @Test func countsFollowTheLanguagesPlural() {
        #expect(PlanText.table.format("plan.conflicts", in: .fr, ["count": "0"]) == "0 conflit")
        #expect(PlanText.table.format("plan.conflicts", in: .en, ["count": "0"]) == "0 conflicts")
        #expect(PlanText.table.format("plan.conflicts", in: .es, ["count": "0"]) == "0 conflictos")
        #expect(ProjectorText.table.format("projector.moreProjects", in: .fr, ["left": "2", "count": "1"]) == "+2 autres · 1 projet en tout")
    }

    /// The review opens a session's experiences or projects on the phase of that name, which
    /// is translated too: in Spanish `o` on a project lands on the Seguimiento phase.
    @Test func openingAMeetingFindsItsPhaseInTheLanguage() {
        Self.speaking(.es) {
            let pilot = ReviewFixtures.pilot(ReviewFixtures.library(), size: Self.size)
            pilot.press([Key("2"), Key("o")])
            #expect(pilot.lines.contains { $0.contains("[") && $0.contains("Seguimiento") }, "\(pilot.lines.joined(separator: "\n"))")
            #expect(pilot.lines.contains { $0.hasPrefix("Seguimiento · ") }, "\(pilot.lines.joined(separator: "\n"))")
        }
    }
}
