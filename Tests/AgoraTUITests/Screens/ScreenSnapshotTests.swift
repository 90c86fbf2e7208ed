import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// Every meeting screen drawn at 80×24 and 200×60, on the demo and on a meeting written
/// in several scripts (CJK, Arabic, accents, emoji), compared with the text files in
/// Snapshots/ (`AGORA_UPDATE_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests` rewrites them).
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]

    static func screens() -> [(String, any Screen)] {
        var projectors: [(String, any Screen)] = []
        for view in ProjectorScreen.View.allCases {
            projectors.append(("projector-\(view)", ProjectorScreen(view: view)))
        }
        return [("setup", SetupScreen()), ("people", PeopleScreen()), ("topics", TopicsScreen()), ("vote", VoteScreen()),
                ("plan", PlanScreen()), ("groups", GroupsScreen()), ("work", WorkScreen()), ("outcomes", OutcomesScreen()),
                ("start", StartScreen(entries: StartScreenTests.entries))] + projectors
    }

    static let sessions: [(String, @Sendable () -> Session)] = [("demo", DemoSession.make), ("scripts", ScreenFixtures.multilingual)]

    @Test(arguments: [0, 1])
    func everyScreenMatchesItsSnapshot(sessionIndex: Int) {
        let (sessionName, make) = Self.sessions[sessionIndex]
        let session = make()
        for (name, screen) in Self.screens() {
            for size in Self.sizes {
                let lines = ScreenFixtures.lines(screen, session: session, size: size)
                #expect(lines.count == size.height)
                let file = "\(name)-\(sessionName)-\(size.width)x\(size.height)"
                if let difference = ScreenFixtures.difference(lines, snapshot: file) { Issue.record(Comment(rawValue: difference)) }
            }
        }
    }

    /// No cell is left half of a wide character and no row is wider than the screen, whatever
    /// the script.
    @Test func wideTextNeverOverflowsARow() {
        let session = ScreenFixtures.multilingual()
        for (_, screen) in Self.screens() {
            for size in Self.sizes + [Size(width: 41, height: 12), Size(width: 57, height: 17)] {
                let (pilot, _) = ScreenFixtures.pilot([screen], session: session, size: size)
                for line in pilot.lines { #expect(pilot.terminal.screen.measure.width(line) <= size.width) }
            }
        }
    }

    @Test func formsAndPickersAtBothSizes() {
        for size in Self.sizes {
            let (pilot, _) = ScreenFixtures.pilot([TopicsScreen()], session: ScreenFixtures.multilingual(), size: size)
            pilot.press("a"); pilot.type("Données ouvertes 2"); pilot.press(.tab); pilot.type("李")
            if let d = ScreenFixtures.difference(pilot.lines, snapshot: "topics-propose-scripts-\(size.width)x\(size.height)") {
                Issue.record(Comment(rawValue: d))
            }
            let (vote, _) = ScreenFixtures.pilot([VoteScreen()], session: ScreenFixtures.multilingual(), size: size)
            vote.press("o"); vote.press("y"); vote.press("v"); vote.type("فا"); vote.press(.enter); vote.type("3")
            if let d = ScreenFixtures.difference(vote.lines, snapshot: "vote-ballot-scripts-\(size.width)x\(size.height)") {
                Issue.record(Comment(rawValue: d))
            }
        }
    }

    /// `p` on a phase screen: the projector inside the app, below the tab row.
    @Test func theProjectorOpenedFromEachPhase() {
        for size in Self.sizes {
            let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), size: size)
            for (tab, name) in [(3, "vote"), (4, "plan"), (5, "groups")] {
                while pilot.state.focus != tab { pilot.press("]") }
                pilot.press("p")
                if let d = ScreenFixtures.difference(pilot.lines, snapshot: "projector-from-\(name)-demo-\(size.width)x\(size.height)") {
                    Issue.record(Comment(rawValue: d))
                }
                pilot.press(.escape)
            }
        }
    }
}
