import AgoraCore

/// What a reducer asks the runtime to do, as a value: reducers stay pure and tests can
/// assert the effects without performing them.
public enum Effect: Equatable, Sendable {
    /// Apply a Core operation through the session port; the summary or the error is shown.
    case apply(AgoraCore.Operation)
    case undo
    case redo
    case save
    /// Show a message in the status line.
    case status(String)
    /// Show an error in the status line (and ring the bell).
    case error(String)
    /// Ask first; run `onConfirm` on yes.
    case confirm(ConfirmRequest, onConfirm: [Effect])
    /// Show the projector view over the screen that asked (the whole terminal) until it is closed.
    case projector(ProjectorScreen.View, round: Int = 0)
    /// Start, pause, extend or stop the round timer (kept in the session, shown by every phase screen).
    case timer(RoundTimer.Change)
    /// Run slow work (an engine) off the loop; what it returns comes back to the screen as an action.
    case run(Work)
    /// Open the command palette with this text typed.
    case openPalette(String)
    case openHelp
    case bell
    /// Flash the screen (a visible bell), for a room that cannot hear the terminal.
    case flash
    case suspend
    case quit
}
