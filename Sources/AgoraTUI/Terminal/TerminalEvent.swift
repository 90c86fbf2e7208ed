/// Something the terminal reports to the runtime.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// Text pasted in one go (bracketed paste), delivered whole rather than as keys.
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(Size)
    /// A termination signal arrived (the handler only set a flag; the loop turns it into this).
    case signal(TerminationSignal)
}

/// A mouse click or wheel step at a cell.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var position: Position
    public init(_ kind: Kind, at position: Position) { self.kind = kind; self.position = position }
}

/// The signals that end the program. Each saves the session first.
public enum TerminationSignal: Int32, Equatable, Sendable, CaseIterable {
    case interrupt = 2, quit = 3, terminate = 15, hangup = 1

    /// On a hang-up the terminal is gone: save, but write nothing to it.
    public var terminalIsGone: Bool { self == .hangup }
    public var name: String {
        switch self {
        case .interrupt: "SIGINT"
        case .quit: "SIGQUIT"
        case .terminate: "SIGTERM"
        case .hangup: "SIGHUP"
        }
    }
}
