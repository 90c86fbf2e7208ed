/// A screen of one phase of the meeting (Setup … Outcomes): it shows the round timer (the
/// app's, in ``ScreenContext/timer``; its keys return ``Effect/timer(_:)``), and can show the
/// projector view. The timer's ticks and the projector's claim on the whole terminal are the
/// same for all of them, written once here; the bell at the end of a round is the runtime's.
public protocol MeetingPhaseScreen: Screen {
    /// The projector view, while it is shown.
    var projector: ProjectorScreen? { get }
}

extension MeetingPhaseScreen {
    /// Redraw every second while the timer runs.
    public mutating func tick(context: ScreenContext) -> Bool { context.timer.needsTicks(at: context.now) }

    /// The projector view wants the whole terminal.
    public var prefersFullScreen: Bool { projector != nil }
}
