import AgoraCore
import Foundation

/// The keys every meeting screen shares: the round timer and the projector view.
public enum MeetingKey: Equatable, Sendable {
    /// `t`: start the round's countdown, pause it, or resume it.
    case startOrPauseTimer
    /// `+`: five more minutes.
    case extendTimer
    /// `T`: stop the countdown and get ready for the next round.
    case nextRound
    /// `p`: the full-screen, high-contrast view of this phase.
    case projector
}

extension MeetingKey {
    /// The shared bindings, wrapped into a screen's own action type.
    static func bindings<A: Sendable>(_ wrap: (MeetingKey) -> A) -> [KeyBinding<A>] {
        [
            KeyBinding(Key("p"), action: wrap(.projector), description: "projector view: large, for the room"),
            KeyBinding(Key("t"), action: wrap(.startOrPauseTimer), description: "round timer: start / pause / resume"),
            KeyBinding(Key("+"), action: wrap(.extendTimer), description: "round timer: five more minutes"),
            KeyBinding(Key("T"), action: wrap(.nextRound), description: "round timer: stop, next round"),
        ]
    }

    /// The bell when the round has just ended (once per end, whichever screen asks).
    /// Meeting screens return it from `tickEffects(context:)`; see the report on the
    /// platform hook that calls it.
    static func endOfRound(_ timer: SharedRoundTimer, context: ScreenContext) -> [Effect] {
        timer.update { $0.takeEndAnnouncement(at: context.now) } ? [.bell, .flash, .status("Time is up: + five more minutes, T next round")] : []
    }

    /// Performs a timer key on `timer`; returns the status message. (``projector`` is the
    /// screen's to handle.)
    func perform(on timer: SharedRoundTimer, context: ScreenContext) -> [Effect] {
        let now = context.now, rounds = context.session.rounds
        switch self {
        case .startOrPauseTimer:
            let text: String = timer.update { t in
                let minutes = rounds.indices.contains(t.round - 1) ? rounds[t.round - 1].minutes : 45
                t.startOrPause(seconds: TimeInterval(minutes * 60), at: now)
                return t.isPaused ? "Timer paused at \(t.clockText(at: now))"
                    : "Round \(t.round) timer running: \(t.clockText(at: now)) left"
            }
            return [.status(text)]
        case .extendTimer:
            let text: String = timer.update { t in
                t.extend(at: now)
                return "Five more minutes: \(t.clockText(at: now)) left"
            }
            return [.status(text)]
        case .nextRound:
            let round: Int = timer.update { t in t.nextRound(roundCount: rounds.count); return t.round }
            return [.status("Timer stopped; t starts round \(round)")]
        case .projector:
            return []
        }
    }
}
