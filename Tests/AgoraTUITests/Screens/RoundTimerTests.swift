import AgoraCore
import AgoraStore
@testable import AgoraTUI
import Foundation
import Synchronization
import Testing

/// The round timer: the countdown itself, and the keys and banner on the screens.
@Suite struct RoundTimerTests {
    let t0 = Date(timeIntervalSince1970: 1_000_000)

    @Test func startPauseResumeExtend() {
        var timer = RoundTimer()
        #expect(timer.statusText(at: t0) == nil)
        timer.startOrPause(seconds: 45 * 60, at: t0)
        #expect(timer.statusText(at: t0) == "Round 1 ▶ 45:00")
        #expect(timer.statusText(at: t0 + 61) == "Round 1 ▶ 43:59")
        timer.startOrPause(seconds: 45 * 60, at: t0 + 600)                 // pause with 35 minutes left
        #expect(timer.statusText(at: t0 + 5000) == "Round 1 ⏸ 35:00")
        timer.extend(at: t0 + 5000)
        #expect(timer.clockText(at: t0 + 5000) == "40:00")
        timer.startOrPause(seconds: 45 * 60, at: t0 + 5000)                // resume
        #expect(timer.clockText(at: t0 + 5000 + 40 * 60 - 1) == "0:01")
        let end = t0 + 5000 + 40 * 60
        #expect(timer.hasEnded(at: end))
        #expect(timer.statusText(at: end + 3) == "Round 1 ⏰ time is up")
        #expect(timer.isFlashOn(at: end) && !timer.isFlashOn(at: end + 1) && timer.isFlashOn(at: end + 2))
        #expect(!timer.isFlashOn(at: end + RoundTimer.flashSeconds + 1))
        timer.extend(at: end + 10)                                         // over: five minutes from now
        #expect(timer.clockText(at: end + 10) == "5:00")
        timer.nextRound(roundCount: 2)
        #expect(timer.round == 2 && timer.phase == .idle)
        timer.nextRound(roundCount: 2)
        #expect(timer.round == 1)
    }

    /// A clock the test moves.
    final class TestClock: Sendable {
        let now = Mutex(ScreenFixtures.now)
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
        var date: Date { now.withLock { $0 } }
    }

