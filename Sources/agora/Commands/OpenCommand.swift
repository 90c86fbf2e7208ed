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

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UserFacingError("the interactive view needs a terminal; use `agora show \(file)` for a text summary")
        }
        let store = try SessionStore.open(at: URL(fileURLWithPath: file), mode: readOnly ? .readOnly : .readWrite, clock: Clock.now)
        let status = try TUILauncher.run(store: store, themeName: theme,
                                         environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}
