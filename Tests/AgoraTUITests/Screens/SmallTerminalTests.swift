import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// Every screen, with its forms, pickers and projector open, survives any terminal size and
/// draws within it.
@Suite struct SmallTerminalTests {
    @Test func everyScreenSurvivesResizesWithItsOverlaysOpen() {
        let sizes = [Size(width: 40, height: 10), Size(width: 1, height: 1), Size(width: 43, height: 11),
                     Size(width: 200, height: 60), Size(width: 61, height: 13)]
        let keySets: [[Key]] = [[Key("a")], [Key("n")], [Key("e")], [Key("v"), Key("c")], [Key("m")], [Key("p"), .right, .right],
                                [Key("/"), Key("x")], [Key("f"), Key("m")], [Key("o"), Key("v"), Key("a"), .enter, Key("1")]]
        for session in [DemoSession.make(), ScreenFixtures.multilingual(), StartScreen.placeholderSession] {
            for keys in keySets {
                let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(overview: true) + [StartScreen(entries: [])], session: session,
                                                      size: Size(width: 40, height: 10))
                for _ in 0..<4 {
                    pilot.send(keys.map { .key($0) })
                    for size in sizes {
                        pilot.resize(size.width, size.height)
                        // What is drawn fits the new size: as many rows, none wider than the terminal.
                        let lines = pilot.lines, measure = pilot.terminal.screen.measure
                        #expect(lines.count == size.height, "\(keys) at \(size)")
                        for line in lines where measure.width(line) > size.width {
                            Issue.record("\(keys) at \(size.width)×\(size.height): a line of width \(measure.width(line)): \(line)")
                        }
                    }
                    pilot.press(.escape)
                    pilot.press("]")
                }
                #expect(pilot.exit == nil)
            }
        }
    }
}
