/// Why the ncurses terminal could not start. The descriptions are the messages printed.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, a CI log).
    case notATerminal
    /// ncurses does not know the terminal type in TERM.
    case unknownTerminalType(String)

    /// The message without the program name.
    public var message: String {
        switch self {
        case .notATerminal:
            "the interactive view needs a terminal; use `agora show FILE` for a text summary"
        case .unknownTerminalType(let name):
            "cannot use terminal type '\(name)' (TERM). Try TERM=xterm-256color"
        }
    }

    public var description: String { "agora: " + message }
}
