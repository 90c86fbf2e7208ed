import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// Issue 12's screens where text did not fit, drawn at the projected sizes and compared with
/// Snapshots/ (`AGORA_UPDATE_SNAPSHOTS=1 swift test --filter TextFitScreenTests` rewrites them).
@Suite struct TextFitScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 60)]

    static func check(_ lines: [String], _ name: String) {
        if let d = ScreenFixtures.difference(lines, snapshot: name) { Issue.record(Comment(rawValue: d)) }
    }

    /// A pilot on every meeting tab and the overview, focused on tab `tab` (0-based).
    static func meeting(on tab: Int, size: Size, session: Session = DemoSession.make()) -> Pilot {
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(overview: true), session: session, size: size)
        while pilot.state.focus != tab { pilot.press("]") }
        return pilot
    }

    /// The tab row shows every number and the active title whole at 80 columns and up.
    @Test func theTabRowFitsAtEverySize() {
        for size in Self.sizes {
            let pilot = Self.meeting(on: 7, size: size)
            let tabs = pilot.lines[1]
            #expect(tabs.contains("[8 Outcomes]"), "\(size): \(tabs)")
            for n in 1...9 { #expect(tabs.contains("\(n)"), "\(size): \(tabs)") }
            Self.check(pilot.lines, "app-outcomes-demo-\(size.width)x\(size.height)")
        }
    }

    /// What does not fit at 80×24 is counted, never dropped unsaid: the results chart ends
    /// with how many more there are and the key that shows them all.
    @Test func theResultsChartCountsTheRowsItHasNoRoomFor() throws {
        let lines = ScreenFixtures.lines(VoteScreen(), size: Size(width: 80, height: 24))
        let topics = DemoSession.make().activeTopics.count
        let chart = lines.filter { $0.range(of: #"^\d+\. .*█"#, options: .regularExpression) != nil }
        let more = try #require(lines.first { $0.hasSuffix("more · p shows every result") }, "\(lines.joined(separator: "\n"))")
        let hidden = try #require(Int(more.dropFirst().prefix { $0.isNumber }))
        #expect(chart.count + hidden == topics, "\(chart.count) drawn + \(hidden) counted, of \(topics)")
        // With room for every topic, no count.
        let tall = ScreenFixtures.lines(VoteScreen(), size: Size(width: 200, height: 60))
        #expect(!tall.contains { $0.contains("p shows every result") })
    }

    /// A project's detail at 80×24 keeps one row per line (cut with "…") before it drops any,
    /// and counts what it drops.
    @Test func aProjectsDetailCountsWhatItHasNoRoomFor() {
        var s = DemoSession.make()
        let p = s.projects[0]
        var fields = p.fields
        fields.nextSteps = (1...12).map { "Next step number \($0), with enough words to need a second row at eighty columns" }
        try! s.apply(.work(.editProject(p.id, fields)), at: ScreenFixtures.now)
        let lines = ScreenFixtures.lines(OutcomesScreen(), session: s, size: Size(width: 80, height: 24))
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Next steps"), "\(text)")
        #expect(lines.contains { $0.range(of: #"^\+\d+ more lines · a taller terminal shows them"#, options: .regularExpression) != nil }, "\(text)")
        #expect(text.contains("• Next step number 1, with enough words"), "\(text)")
        // One row each: the first step is cut on its row, not wrapped onto the next.
        #expect(!lines.contains { $0.hasPrefix("eighty columns") }, "\(text)")
    }

    /// The Setup tab's voting row says whether voting is open before the rules' details, so
    /// that 80 columns show it (it was the cut word at the end).
    @Test func theVotingRowShowsItsStatusAtEightyColumns() {
        let lines = ScreenFixtures.lines(SetupScreen(), size: Size(width: 80, height: 24))
        #expect(lines.contains { $0.contains("Voting   dots · closed · 5 each") }, "\(lines.joined(separator: "\n"))")
    }

    /// A ballot's line at 80 columns keeps what is left to place and the keys that place and
    /// take back a dot, whole, in every language: the city goes first, then the name is cut
    /// (to 8 columns at least), then the last keys go whole (English keeps them all).
    @Test(arguments: Language.allCases)
    func aBallotsKeysStayWholeAtEightyColumns(language: Language) {
        LanguageSnapshotTests.reading(language) {
            var s = VoteOpeningTests.openVote(people: 2)
            try! s.apply(.people(.add(ParticipantFields(name: "Maria de los Ángeles Fernández-Villaverde y Castro", city: "San Sebastián de los Reyes"))),
                         at: ScreenFixtures.now)
            let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: s, size: Size(width: 80, height: 24))
            pilot.press("v"); pilot.type("Maria"); pilot.press(.enter)
            let keys = VoteText.table("vote.mode.ballotKeys").components(separatedBy: " · ").filter { !$0.isEmpty }
            let left = VoteText.table("vote.left.dots", ["left": "3", "dots": DomainWord.dot.noun(in: language)(3)])
            let line = pilot.lines.first { $0.contains(left) }
            #expect(line?.contains("Maria") == true, "\(pilot.text)")
            #expect(line?.contains(" · " + keys[0] + " · " + keys[1]) == true, "\(line ?? "")")
            #expect(!(line ?? "").hasSuffix("…"), "\(line ?? "")")
            if language == .en { #expect(line?.hasSuffix(keys.joined(separator: " · ")) == true, "\(line ?? "")") }
        }
    }

    /// The Vote tab after voting closed: every tied row carries the legend's "†", and the
    /// scroll bar has its own column next to the totals.
    @Test func theVoteTabAfterClose() {
        for size in Self.sizes + [Size(width: 100, height: 14), Size(width: 40, height: 10)] {
            let lines = ScreenFixtures.lines(VoteScreen(), size: size)
            Self.check(lines, "vote-closed-demo-\(size.width)x\(size.height)")
            let text = lines.joined(separator: "\n")
            if text.contains("† tied on points") {
                #expect(lines.contains { $0.contains("†") && $0.contains("█") }, "\(size)")
            }
        }
        for size in [Size(width: 100, height: 14), Size(width: 40, height: 10)] {
            let lines = ScreenFixtures.lines(VoteScreen(), size: size)
            // The first topic (14 dots) keeps its whole total beside the scroll bar's thumb.
            #expect(lines.contains { $0.hasSuffix("14┃") }, "\(size):\n\(lines.joined(separator: "\n"))")
        }
    }

    /// The cap rule's message keeps its advice in the status line.
    @Test func theCapRuleKeepsItsAdvice() {
        for size in Self.sizes {
            let pilot = Self.meeting(on: 3, size: size)
            let name = DemoSession.make().participants[0].name
            pilot.press("o"); pilot.press("y"); pilot.press("v"); pilot.type(name); pilot.press(.enter)
            pilot.press("x"); pilot.press("y")
            for _ in 0..<4 { pilot.press("1") }
            let status = pilot.lines[size.height - 2]
            #expect(status.hasSuffix("Place the rest on other topics"), "\(size): \(status)")
            Self.check(pilot.lines, "vote-cap-demo-\(size.width)x\(size.height)")
        }
    }

    /// `?` on the Vote tab explains the ballot keys before a ballot is open, and says that it scrolls.
    @Test func theVoteHelpExplainsTheBallotAndScrolls() {
        for size in Self.sizes {
            let pilot = Self.meeting(on: 3, size: size)
            pilot.press("?")
            Self.check(pilot.lines, "help-vote-demo-\(size.width)x\(size.height)")
            var text = pilot.lines.joined(separator: "\n")
            for _ in 0..<40 { pilot.press(.down); text += pilot.lines.joined(separator: "\n") }
            #expect(text.contains("In a ballot"), "\(size)")
            #expect(text.contains("take a dot back"), "\(size)")
            if size.height < 40 { #expect(text.contains("↓ more"), "\(size)") }
        }
    }

    /// The Groups help states the cities-per-group rule of the session.
    @Test func theGroupsHelpStatesTheCityRule() {
        let pilot = Self.meeting(on: 5, size: Size(width: 100, height: 30))
        pilot.press("?")
        var text = ""
        for _ in 0..<30 { text += pilot.lines.joined(separator: "\n"); pilot.press(.down) }
        let rules = DemoSession.make().groupRules
        if let k = rules.maxPerCity {
            #expect(text.contains("at most \(CountedNoun.person(k)) of one city in a group"))
        } else {
            #expect(text.contains("no limit of people per city"))
        }
    }

    /// `?` over the projector leaves the projector whole: no app header or tabs drawn over it.
    @Test func helpOverTheProjector() {
        for size in Self.sizes {
            let pilot = Self.meeting(on: 3, size: size)
            pilot.press("p"); pilot.press("?")
            #expect(pilot.lines[0].contains("RESULTS"), "\(size): \(pilot.lines[0])")
            #expect(!pilot.lines.joined().contains("Agora ·"))
            #expect(pilot.lines.joined().contains("Projector"))
            Self.check(pilot.lines, "help-projector-demo-\(size.width)x\(size.height)")
        }
    }

    /// The projector's results and candidate projects, reached with → and listed in its help.
    @Test func projectorResultsAndProjects() {
        for size in Self.sizes {
            let pilot = Self.meeting(on: 3, size: size)
            pilot.press("p")
            Self.check(pilot.lines, "projector-app-results-demo-\(size.width)x\(size.height)")
            #expect(!pilot.lines.joined().contains("…"), "\(size): the tie-break rule is whole")
            while !pilot.lines[0].contains("PROJECTS") { pilot.press(.right) }
            Self.check(pilot.lines, "projector-app-projects-demo-\(size.width)x\(size.height)")
            let demo = DemoSession.make()
            if let first = demo.projects.first(where: { $0.status != .dropped }) {
                #expect(pilot.lines.joined().contains(String(first.title.prefix(20))))
                #expect(pilot.lines.joined().contains("Lead: \(first.leadCity)"))
            }
        }
        let help = ProjectorScreen().bindings(context: ScreenContext(session: DemoSession.make())).map(\.help.description)
        #expect(help.contains("next view: results, plan, groups, projects, timer, join"))
    }
}
