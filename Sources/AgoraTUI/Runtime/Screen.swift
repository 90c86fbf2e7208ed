import AgoraCore
import Foundation

/// What a screen sees besides its own state: the session and what is derived from it, the
/// clock, and the area it is drawn in (so reducers can page and scroll by the visible height).
public struct ScreenContext: Sendable {
    public var session: Session
    public var isReadOnly: Bool
    public var now: Date
    public var area: Rect
    /// The vote's results in rank order (``Tally/results(of:)``): computed once per change of
    /// the session by the runtime and shared by every screen.
    public var results: [TopicResult]
    /// The round timer, as the session keeps it.
    public var timer: RoundTimer
    /// The join address while phones are served (the projector's join view shows it); nil otherwise.
    public var joining: JoinInvitation?
    /// - Parameter results: the session's results when already computed (else computed here).
    public init(session: Session, isReadOnly: Bool = false, now: Date = Date(),
                area: Rect = Rect(x: 0, y: 2, width: 80, height: 21), results: [TopicResult]? = nil,
                timer: RoundTimer? = nil, joining: JoinInvitation? = nil) {
        self.session = session; self.isReadOnly = isReadOnly; self.now = now; self.area = area
        self.results = results ?? Tally.results(of: session); self.timer = timer ?? session.roundTimer; self.joining = joining
    }
}

/// One screen of the TUI: its state is the conforming value, its events are `Action`s (from
/// its keys, which are ``KeyBinding`` data, or sent back by ``Work`` it started), and
/// ``render(into:area:context:)`` is a pure view. It changes only when the runtime calls one
/// of its mutating hooks: ``reduce(_:context:)`` for an action, ``input(_:context:)`` for
/// typed text, ``sessionDidChange(context:)`` and ``tick(context:)``; what it wants done
/// (apply an operation, run an engine, open the projector) it returns as ``Effect`` values.
/// See the AgoraTUI article "Adding a screen".
public protocol Screen: Sendable {
    associatedtype Action: Sendable

    /// The name in the tab row and the help title.
    var title: String { get }
    /// The keys of this screen in its current state (may differ while a field is edited).
    func bindings(context: ScreenContext) -> [KeyBinding<Action>]
    /// Applies `action`; returns what the runtime should do next.
    mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect]
    /// Draws the screen into `area`. Returns where the terminal cursor goes (the focused
    /// item or text cursor), nil to hide it.
    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position?

    /// True while a text field has focus: typed characters then go to ``input(_:context:)``
    /// before any binding, so "q" types a q instead of quitting.
    var isEditingText: Bool { get }
    /// True while a dialog of the screen has the keys — a list over it (a project's
    /// activities), a ballot being filled in, a topic being merged, a person or topic being
    /// moved: the app's keys that go to another screen (1–9, Tab, `]`/`[`, Alt-→/←) do nothing
    /// then and are not listed, as under the runtime's own overlays; Esc ends the dialog.
    var holdsKeys: Bool { get }
    /// Input no binding claimed: typed text, a paste, a mouse event. Nil when not handled.
    mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]?
    /// The session changed (an operation, undo, the palette): refresh derived state.
    mutating func sessionDidChange(context: ScreenContext)
    /// Called about once a second; return true when the screen must be drawn again (a clock).
    mutating func tick(context: ScreenContext) -> Bool
    /// Called about once a second on the focused screen, after ``tick(context:)``: effects to
    /// perform now (the bell and flash when a round's time is up).
    mutating func tickEffects(context: ScreenContext) -> [Effect]
    /// True while the screen wants the whole terminal (the projector view): no header, tabs,
    /// status line or hint bar around it.
    var prefersFullScreen: Bool { get }
    /// More for the `?` overlay than the keys bound now: keys of a mode not yet open, the
    /// rules the screen applies. Drawn after the screen's keys.
    func helpNotes(context: ScreenContext) -> [HelpOverlay.Section]
    /// Whether `action` only looks — moves, searches, selects, shows details or a projector
    /// view — and so works in a read-only view (the review of a past session): it changes
    /// nothing, asks nothing and opens no form. The review offers these keys and no others.
    func worksReadOnly(_ action: Action) -> Bool
}

extension Screen {
    public var isEditingText: Bool { false }
    public var holdsKeys: Bool { false }
    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? { nil }
    public mutating func sessionDidChange(context: ScreenContext) {}
    public mutating func tick(context: ScreenContext) -> Bool { false }
    public mutating func tickEffects(context: ScreenContext) -> [Effect] { [] }
    public var prefersFullScreen: Bool { false }
    public func helpNotes(context: ScreenContext) -> [HelpOverlay.Section] { [] }
    /// None until the screen says which.
    public func worksReadOnly(_ action: Action) -> Bool { false }
}

// Generic entry points the runtime calls on `any Screen` (the existential is opened).
extension Screen {
    /// On a session open read-only (`agora open --read-only`), a key that would change something
    /// (not ``worksReadOnly(_:)``) opens no form or question: it says so.
    mutating func handleKey(_ key: Key, context: ScreenContext) -> [Effect]? {
        guard let action: Action = bindings(context: context).action(for: key) else { return nil }
        if refusesReadOnly(action, context: context) {
            return [.error(FrameText.table("frame.readOnlyKey"))]
        }
        return reduce(action, context: context)
    }
    /// The keys listed in `?` and the hints: on a read-only session, only the keys that work there.
    func helpEntries(context: ScreenContext) -> [HelpEntry] {
        bindings(context: context).filter { $0.isListedInHelp && !refusesReadOnly($0.action, context: context) }.map(\.help)
    }
    private func refusesReadOnly(_ action: Action, context: ScreenContext) -> Bool {
        context.isReadOnly && !worksReadOnly(action)
    }
    /// What finished ``Work`` sent back: reduced when it is one of this screen's actions.
    mutating func receive(_ message: any Sendable, context: ScreenContext) -> [Effect]? {
        guard let action = message as? Action else { return nil }
        return reduce(action, context: context)
    }
}
