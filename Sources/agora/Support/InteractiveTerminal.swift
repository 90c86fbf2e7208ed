import AgoraTerminal
import AgoraTUI
import Foundation

/// The one way the CLI runs an interactive view: open the ncurses terminal with the chosen
/// theme (`--theme`, else `$AGORA_THEME`), build the runtime, run it, and always give the
/// terminal back (writing nothing to it after SIGHUP).
enum InteractiveTerminal {
    typealias ThemeLoader = (String) -> (Theme, String?)

    static func run(themeName: String?, environment: [String: String],
                    _ makeRuntime: (NcursesTerminal, Theme, @escaping ThemeLoader) -> AppRuntime) throws -> (ExitReason, AppRuntime) {
        let catalog = ThemeCatalog(environment: environment)
        let (theme, themeWarning) = catalog.load(ThemeChoice.name(themeName, environment: environment))
        if environment["TERM"] == "dumb" {
            // ncurses accepts it, then cannot move the cursor: the screens would be garbage.
            throw UserFacingError(TerminalCommandText.table("cli.terminal.dumb"))
        }
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(environment: environment) } catch { throw UserFacingError(error.message) }
        let runtime = makeRuntime(terminal, theme, { catalog.load($0) })
        if let themeWarning { runtime.perform([.error(themeWarning)]) }
        let reason = runtime.run()
        terminal.end(writingToTerminal: reason != .signal(.hangup))
        return (reason, runtime)
    }
}

/// The theme to use: `--theme NAME`, else `$AGORA_THEME`, else the default.
enum ThemeChoice {
    static func name(_ flag: String?, environment: [String: String]) -> String? {
        flag ?? environment["AGORA_THEME"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
