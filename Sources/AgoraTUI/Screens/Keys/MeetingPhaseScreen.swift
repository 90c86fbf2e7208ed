/// A screen of one phase of the meeting (Setup … Outcomes): it shows the round timer (the
/// app's, in ``ScreenContext/timer``; its keys return ``Effect/timer(_:)``) and opens the
/// projector view with ``Effect/projector(_:round:)`` (the runtime shows it over the screen,
/// on the whole terminal, and gives it the keys). Only the timer's ticks are written here;
/// the bell at the end of a round is the runtime's.
public protocol MeetingPhaseScreen: Screen {}

extension MeetingPhaseScreen {
    /// Redraw every second while the timer runs.
    public mutating func tick(context: ScreenContext) -> Bool { context.timer.needsTicks(at: context.now) }
}
