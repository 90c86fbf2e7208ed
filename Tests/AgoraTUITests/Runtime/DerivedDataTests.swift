import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// Data derived from the session (the vote's results) is computed once per change by the
/// runtime and shared by every screen through the context.
@Suite("Derived data once per change")
struct DerivedDataTests {
    @Test func oneDotIsOneTallyForAllTheScreens() {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(overview: true))
        pilot.press("4")                                                   // the Vote screen
        pilot.press("o"); pilot.press("y")                                 // reopen the demo's vote
        pilot.press("v"); pilot.type("mik"); pilot.press(.enter)
        pilot.press("x"); pilot.press("y")                                 // clear his ballot
        let before = pilot.runtime.derivations
        pilot.press("4")                                                   // one dot on topic 4
        #expect(port.session.ballot(of: ParticipantID(4))?.dots == [DotMark(topic: TopicID(4), count: 1)])
        #expect(pilot.runtime.derivations == before + 1)
        // Keys that change nothing derive nothing.
        pilot.press(.escape); pilot.press("j"); pilot.press("k")
        #expect(pilot.runtime.derivations == before + 1)
        #expect(pilot.runtime.context.results == Tally.results(of: port.session))
    }
}
