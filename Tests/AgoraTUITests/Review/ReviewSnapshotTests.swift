import AgoraCore
@testable import AgoraTUI
import Testing

/// The review browser's views as text, at 80×24 and 120×40, and what an opened session offers
/// at 80×24, 100×30 and 200×60 (`AGORA_UPDATE_SNAPSHOTS=1` records).
@Suite struct ReviewSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Presses `keys` on a fresh pilot of `size` and compares the screen with `name`-WxH.txt.
    /// With `chromeOnly`, only the rows this browser draws around an opened session (the
    /// header, the session's title, the phase tabs, the status line and hints) are compared:
    /// the phase itself is the meeting screens' to test.
    func check(_ name: String, size: Size, keys: [Key] = [], chromeOnly: Bool = false,
               sourceLocation: SourceLocation = #_sourceLocation) {
        let pilot = ReviewFixtures.pilot(size: size)
        pilot.press(keys)
        let file = "review-\(name)-\(size.width)x\(size.height)"
        let lines = chromeOnly ? Array(pilot.lines.prefix(3) + pilot.lines.suffix(2)) : pilot.lines
        if let difference = ReviewFixtures.difference(lines, snapshot: file) {
            Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: sizes) func sessions(size: Size) { check("sessions", size: size) }

    @Test(arguments: sizes) func unreadableSelected(size: Size) { check("unreadable", size: size, keys: [.end]) }

    @Test(arguments: sizes) func projects(size: Size) { check("projects", size: size, keys: [Key("2")]) }

    @Test(arguments: sizes) func projectDetails(size: Size) { check("project-details", size: size, keys: [Key("2"), .enter]) }

    @Test(arguments: sizes) func experiences(size: Size) { check("experiences", size: size, keys: [Key("3"), Key("t")]) }

    @Test(arguments: sizes) func openedSession(size: Size) { check("opened", size: size, keys: [.enter], chromeOnly: true) }

    @Test(arguments: sizes) func openedGroups(size: Size) {
        check("opened-groups", size: size, keys: [.enter, Key("["), Key("["), Key("[")], chromeOnly: true)
    }

    @Test(arguments: sizes) func openedOutcomes(size: Size) {
        check("opened-outcomes", size: size, keys: [Key("2"), Key("o")], chromeOnly: true)
    }

    // Issue 12 item 14: what an opened session offers, at the projected sizes.
    static let projected = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 60)]

    @Test(arguments: projected) func openedHints(size: Size) {
        check("opened-topics-hints", size: size, keys: [.enter, Key("3")], chromeOnly: true)
    }

    @Test(arguments: projected) func openedHelp(size: Size) {
        check("opened-topics-help", size: size, keys: [.enter, Key("3"), Key("?")])
    }

    @Test(arguments: projected) func projectorHelp(size: Size) {
        check("projector-help", size: size, keys: [.enter, Key("3"), Key("p"), Key("?")])
    }
}

extension Pilot {
    /// Presses several keys in order.
    func press(_ keys: [Key]) { send(keys.map { .key($0) }) }
}
