import AgoraCore
import Foundation
import Testing
@testable import AgoraTUI

/// Work runs on a thread of its own, where a task-local does not reach: what it writes (the
/// grouper's explanation, the nearest rules) must still be in the language of the loop that
/// started it.
@Suite("Work off the loop speaks the loop's language")
struct WorkLanguageTests {
    @Test func theGrouperOnItsThreadWritesInTheLoopsLanguage() {
        var session = DemoSession.make()
        session.groupRules = GroupRules(minSize: 0, maxSize: 1)
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let runtime = AppRuntime(screens: [GroupsScreen()], terminal: terminal, port: MemorySessionPort(session),
                                 clock: { Date(timeIntervalSince1970: 1_371_024_000) })
        let pilot = Pilot(runtime: runtime, terminal: terminal)
        pilot.waitsForWork = false
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            pilot.press("g")
            runtime.waitForWork(timeoutMilliseconds: 60_000)
        }
        let text = pilot.text
        #expect(text.contains("créneau 1") || text.contains("porter la taille maximale des groupes"), "\(text)")
        #expect(!text.contains("Round 1 has") && !text.contains("raise the largest group size"), "\(text)")
    }
}
