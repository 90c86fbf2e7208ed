import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The round timer is part of the session: it changes through the reducer, with the moment
/// carried by the operation.
@Suite("Round timer in the session")
struct RoundTimerRulesTests {
    let t0 = Fixture.date

    @Test func startPauseResumeAndNextRoundGoThroughTheReducer() {
        var s = Fixture.session()
        #expect(s.timer == nil)
        #expect(s.roundTimer == RoundTimer())
        s.must(.plan(.timer(.startOrPause, at: t0)))
        #expect(s.timer?.phase == .running(endsAt: t0 + 45 * 60))   // the fixture's rounds last 45 minutes
        #expect(s.log.last?.text == "Round 1 timer running: 45:00 left")
        s.must(.plan(.timer(.startOrPause, at: t0 + 600)))
        #expect(s.timer?.phase == .paused(remaining: 35 * 60))
        #expect(s.log.last?.text == "Timer paused at 35:00")
        s.must(.plan(.timer(.extend, at: t0 + 5000)))
        #expect(s.timer?.phase == .paused(remaining: 40 * 60))
        s.must(.plan(.timer(.startOrPause, at: t0 + 6000)))
        #expect(s.timer?.phase == .running(endsAt: t0 + 6000 + 40 * 60))
        s.must(.plan(.timer(.nextRound, at: t0 + 6100)))
        #expect(s.timer == RoundTimer(phase: .idle, round: 2))
        s.must(.plan(.timer(.nextRound, at: t0 + 6200)))             // two rounds: back to round 1, the default
        #expect(s.timer == nil)
    }

    @Test func theEndIsKeptToTheWholeSecondAsTheFileWritesIt() {
        var s = Fixture.session()
        s.must(.plan(.timer(.startOrPause, at: t0 + 0.75)))
        #expect(s.timer?.endsAt == t0 + 45 * 60)
        s.must(.plan(.timer(.startOrPause, at: t0 + 100.5)))         // 2599.5 s left: counted as 2600
        #expect(s.timer?.phase == .paused(remaining: 2600))
    }

    @Test func aTimerPastAWeekIsRefusedAndLeavesTheTimerAsItWas() {
        var s = Fixture.session()
        s.must(.plan(.timer(.startOrPause, at: t0)))
        s.must(.plan(.timer(.startOrPause, at: t0)))                 // paused with 45 minutes
        for _ in 0..<2007 { s.must(.plan(.timer(.extend, at: t0))) }  // 45 + 2007 × 5 = 10080 minutes: a week
        #expect(s.timer?.phase == .paused(remaining: 604_800))
        let before = s.timer
        let error = s.failure(of: .plan(.timer(.extend, at: t0)))
        #expect(error?.message == "The timer would have 10085 minutes left; it counts at most a week")
        #expect(error?.hint == "Press T to stop it and t to start the round again")
        #expect(s.timer == before)
    }

    @Test func aMeetingWithoutRoundsTimesFortyFiveMinutesAndStaysAtRoundOne() throws {
        var s = try SessionSetup(meeting: Meeting(title: "M", hostCity: "Lyon", date: CalendarDate("2013-05-20")!, area: .economy),
                                 rooms: [], rounds: 0, dots: 3).makeSession(at: t0)
        s.must(.plan(.timer(.startOrPause, at: t0)))
        #expect(s.timer?.endsAt == t0 + 45 * 60)
        s.must(.plan(.timer(.nextRound, at: t0)))
        #expect(s.roundTimer.round == 1)
    }

    @Test func undoingATimerChangeGivesTheTimerBefore() throws {
        var history = SessionHistory(Fixture.session())
        #expect(try history.apply(.plan(.timer(.startOrPause, at: t0)), at: t0) == "Round 1 timer running: 45:00 left")
        #expect(history.session.roundTimer.isRunning)
        _ = try history.undo(at: t0)
        #expect(history.session.timer == nil)
    }
}
