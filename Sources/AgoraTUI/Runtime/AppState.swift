import Foundation

/// Everything the runtime shows that is not a screen's own state.
public struct AppState {
    /// The screens, in tab order; one has focus.
    public var screens: [any Screen]
    public var focus: Int = 0
    /// What is drawn over the focused screen and takes the keys first.
    public var overlay: Overlay?
    /// The palette (kept between openings for its history).
    public var palette = PaletteState()
    /// The message in the status line.
    public var status: StatusMessage? { didSet { if let status { lastStatus = status } } }
    /// The last message the status line showed, kept after a key clears the line: `M` shows
    /// it whole (``StatusLine``).
    public private(set) var lastStatus: StatusMessage?
    /// Set when the loop should stop.
    public var exit: ExitReason?
    /// The projector view and the screen it was opened from: shown while that screen has focus.
    public var projector: (screen: Int, view: ProjectorScreen)?
    /// The projector view over the focused screen, if any.
    public var shownProjector: ProjectorScreen? { projector.flatMap { $0.screen == focus ? $0.view : nil } }
    /// What has the keys and is drawn: the projector over the focused screen, else the screen.
    public var shownScreen: any Screen { shownProjector ?? focusedScreen }
    /// The end of the round timer (kept in the session) already announced with the bell, so
    /// that it rings once.
    public var announcedTimerEnd: Date?
    /// Work running off the loop (shown in the status line; Esc cancels the last).
    public var running: [RunningWork] = []

    public init(screens: [any Screen]) { self.screens = screens }

    public var focusedScreen: any Screen { screens[focus] }
    /// How many screens the app's keys reach now: one (no other to go to) while the focused
    /// screen's dialog holds the keys (``Screen/holdsKeys``).
    public var reachableScreens: Int { shownProjector == nil && focusedScreen.holdsKeys ? 1 : screens.count }
}

/// Something drawn over the screen.
public enum Overlay: Equatable, Sendable {
    case help(offset: Int)
    case palette
    case confirm(ConfirmRequest, onConfirm: [Effect])
    /// Several lines of output from a palette command.
    case output(title: String, lines: [String], offset: Int)
    /// The last message of the status line, whole (`M`).
    case message(StatusMessage)
}

/// A message in the status line.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}

/// Why the loop stopped.
public enum ExitReason: Equatable, Sendable {
    case quit
    case signal(TerminationSignal)

    /// A conventional exit status: 0, or 128 + the signal number.
    public var status: Int32 {
        switch self {
        case .quit: 0
        case .signal(let s): 128 + s.rawValue
        }
    }
}

/// The keys that work on every screen.
public enum AppAction: Equatable, Sendable {
    case help, palette, quit, undo, redo, nextScreen, previousScreen, redraw, suspend
    /// Start serving phones (the projector shows the join QR code), or stop.
    case serve
    /// Show the last message of the status line whole.
    case lastMessage
    /// Go to screen n (1-based), as numbered in the tab row.
    case showScreen(Int)

    /// The app's keys, described in the language people read now.
    public static var bindings: [KeyBinding<AppAction>] {
        let t = FrameText.table
        return [
            KeyBinding(Key("?"), action: .help, description: t("frame.key.help"), showsInHints: true),
            KeyBinding(Key(":"), action: .palette, description: t("frame.key.command"), showsInHints: true),
            KeyBinding(Key("u"), action: .undo, description: t("frame.key.undo")),
            KeyBinding(.ctrl("r"), action: .redo, description: t("frame.key.redo")),
            KeyBinding(.ctrl("l"), action: .redraw, description: t("frame.key.redraw")),
            KeyBinding(keys: [Key(.right, .alt), Key("]"), .tab], action: .nextScreen, description: t("frame.key.nextScreen")),
            KeyBinding(keys: [Key(.left, .alt), Key("["), .backTab], action: .previousScreen, description: t("frame.key.previousScreen")),
            KeyBinding(Key("W"), action: .serve, description: t("frame.key.serve")),
            KeyBinding(Key("M"), action: .lastMessage, description: StatusText.table("status.key.lastMessage")),
            KeyBinding(.ctrl("z"), action: .suspend, description: t("frame.key.suspend")),
            KeyBinding(keys: [Key("q"), .ctrl("c")], action: .quit, description: t("frame.key.saveAndQuit"), showsInHints: true),
        ] + screenNumbers
    }

    /// 1–9 go to that screen (a screen's own use of digits, such as ballots, comes first).
    static var screenNumbers: [KeyBinding<AppAction>] {
        (1...9).map { n in
            KeyBinding(Key(Character(String(n))), action: .showScreen(n), description: FrameText.table("frame.key.screen", ["n": "\(n)"]))
        }
    }

    /// The keys that work: on a read-only session, none that would change it (undo, redo,
    /// serving phones); with one screen, none that go to another.
    public static func bindings(readOnly: Bool, screens: Int) -> [KeyBinding<AppAction>] {
        bindings.filter { binding in
            switch binding.action {
            case .undo, .redo, .serve: !readOnly
            case .nextScreen, .previousScreen, .showScreen: screens > 1
            default: true
            }
        }
    }

    /// The keys that work as help lists them: the nine screen numbers as one line; "quit"
    /// rather than "save and quit" when nothing can be saved.
    public static func helpEntries(readOnly: Bool, screens: Int = 9) -> [HelpEntry] {
        bindings(readOnly: readOnly, screens: screens).compactMap { binding -> HelpEntry? in
            if case .showScreen = binding.action { return nil }
            var help = binding.help
            if binding.action == .quit && readOnly { help.description = FrameText.table("frame.key.quit") }
            return help
        } + (screens > 1 ? [HelpEntry(keys: "1–9", description: FrameText.table("frame.key.screens"))] : [])
    }
}
