import AgoraTerminal
import AgoraTUI
import Foundation

/// Wires the review browser: the ncurses terminal, the theme and a runtime on the library
/// (read-only: no session port to save, no palette verbs); runs the loop and always gives
/// the terminal back. (``TUILauncher`` does the same for one open session file.)
enum ReviewLauncher {
    /// Runs the browser until quit or a signal. Returns the exit status.
    static func run(library: ReviewLibrary, themeName: String?, environment: [String: String]) throws -> Int32 {
        let catalog = ThemeCatalog(environment: environment)
        let (theme, themeWarning) = catalog.load(themeName)
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(environment: environment) } catch {
            throw UserFacingError(error.message)
        }
        let runtime = ReviewApp.runtime(library: library, terminal: terminal, theme: theme,
                                        themeLoader: { catalog.load($0) }, clock: Clock.now)
        if let themeWarning { runtime.perform([.error(themeWarning)]) }
        let reason = runtime.run()
        terminal.end(writingToTerminal: reason != .signal(.hangup))
        return reason.status
    }
}
