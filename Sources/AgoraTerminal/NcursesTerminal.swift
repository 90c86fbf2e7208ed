import AgoraCore
import AgoraTUI
import CNcursesW
import Foundation
import Glibc

/// The ncursesw backend of ``AgoraTUI/Terminal``.
///
/// Starts with `setlocale(LC_ALL, "")` and `newterm` (a bad TERM gives a clear error
/// instead of ncurses exiting), raw mode (Ctrl-C is a key), `keypad`, `set_escdelay(25)`,
/// mouse clicks and wheel through `mousemask`, and bracketed paste. ``present(_:cursor:)``
/// writes only the cells that changed with `mvwaddnwstr`, then `wnoutrefresh` and one
/// `doupdate`.
public final class NcursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    public let colorDepth: ColorDepth
    public let measure: TextWidth
    private var previous: Buffer?
    private var styles: [(attr: attr_t, pair: Int16)]
    private var ended = false
    private var cursorVisible = true

    // Key codes we define for sequences terminfo may not know.
    private static let pasteStart = 1024 + 1, pasteEnd = 1024 + 2
    private static let extraKeys: [(String, Int32, Key)] = [
        ("\u{1b}[1;5D", 1024 + 10, Key(.left, .control)), ("\u{1b}[1;5C", 1024 + 11, Key(.right, .control)),
        ("\u{1b}[1;3D", 1024 + 12, Key(.left, .alt)), ("\u{1b}[1;3C", 1024 + 13, Key(.right, .alt)),
        ("\u{1b}[1;5A", 1024 + 14, Key(.up, .control)), ("\u{1b}[1;5B", 1024 + 15, Key(.down, .control)),
        ("\u{1b}[1;3A", 1024 + 16, Key(.up, .alt)), ("\u{1b}[1;3B", 1024 + 17, Key(.down, .alt)),
        ("\u{1b}[3;5~", 1024 + 18, Key(.delete, .control)), ("\u{1b}[1;5H", 1024 + 19, Key(.home, .control)),
        ("\u{1b}[1;5F", 1024 + 20, Key(.end, .control)),
    ]

    /// Takes over the terminal on stdin/stdout.
    /// - Throws: ``TerminalError`` when stdin or stdout is not a terminal, or TERM is unknown.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        SignalTrap.installTerminationHandlers()
        SignalTrap.installCrashGuard(fd: STDIN_FILENO)
        let termName = environment["TERM"] ?? ""
        guard !termName.isEmpty, let screen = newterm(termName, agora_stdout(), agora_stdin()) else {
            throw .unknownTerminalType(termName)
        }
        self.screen = screen
        set_term(screen)
        window = agora_stdscr()!
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        meta(window, true)
        var depth = ColorDepth.none
        if has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDepth.forTerminal(colors: Int(agora_colors()), environment: environment)
        }
        colorDepth = depth
        // The UTF-8 locale gives ncurses its widths; measure the same way. Without one,
        // fall back to the built-in table.
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        measure = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
            ? TextWidth(scalarWidth: { Int(agora_wcwidth(wchar_t(bitPattern: $0.value))) })
            : .unicode
        styles = Array(repeating: (agora_a_normal(), 0), count: StyleRole.allCases.count)
        mousemask(agora_button1_click() | agora_button1_pressed() | agora_button1_released()
                  | agora_button4_pressed() | agora_button5_pressed(), nil)
        mouseinterval(0)
        define_key("\u{1b}[200~", Int32(Self.pasteStart))
        define_key("\u{1b}[201~", Int32(Self.pasteEnd))
        for (sequence, code, _) in Self.extraKeys { define_key(sequence, code) }
        writeRaw("\u{1b}[?2004h")   // bracketed paste on
        setCursor(visible: false)
    }

    public var size: Size { Size(width: Int(agora_max_x(window)), height: Int(agora_max_y(window))) }

    private func writeRaw(_ sequence: String) {
        fflush(agora_stdout())
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    private func setCursor(visible: Bool) {
        guard visible != cursorVisible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    // MARK: Input

    /// Wakes ``poll(timeoutMilliseconds:)``: the inbox and work off the loop use it.
    public let waker: TerminalWaker? = TerminalWaker()

    /// Waits for a key or a wake: what ncurses has buffered first, then `poll(2)` on stdin and
    /// the waker's pipe together (a signal interrupts it too), then ncurses reads what came.
    public func poll(timeoutMilliseconds: Int) -> TerminalEvent? {
        if let signal = SignalTrap.take() { return .signal(signal) }
        wtimeout(window, 0)
        var ch: wint_t = 0
        var result = wget_wch(window, &ch)
        if result == agora_err(), timeoutMilliseconds != 0, let waker {
            if waker.wait(timeoutMilliseconds: timeoutMilliseconds, alsoWatching: STDIN_FILENO) { return nil }
            if let signal = SignalTrap.take() { return .signal(signal) }
            result = wget_wch(window, &ch)
        }
        if let signal = SignalTrap.take() { return .signal(signal) }
        if result == agora_err() { return nil }
        if result == agora_key_code_yes() { return functionKey(Int32(ch)) }
        guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
        if scalar.value == 27 {
            // Alt-x arrives as Esc then x; a lone Esc has nothing after it.
            wtimeout(window, 0)
            var next: wint_t = 0
            let r = wget_wch(window, &next)
            if r == agora_ok(), let s = Unicode.Scalar(UInt32(next)), s.value >= 0x20, s.value != 0x7F {
                return .key(Key(Character(s), .alt))
            }
            // Push back what followed the Esc: a character with unget_wch, a function key
            // (arrow, F-key) with ungetch, which takes key codes.
            if r == agora_ok() { unget_wch(wchar_t(bitPattern: next)) }
            else if r == agora_key_code_yes() { ungetch(Int32(next)) }
            return .key(.escape)
        }
        return .key(Key.fromInput(scalar))
    }

    private func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case agora_key_resize(): previous = nil; return .resize(size)
        case agora_key_mouse(): return mouseEvent()
        case Int32(Self.pasteStart): return .paste(readPaste())
        case agora_key_up(): return .key(.up)
        case agora_key_down(): return .key(.down)
        case agora_key_left(): return .key(.left)
        case agora_key_right(): return .key(.right)
        case agora_key_sleft(): return .key(Key(.left, .shift))
        case agora_key_sright(): return .key(Key(.right, .shift))
        case agora_key_home(): return .key(.home)
        case agora_key_end(): return .key(.end)
        case agora_key_npage(): return .key(.pageDown)
        case agora_key_ppage(): return .key(.pageUp)
        case agora_key_backspace(): return .key(.backspace)
        case agora_key_dc(): return .key(.delete)
        case agora_key_ic(): return .key(Key(.insert))
        case agora_key_enter(): return .key(.enter)
        case agora_key_btab(): return .key(.backTab)
        case (agora_key_f0() + 1)...(agora_key_f0() + 24): return .key(Key(.function(Int(code - agora_key_f0()))))
        default:
            if let extra = Self.extraKeys.first(where: { $0.1 == code }) { return .key(extra.2) }
            return nil
        }
    }

    /// Collects text up to the end-of-paste marker (or 500 ms of silence).
    private func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        wtimeout(window, 500)
        while true {
            var ch: wint_t = 0
            let r = wget_wch(window, &ch)
            if r == agora_err() { break }
            if r == agora_key_code_yes() {
                if Int32(ch) == Int32(Self.pasteEnd) { break }
                continue
            }
            if let s = Unicode.Scalar(UInt32(ch)) { scalars.append(s == "\r" ? "\n" : s) }
        }
        return String(scalars)
    }

    private func mouseEvent() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == agora_ok() else { return nil }
        let at = Position(x: Int(event.x), y: Int(event.y))
        if event.bstate & agora_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, at: at)) }
        if event.bstate & agora_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, at: at)) }
        if event.bstate & (agora_button1_click() | agora_button1_released()) != 0 { return .mouse(MouseEvent(.click, at: at)) }
        return nil
    }

    // MARK: Output

    public func apply(_ theme: Theme) {
        let resolved = theme.resolved(for: colorDepth)
        for role in StyleRole.allCases {
            let style = resolved.style(role)
            var attr = agora_a_normal()
            for a in style.attributes {
                switch a {
                case .bold: attr |= agora_a_bold()
                case .reverse: attr |= agora_a_reverse()
                case .underline: attr |= agora_a_underline()
                case .dim: attr |= agora_a_dim()
                case .italic: attr |= agora_a_italic()
                }
            }
            var pair: Int16 = 0
            if colorDepth != .none, Int(agora_color_pairs()) > role.index + 1 {
                func number(_ c: ThemeColor) -> Int16 { if case .index(let n) = c { return Int16(n) }; return -1 }
                pair = Int16(role.index + 1)
                init_pair(pair, number(style.foreground), number(style.background))
            }
            styles[role.index] = (attr, pair)
        }
        previous = nil
    }

    public func present(_ buffer: Buffer, cursor: Position?) {
        let current = size
        if buffer.size != current { previous = nil }   // a resize raced the render: redraw fully next time
        if previous == nil { werase(window) }
        let old = previous.flatMap { $0.size == buffer.size ? $0 : nil }
        let width = min(buffer.size.width, current.width), height = min(buffer.size.height, current.height)
        var lastRole: StyleRole?
        var wide: [wchar_t] = []
        for y in 0..<height {
            for x in 0..<width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if let old, old[x, y] == cell { continue }
                if x + Int(cell.width) > width { continue }
                if cell.role != lastRole {
                    let s = styles[cell.role.index]
                    agora_set_style(window, s.attr, s.pair)
                    lastRole = cell.role
                }
                wide.removeAll(keepingCapacity: true)
                for scalar in cell.text.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
                wide.append(0)
                _ = mvwaddnwstr(window, Int32(y), Int32(x), wide, Int32(wide.count - 1))
            }
        }
        if let cursor, cursor.x < current.width, cursor.y < current.height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            setCursor(visible: true)
        } else {
            setCursor(visible: false)
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    public func invalidate() {
        previous = nil
        clearok(agora_curscr(), true)
    }

    public func bell() { beep() }
    public func flash() { _ = CNcursesW.flash() }

    public func suspend() {
        writeRaw("\u{1b}[?2004l")
        endwin()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Continued: back to curses mode with a full redraw.
        writeRaw("\u{1b}[?2004h")
        invalidate()
        wrefresh(window)
    }

    public func end(writingToTerminal: Bool) {
        guard !ended else { return }
        ended = true
        if writingToTerminal {
            writeRaw("\u{1b}[?2004l")
            setCursor(visible: true)
            endwin()
        } else {
            // The terminal is gone (SIGHUP): put the modes back without writing to it.
            SignalTrap.restoreModes()
        }
    }
}
