import AgoraCore
/// What the runtime needs from a terminal. ``MemoryTerminal`` implements it for tests; the
/// ncursesw backend in AgoraTerminal for the real thing.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// The width rule this terminal advances the cursor by; buffers are measured with it.
    var measure: TextWidth { get }
    /// How many colours it can show (after `NO_COLOR`).
    var colorDepth: ColorDepth { get }

    /// Waits up to `timeoutMilliseconds` for the next event; nil when none came. Returns
    /// early (nil) when ``waker`` is woken.
    func poll(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Wakes a waiting ``poll(timeoutMilliseconds:)`` from another thread; nil when this
    /// terminal cannot be woken (the runtime then polls in short steps while other sources
    /// are attached).
    var waker: TerminalWaker? { get }
    /// Makes the screen show `buffer`, writing only the cells that changed since the last
    /// call, then puts the real cursor at `cursor` (hidden when nil).
    func present(_ buffer: Buffer, cursor: Position?)
    /// Forgets what is on screen, so the next ``present(_:cursor:)`` redraws everything.
    func invalidate()
    /// Uses `theme` for the style roles from now on.
    func apply(_ theme: Theme)
    func bell()
    func flash()
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns when the
    /// process is continued, with the screen invalidated.
    func suspend()
    /// Restores the terminal for good. With `writingToTerminal == false` (after SIGHUP) it
    /// writes nothing: the terminal is gone.
    func end(writingToTerminal: Bool)
}

extension Terminal {
    public var waker: TerminalWaker? { nil }
}

/// Colours a terminal can show.
public enum ColorDepth: Int, Comparable, Sendable {
    /// No colour (`NO_COLOR`, or a terminal without colours): attributes only.
    case none = 0
    case eight = 8
    case sixteen = 16
    case full = 256
    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth for a terminal reporting `colors` colours, honouring `NO_COLOR`.
    public static func forTerminal(colors: Int, environment: [String: String]) -> ColorDepth {
        if let v = environment["NO_COLOR"], !v.isEmpty { return .none }
        switch colors {
        case ..<8: return .none
        case 8..<16: return .eight
        case 16..<256: return .sixteen
        default: return .full
        }
    }
}
