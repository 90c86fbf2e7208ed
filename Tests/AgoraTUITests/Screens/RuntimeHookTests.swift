import AgoraCore
@testable import AgoraTUI
import Foundation
import Synchronization
import Testing

/// The runtime's hooks for the meeting screens: screen numbers, the end-of-round bell and
/// flash, and the projector on the whole terminal.
@Suite("Runtime hooks")
struct RuntimeHookTests {
    @Test func numberKeysGoToScreensUnlessTheScreenUsesThem() throws {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), session: DemoSession.make())
        pilot.press("6")
        #expect(pilot.lines[1].contains("[6 Groups]"))
        pilot.press("2")
        #expect(pilot.lines[1].contains("[2 People]"))
        pilot.press(.tab)
        #expect(pilot.lines[1].contains("[3 Topics]"))
        // On Vote, with a ballot open, digits are dots, not screens.
        var session = DemoSession.make()
        try session.apply(.voting(.open), at: ScreenFixtures.now)
        let (vote, votePort) = ScreenFixtures.pilot(MeetingScreens.make(), session: session)
        vote.press("4")
        #expect(vote.lines[1].contains("[4 Vote]"))
        vote.press("v"); vote.type("Ana Mar"); vote.press(.enter)
        #expect(vote.lines.joined().contains("Ballot of Ana María Rojas"))
        vote.press("1")
        #expect(vote.lines[1].contains("[4 Vote]"), "a digit in a ballot must not leave the screen")
        // Ana María has placed all her dots: the digit was taken as a dot, and refused by Core.
        #expect(vote.lines.joined().contains("has used all 5 dots of 5"))
        #expect(votePort.session.ballot(of: ParticipantID(15))?.dotsUsed == 5)
        _ = port
    }

    @Test func theEndOfARoundRingsAndFlashesOnce() {
        let clock = Mutex(ScreenFixtures.now)
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), clock: { clock.withLock { $0 } })
        pilot.press("t")
        clock.withLock { $0 += 51 * 60 }
        pilot.runtime.tickIfDue()
        #expect(pilot.terminal.bells == 1)
        #expect(pilot.terminal.flashes == 1)
        clock.withLock { $0 += 5 }
        pilot.runtime.tickIfDue()
        #expect(pilot.terminal.bells == 1, "the end of a round is announced once")
    }

    @Test func theProjectorGetsTheWholeTerminal() {
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make())
        #expect(pilot.lines[0].contains("Agora ·"))
        pilot.press("p")
        #expect(!pilot.lines[0].contains("Agora ·"), "no header while projecting:\n\(pilot.lines.joined(separator: "\n"))")
        #expect(!pilot.lines.last!.contains("? help"))
        pilot.press(.escape)
        #expect(pilot.lines[0].contains("Agora ·"))
    }
}

@Suite("Save indicator")
struct SaveIndicatorTests {
    @Test func theHeaderSaysWhenTheLastChangeWasSavedOrThatItWasNot() {
        let clock = Mutex(ScreenFixtures.now)
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), clock: { clock.withLock { $0 } })
        #expect(!pilot.lines[0].contains("saved"))
        pilot.press("2"); pilot.press("h")          // someone steps out: a durable change
        #expect(pilot.lines[0].hasSuffix("meeting.json · saved just now"), "\(pilot.lines[0])")
        #expect(port.lastDurableSave != nil)
        #expect(AppView.saveIndicator(ScreenFixtures.now, problem: nil, now: ScreenFixtures.now + 300) == " · saved 5 min ago")
        #expect(AppView.saveIndicator(ScreenFixtures.now, problem: "disk full", now: ScreenFixtures.now) == " · NOT SAVED")
    }
}

@Suite("Correcting activities")
struct ActivityCorrectionTests {
    @Test func activitiesAreEditedOnOneLineKeepingTheirDates() {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make())
        pilot.press("8")
        pilot.press("A")
        #expect(pilot.lines.joined().contains("Activities of “Linking traditional and new ICT industries”"))
        pilot.press(.end)
        pilot.type("; webinar on data mining every 6 months")
        pilot.press(.enter)
        let activities = port.session.project(ProjectID(1))!.activities
        #expect(activities.count == 4)
        #expect(Array(activities.prefix(3)) == Array(DemoSession.make().project(ProjectID(1))!.activities))
        #expect(activities[3].cadence == Cadence(every: 6, unit: .month))
    }

    @Test func theListKeepsUnchangedActivitiesAndReadsNewOnes() {
        let old = [Activity(kind: .event, text: "Forum in Bordeaux", due: CalendarDate("2014-10-15"), owner: "Bordeaux")]
        let list = ActivityText.list("Forum in Bordeaux;  ; online exchange every four months", keeping: old)
        #expect(list.count == 2)
        #expect(list[0] == old[0])
        #expect(list[1].cadence == Cadence(every: 4, unit: .month))
        #expect(ActivityText.line(list) == "Forum in Bordeaux; online exchange every four months")
    }
}

@Suite("Read-only hints")
struct ReadOnlyHintTests {
    @Test func aReadOnlySessionDoesNotOfferEditsInTheHintBar() {
        let (writable, _) = ScreenFixtures.pilot(MeetingScreens.make())
        writable.press("3")
        #expect(writable.lines.last!.contains("a propose a topic"))
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), readOnly: true)
        pilot.press("3")
        #expect(!pilot.lines.last!.contains("propose"), "\(pilot.lines.last!)")
        #expect(pilot.lines.last!.contains("q quit"))
    }
}
