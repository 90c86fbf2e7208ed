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
            KeyBinding(Key("p"), action: wrap(.projector), description: CommonText.table("common.meeting.projector")),
            KeyBinding(Key("t"), action: wrap(.startOrPauseTimer), description: CommonText.table("common.meeting.timer")),
            KeyBinding(Key("+"), action: wrap(.extendTimer), description: CommonText.table("common.meeting.extend")),
            KeyBinding(Key("T"), action: wrap(.nextRound), description: CommonText.table("common.meeting.nextRound")),
        ]
    }

    /// Only the projector view works read-only: the timer keys change the session.
    var worksReadOnly: Bool { self == .projector }

    /// The effect of a key: a timer key changes the app's timer (the runtime says how it
    /// stands in the status line); ``projector`` is the screen's own to open, so nothing here.
    func perform(context: ScreenContext) -> [Effect] {
        switch self {
        case .startOrPauseTimer: [.timer(.startOrPause)]
        case .extendTimer: [.timer(.extend)]
        case .nextRound: [.timer(.nextRound)]
        case .projector: []
        }
    }
}
