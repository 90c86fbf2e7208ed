import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The start screen ends with a choice the composition root acts on.
@Suite struct StartScreenTests {
    static let entries = [
        StartScreen.Entry(title: "Mini BarCamp Smart Economy", path: "/s/bordeaux-2013.json", detail: "Bordeaux · 2013-05-20 · 16 people"),
        StartScreen.Entry(title: "Smart Mobility", path: "/s/lyon-2024.json", detail: "Lyon · 2024-05-02 · 40 people"),
    ]

    static func pilot() -> Pilot {
        ScreenFixtures.pilot([StartScreen(entries: entries)], session: StartScreen.placeholderSession).0
    }

    @Test func openARecentSession() {
        let pilot = Self.pilot()
        #expect(pilot.text.contains("Smart Mobility · Lyon · 2024-05-02 · 40 people"))
        pilot.press("j"); pilot.press("j"); pilot.press("j"); pilot.press(.enter)
        #expect(pilot.exit == .quit)
        #expect(StartScreen.choice(of: pilot.runtime) == .open(path: "/s/lyon-2024.json"))
    }

    @Test func openTheDemo() {
        let pilot = Self.pilot()
        pilot.press("d")
        #expect(StartScreen.choice(of: pilot.runtime) == .demo)
    }

    @Test func quittingChoosesNothing() {
        let pilot = Self.pilot()
        pilot.press("q")
        #expect(pilot.exit == .quit)
        #expect(StartScreen.choice(of: pilot.runtime) == nil)
    }

    @Test func aNewSessionIsCheckedByCoreBeforeTheScreenEnds() {
        let pilot = Self.pilot()
        pilot.press("n")
        #expect(pilot.text.contains("New session"))
        pilot.type("Rencontre des villes"); pilot.press(.tab); pilot.type("Montréal")
        pilot.press(.tab); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("sport")
        pilot.press(.enter)
        #expect(pilot.exit == nil)
        #expect(pilot.text.contains("Focus area: one of economy"))
        pilot.press(.ctrl("u")); pilot.type("living")
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("Agora:30, Forum:12")
        pilot.press(.enter)
        #expect(pilot.exit == .quit)
        guard case .create(let setup)? = StartScreen.choice(of: pilot.runtime) else { Issue.record("no setup"); return }
        #expect(setup.meeting.title == "Rencontre des villes")
        #expect(setup.meeting.hostCity == "Montréal")
        #expect(setup.meeting.area == .living)
        #expect(setup.meeting.date == CalendarDate("2013-05-20"))        // today, by the injected clock
        #expect(setup.rooms == [RoomSpec(name: "Agora", capacity: 30), RoomSpec(name: "Forum", capacity: 12)])
        #expect(setup.rounds == 2 && setup.dots == 5)
    }

    @Test func searchTheRecentSessions() {
        let pilot = Self.pilot()
        pilot.press("/"); pilot.type("lyon")
        #expect(!pilot.text.contains("Smart Economy · Bordeaux"))
        #expect(pilot.text.contains("Smart Mobility"))
    }
}