    @Test func theTimerShowsOnEveryScreenAndFlashesAtTheEnd() {
        let clock = TestClock()
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), clock: { clock.date })
        pilot.press("t")
        #expect(pilot.lines[2].hasSuffix("Round 1 ▶ 50:00"))               // the demo's rounds last 50 minutes
        clock.advance(20 * 60)
        pilot.press("]")
        #expect(pilot.lines[2].hasSuffix("Round 1 ▶ 30:00"))               // the same timer on the next screen
        pilot.press("+")
        #expect(pilot.lines[2].hasSuffix("Round 1 ▶ 35:00"))
        clock.advance(35 * 60)
        pilot.runtime.tickIfDue()
        pilot.runtime.present()
        #expect(pilot.lines[2].contains("TIME IS UP — round 1"))
        #expect(pilot.terminal.screen.roleLine(2).contains("E"))          // the error role: the flash
        clock.advance(1)
        pilot.runtime.present()
        #expect(!pilot.terminal.screen.roleLine(2).contains("E"))
        pilot.press("T")
        #expect(!pilot.text.contains("TIME IS UP"))
        pilot.press("t")
        #expect(pilot.lines[2].hasSuffix("Round 2 ▶ 50:00"))
    }

    /// The timer is kept in the session: a session saved with a running timer and opened again
    /// shows the same countdown, and a paused one the same time left (issue 12 item 16).
    @Test func aReopenedSessionShowsTheTimerAsItWasLeft() throws {
        let clock = TestClock()
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), clock: { clock.date })
        pilot.press("t")
        clock.advance(20 * 60)
        let saved = try SessionFile.encode(port.session)
        let (reopened, _) = ScreenFixtures.pilot(MeetingScreens.make(), session: try SessionFile.decode(saved, source: "meeting.json"),
                                                 clock: { clock.date })
        #expect(reopened.lines[2].hasSuffix("Round 1 ▶ 30:00"))
        reopened.press("t")                                               // pause, save, reopen an hour later
        #expect(reopened.lines[2].hasSuffix("Round 1 ⏸ 30:00"))
        let paused = try SessionFile.encode(reopened.runtime.port.session)
        clock.advance(3600)
        let (again, _) = ScreenFixtures.pilot(MeetingScreens.make(), session: try SessionFile.decode(paused, source: "meeting.json"),
                                              clock: { clock.date })
        #expect(again.lines[2].hasSuffix("Round 1 ⏸ 30:00"))
        again.press("t")
        clock.advance(60)
        again.runtime.present()
        #expect(again.lines[2].hasSuffix("Round 1 ▶ 29:00"))
    }

    /// Timer keys are effects on the session's timer, the same from every screen.
    @Test func timerKeysReturnTimerEffects() {
        let context = ScreenContext(session: DemoSession.make())
        var topics = TopicsScreen(), vote = VoteScreen()
        #expect(topics.reduce(.meeting(.startOrPauseTimer), context: context) == [.timer(.startOrPause)])
        #expect(vote.reduce(.meeting(.extendTimer), context: context) == [.timer(.extend)])
        #expect(vote.reduce(.meeting(.nextRound), context: context) == [.timer(.nextRound)])
    }

    @Test func theBellRingsOnceAtTheEndWhicheverScreenIsShown() {
        let clock = TestClock()
        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make(), clock: { clock.date })
        pilot.press("3"); pilot.press("t")
        clock.advance(50 * 60 - 1)
        pilot.runtime.tickIfDue()
        #expect(pilot.terminal.bells == 0)
        clock.advance(2)
        pilot.press("]")                                                   // on the Vote screen now
        pilot.runtime.tickIfDue()
        #expect(pilot.terminal.bells == 1)
        clock.advance(2)
        pilot.press("[")
        pilot.runtime.tickIfDue()
        #expect(pilot.terminal.bells == 1)
        pilot.press("+")                                                   // a new end rings again
        clock.advance(5 * 60 + 1)
        pilot.runtime.tickIfDue()
        #expect(pilot.terminal.bells == 2)
    }

    /// `p` asks for the projector as an effect; the runtime shows it on the whole terminal over
    /// the screen that asked (and only while that screen has focus); Esc closes it.
    @Test func theProjectorWantsTheWholeTerminal() {
        var vote = VoteScreen(), groups = GroupsScreen()
        let context = ScreenContext(session: DemoSession.make())
        #expect(vote.reduce(.meeting(.projector), context: context) == [.projector(.results)])
        groups.round = 1
        #expect(groups.reduce(.meeting(.projector), context: context) == [.projector(.groups, round: 1)])

        let (pilot, _) = ScreenFixtures.pilot(MeetingScreens.make())
        pilot.press("4"); pilot.press("p")
        #expect(pilot.lines[0].contains("RESULTS"))
        #expect(!pilot.text.contains("? help"))                           // no hint bar: the whole terminal
        pilot.press(.right)
        #expect(pilot.lines[0].contains("PLAN"))
        pilot.press("3")                                                   // another screen: the projector stays with Vote
        #expect(!pilot.lines[0].contains("PLAN"))
        pilot.press("4")
        #expect(pilot.lines[0].contains("PLAN"))
        pilot.press(.escape)
        #expect(pilot.text.contains("? help"))
        #expect(pilot.state.projector == nil)
    }

    @Test func theProjectorShowsTheCountdownInLargeDigits() {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let (pilot, _) = ScreenFixtures.pilot([ProjectorScreen(view: .timer)], size: size)
            pilot.press("t")
            let lines = pilot.lines
            #expect(lines.contains { $0.contains("Round 1 · 10:30–11:20") })
            let blocks = lines.map { $0.filter { $0 == "█" }.count }.reduce(0, +)
            #expect(blocks > (size.width == 200 ? 800 : 150))
        }
    }
}
