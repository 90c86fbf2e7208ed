/// A screen of one phase of the meeting (Setup … Outcomes): it shares the round timer, and
/// can show the projector view. The timer's ticks, the bell at the end of a round and the
/// projector's claim on the whole terminal are the same for all of them, written once here.
public protocol MeetingPhaseScreen: Screen {
    /// The round timer shared by every phase screen of the meeting.
    var timer: SharedRoundTimer { get }
    /// The projector view, while it is shown.
    var projector: ProjectorScreen? { get }
}

extension MeetingPhaseScreen {
    /// Redraw every second while the timer runs.
    public mutating func tick(context: ScreenContext) -> Bool { timer.value.needsTicks(at: context.now) }

    /// The bell and flash at the end of the round, once.
    public mutating func tickEffects(context: ScreenContext) -> [Effect] { MeetingKey.endOfRound(timer, context: context) }

    /// The projector view wants the whole terminal.
    public var prefersFullScreen: Bool { projector != nil }
}
