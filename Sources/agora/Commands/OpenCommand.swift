import AgoraStore
import ArgumentParser
import Foundation
import Glibc

/// `agora open FILE`: the interactive view of a session.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a session in the interactive view (press ? for keys, : for commands).",
        discussion: """
        Themes: default, light, high-contrast, mono, or NAME.json in $XDG_CONFIG_HOME/agora/themes \
        (~/.config/agora/themes). NO_COLOR is honoured.
        """)

    @Argument(help: "The session file.") var file: String
    @Option(help: "Colour theme: default, light, high-contrast, mono, or a user theme.") var theme: String?
    @Flag(help: "Look without changing anything (works while another Agora has the file open).") var readOnly = false
    @Flag(help: "Serve the participants' pages to phones at once (W starts and stops it in the view).") var serve = false
    @Option(help: "The address to serve phones on (default: this laptop's address on the local network; 127.0.0.1 for this machine only).")
    var bind: String?
    @Option(help: "The port to serve phones on (default: a free one).") var port: Int = 0

    func validate() throws {
        if readOnly && serve { throw ValidationError(TerminalCommandText.table("cli.open.serveReadOnly")) }
        guard (0...65_535).contains(port) else { throw ValidationError(TerminalCommandText.table("cli.open.notAPort", ["port": "\(port)"])) }
    }

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw StartLauncher.noTerminal(instead: TerminalCommandText.table("cli.terminal.showInstead", ["file": file]))
        }
        let store = try SessionStore.open(at: URL(fileURLWithPath: file), mode: readOnly ? .readOnly : .readWrite, clock: Clock.now)
        let status = try TUILauncher.run(store: store, themeName: theme, environment: ProcessInfo.processInfo.environment,
                                         serve: ServeOptions(atOnce: serve, bind: bind, port: port))
        if status != 0 { throw ExitCode(status) }
    }
}
