import AgoraStore
import AgoraTUI
import ArgumentParser
import Foundation

/// `agora review [DIR]`: the read-only browser of a sessions folder — sessions, projects
/// across them, the compendium of experiences — in the interactive view.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Browse past sessions read-only: sessions, projects across them, experiences (press ? for keys).",
        discussion: """
        The folder is DIR or --dir DIR; else $AGORA_HOME; else $XDG_DATA_HOME/agora/sessions; else \
        ~/.local/share/agora/sessions (as for agora list). Files are only read, never locked or \
        changed, so a session open in another Agora can be reviewed. A damaged or foreign file is \
        listed as unreadable, with the reason.
        """)

    @Argument(help: "The sessions folder.") var folder: String?
    @Option(help: "The sessions folder (same as DIR).") var dir: String?
    @Option(help: "Colour theme: default, light, high-contrast, mono, or a user theme.") var theme: String?

    func validate() throws {
        if folder != nil, dir != nil, folder != dir { throw ValidationError(LibraryCommandText.table("cli.library.folderOnce")) }
    }

    func run() throws {
        let explicit = folder ?? dir
        let url = LibraryLocation.folder(explicit: explicit)
        let sessions = SessionLibrary(folder: url, displayFolder: explicit ?? url.path)
        let loaded = try sessions.load()
        try StartLauncher.requireTerminal(instead: LibraryCommandText.table("cli.review.instead", ["folder": sessions.displayFolder]))
        let library = ReviewLibrary(folder: sessions.displayFolder, loaded: loaded)
        let status = try ReviewLauncher.run(library: library, themeName: theme, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}
