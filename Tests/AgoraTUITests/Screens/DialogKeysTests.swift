import AgoraCore
@testable import AgoraTUI
import Testing

/// While a screen's dialog holds the keys (a project's activities, a merge under way), the
/// keys that go to another screen — digits, Tab, `]`/`[` — stay on it and are not listed, as
/// under the `?` and confirmation overlays; once Esc closes it they work again.
@Suite struct DialogKeysTests {
    /// All the meeting's screens, on the Work tab with the first project selected.
    static func onWorkProject(size: Size = Size(width: 100, height: 30)) -> (Pilot, MemorySessionPort) {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), size: size)
        pilot.press("7")
        for _ in 0..<40 where !(pilot.lines.first { $0.hasPrefix("›") }?.contains("project ·") ?? false) { pilot.press("j") }
        return (pilot, port)
    }

    @Test func digitsStayInTheActivitiesList() {
        let (pilot, port) = Self.onWorkProject()
        let work = pilot.state.focus
        #expect(work == 6)
        pilot.press("A")
        #expect(pilot.text.contains("Activities of"))
        let session = port.session
        for key in [Key("5"), Key("1"), .tab, .backTab, Key("]"), Key("[")] {
            pilot.press(key)
            #expect(pilot.state.focus == work, "\(key)")
            #expect(pilot.text.contains("Activities of"), "\(key)")
        }
        // The keys that follow still act on the list, not on another screen.
        pilot.press("e")
        #expect(pilot.text.contains("Edit activity 1"))
        pilot.press(.escape); pilot.press(.escape)
        #expect(!pilot.text.contains("Activities of"))
        #expect(port.session == session)
        pilot.press("5")
        #expect(pilot.state.focus == 4)
    }

    @Test func helpAndHintsLeaveOutTheScreenKeysWhileTheListIsOpen() {
        let (pilot, _) = Self.onWorkProject(size: Size(width: 100, height: 70))
        pilot.press("?")
        #expect(pilot.text.contains("go to that screen"))
        pilot.press(.escape)
        pilot.press("A"); pilot.press("?")
        #expect(!pilot.text.contains("go to that screen"))
        #expect(!pilot.text.contains("next screen"))
    }

    @Test func digitsStayOnTopicsWhileMerging() {
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), size: Size(width: 100, height: 30))
        pilot.press("3")
        pilot.press(.end); pilot.press("m")
        #expect(pilot.text.contains("Merge “"))
        pilot.press("5")
        #expect(pilot.state.focus == 2)
        #expect(pilot.text.contains("Merge “"))
        pilot.press(.escape)
        pilot.press("5")
        #expect(pilot.state.focus == 4)
    }
}
