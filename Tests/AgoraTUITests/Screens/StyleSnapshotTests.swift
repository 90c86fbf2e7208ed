import AgoraCore
import AgoraTestSupport
@testable import AgoraTUI
import Foundation
import Testing

/// Screens whose meaning is in a style, compared with a text snapshot and a style layer
/// (Snapshots/NAME.styles.txt: one ``StyleRole/letter`` per cell, `S` the selected row, `W` a
/// warning, `E` an error or refusal). `AGORA_UPDATE_SNAPSHOTS=1` rewrites both files.
@Suite struct StyleSnapshotTests {
    static func record(_ differences: [String]) {
        for d in differences { Issue.record(Comment(rawValue: d)) }
    }

    /// The row with `text`, and its style letters.
    static func row(_ pilot: Pilot, containing text: String) -> String? {
        pilot.lines.firstIndex { $0.contains(text) }.map { pilot.terminal.screen.roleLine($0) }
    }

    @Test func theSelectedRowOfAList() {
        let (pilot, _) = ScreenFixtures.pilot([PeopleScreen()])
        pilot.press("j"); pilot.press("j")
        let selected = pilot.lines.firstIndex { $0.hasPrefix("›") }
        #expect(selected != nil)
        #expect(selected.map { pilot.terminal.screen.roleLine($0).contains("SSSSSSSSSS") } == true)
        Self.record(ScreenFixtures.differences(pilot, snapshot: "people-selected-demo-80x24"))
    }

    @Test func aGroupThatBreaksARule() {
        var s = RoomRulesWiringTests.grouped()
        s.must(.setup(.setGroupRules(GroupRules(minSize: 2, maxSize: nil, maxPerCity: 1))))
        let (pilot, _) = ScreenFixtures.pilot([GroupsScreen()], session: s, size: Size(width: 100, height: 20))
        #expect(Self.row(pilot, containing: "⚠ 1 group breaks the rules")?.hasPrefix("WWWWWWWWWW") == true)
        Self.record(ScreenFixtures.differences(pilot, snapshot: "groups-breach-100x20"))
    }

    @Test func aRefusalInAForm() {
        let (pilot, port) = ScreenFixtures.pilot([PeopleScreen()])
        pilot.press("a"); pilot.type("Claire Dubois"); pilot.press(.tab); pilot.type("Bordeaux"); pilot.press(.enter)
        #expect(port.session.participants.count == 16)                  // refused: nothing added
        let refusal = pilot.lines.firstIndex { $0.contains("Claire Dubois") && $0.contains("already") }
        #expect(refusal.map { pilot.terminal.screen.roleLine($0).contains("EEEEEEEEEE") } == true)
        Self.record(ScreenFixtures.differences(pilot, snapshot: "people-refusal-demo-80x24"))
    }
}
