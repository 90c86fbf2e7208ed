import AgoraCore
@testable import AgoraTUI
import Testing

/// The `?` help pages with PgDn/PgUp and goes to its ends with Home/End, as ↑/↓ scroll it a
/// line at a time; it never scrolls past its last line.
@Suite struct HelpPagingTests {
    /// "1–27 of 52" from the help box's bottom edge.
    static func position(_ pilot: Pilot) -> (first: Int, last: Int, total: Int)? {
        guard let line = pilot.lines.last(where: { $0.contains(" of ") && $0.contains("more") }),
              let match = line.firstMatch(of: /(\d+)–(\d+) of (\d+)/) else { return nil }
        return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
    }

    @Test func pageKeysPageTheHelp() throws {
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), size: Size(width: 100, height: 30))
        pilot.press("4"); pilot.press("?")
        let start = try #require(Self.position(pilot))
        #expect(start.first == 1 && start.last == 27)
        #expect(pilot.text.contains("↑/↓ PgUp/PgDn scroll"))
        pilot.press(.pageDown)
        let next = try #require(Self.position(pilot))
        #expect(next.first == min(28, start.total - 26), "\(pilot.text)")
        pilot.press(.pageUp)
        #expect(Self.position(pilot)?.first == 1)
        pilot.press(.end)
        #expect(Self.position(pilot)?.last == start.total)
        // Down past the end stays at the end, and one ↑ goes back a line at once.
        pilot.press(.down); pilot.press(.down)
        #expect(Self.position(pilot)?.last == start.total)
        pilot.press(.up)
        #expect(Self.position(pilot)?.last == start.total - 1)
        pilot.press(.home)
        #expect(Self.position(pilot)?.first == 1)
        #expect(pilot.state.overlay != nil)
    }
}
