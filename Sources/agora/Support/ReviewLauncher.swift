import AgoraTerminal
import AgoraTUI
import Foundation

/// Wires the review browser: the ncurses terminal, the theme and a runtime on the library
/// (read-only: no session port to save, no palette verbs); runs the loop and always gives
/// the terminal back (through ``InteractiveTerminal``).
enum ReviewLauncher {
    /// Runs the browser until quit or a signal. Returns the exit status.
    static func run(library: ReviewLibrary, themeName: String?, environment: [String: String]) throws -> Int32 {
        try InteractiveTerminal.run(themeName: themeName, environment: environment) { terminal, theme, loader in
            ReviewApp.runtime(library: library, terminal: terminal, theme: theme, themeLoader: loader, clock: Clock.now)
        }.0.status
    }
}
