import AgoraCore
@testable import AgoraTUI
import Testing

/// A status message wider than the screen keeps its advice on the line, the hint bar says
/// that `M` shows it whole, and `M` does — even after a key has cleared the line.
@Suite struct StatusLineTests {
    static let long = "Groups: 10000–room size people; warning, groups formed before break them: round 1: “Data mining for SMEs” has 3 people, "
        + "groups have at least 4; round 2: “Bike lanes that connect” has 9 people, groups have at most 8. Form the groups again with g"

    @Test func aLongMessageCanBeReadWholeWithM() {
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), size: Size(width: 100, height: 30))
        pilot.runtime.perform([.status(Self.long)])
        pilot.runtime.present()
        let status = pilot.lines[28]
        #expect(status.contains("Groups:") && !status.contains("groups have at most 8"), "\(status)")
        #expect(pilot.lines[29].hasPrefix("M whole message"), "\(pilot.lines[29])")
        pilot.press("j")                                        // a key clears the line…
        #expect(!pilot.lines[28].contains("Groups:"))
        #expect(!pilot.lines[29].contains("whole message"))
        pilot.press("M")                                        // …and M still shows the message whole
        let box = pilot.lines.compactMap { line -> String? in
            guard let open = line.range(of: "│ "), let close = line.range(of: " │", options: .backwards),
                  open.upperBound <= close.lowerBound else { return nil }
            return String(line[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
        #expect(pilot.text.contains("Last message — any key closes"))
        #expect(box.contains(Self.long), "\(pilot.text)")
        pilot.press("x")                                        // any key closes it
        #expect(!pilot.text.contains("Last message"))
        #expect(pilot.state.overlay == nil)
    }

    @Test func aMessageThatFitsHasNoMarker() {
        let (pilot, _) = ScreenFixtures.pilot([PeopleScreen()], size: Size(width: 80, height: 24))
        pilot.runtime.perform([.status("Saved meeting.json")])
        pilot.runtime.present()
        #expect(pilot.lines[22].trimmingCharacters(in: .whitespaces) == "Saved meeting.json")
        #expect(!pilot.lines[23].contains("whole message"))
    }

    @Test func helpListsTheKey() {
        let (pilot, _) = ScreenFixtures.pilot([PeopleScreen()], size: Size(width: 100, height: 60))
        pilot.press("?")
        #expect(pilot.text.contains("show the last message of the status line whole"))
    }

    @Test func mWithNoMessageYetOpensNothing() {
        let (pilot, _) = ScreenFixtures.pilot([PeopleScreen()], size: Size(width: 80, height: 24))
        pilot.press("M")
        #expect(pilot.state.overlay == nil)
    }
}
