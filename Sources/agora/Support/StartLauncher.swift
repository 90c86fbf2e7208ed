import AgoraCore
import AgoraStore
import AgoraTerminal
import AgoraTUI
import Foundation
import Glibc

/// `agora` with no file: the start screen (new session, a recent one from the sessions
/// library, or the demo), then the meeting itself on the same terminal.
enum StartLauncher {
    static func run(themeName: String?, environment: [String: String]) throws -> Int32 {
        try requireTerminal(instead: TerminalCommandText.table("cli.terminal.startInstead"))
        let folder = LibraryLocation.folder(explicit: nil, environment: environment)
        let library = SessionLibrary(folder: folder)
        let recent = ((try? library.entries()) ?? []).compactMap { entry -> StartScreen.Entry? in
            guard let facts = entry.facts else { return nil }
            return StartScreen.Entry(title: facts.title, path: folder.appendingPathComponent(entry.name + ".json").path,
                                     detail: TerminalCommandText.table("cli.terminal.recent", [
                                        "city": facts.city, "date": "\(facts.date)", "people": "\(facts.participants)",
                                        "projects": "\(facts.projects)"]))
        }
        let (reason, runtime) = try InteractiveTerminal.run(themeName: themeName, environment: environment) { terminal, theme, loader in
            AppRuntime(screens: [StartScreen(entries: recent)], terminal: terminal,
                       port: MemorySessionPort(StartScreen.placeholderSession, name: StartScreen.noFileName),
                       theme: theme, themeLoader: loader, clock: Clock.now)
        }
        guard reason.status == 0, let choice = StartScreen.choice(of: runtime) else { return reason.status }
        switch choice {
        case .open(let path):
            let store = try SessionStore.open(at: URL(fileURLWithPath: path), clock: Clock.now)
            return try TUILauncher.run(store: store, themeName: themeName, environment: environment)
        case .create(let setup):
            let session = try setup.makeSession(at: Clock.now())
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = SessionFileName.free(for: session.meeting, in: folder)
            let store = try SessionStore.create(at: url, session: session, clock: Clock.now)
            // Said in the view, where it happens: printed here it stayed on the shell's screen
            // under the view and showed up on quitting, as if quitting had created the file.
            return try TUILauncher.run(store: store, themeName: themeName, environment: environment,
                                       notice: TerminalCommandText.table("cli.terminal.created", ["path": url.path]))
        case .demo:
            return try DemoLauncher.run(themeName: themeName, environment: environment, keepAt: nil)
        }
    }

    /// The TUI needs a terminal on both ends; say what to use instead.
    static func requireTerminal(instead: String) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw noTerminal(instead: instead) }
    }

    /// "The interactive view needs a terminal", and what to use instead.
    static func noTerminal(instead: String) -> UserFacingError {
        UserFacingError(TerminalCommandText.table("cli.terminal.needed", ["instead": instead]))
    }
}

/// `agora demo`: a temporary copy of the Bordeaux 2013 meeting, opened in the TUI.
enum DemoLauncher {
    static func run(themeName: String?, environment: [String: String], keepAt path: String?) throws -> Int32 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-demo-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = path.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("bordeaux-2013.json")
        let store = try SessionStore.create(at: url, session: DemoSession.make(), clock: Clock.now)
        return try TUILauncher.run(store: store, themeName: themeName, environment: environment)
    }
}

/// Where a new session from the start screen is saved: `2013-05-20-bordeaux.json`, numbered
/// if taken.
enum SessionFileName {
    static func free(for meeting: Meeting, in folder: URL) -> URL {
        let slug = TextRules.searchKey(meeting.hostCity).unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        let base = "\(meeting.date)-\(slug.isEmpty ? "session" : slug)"
        var candidate = folder.appendingPathComponent(base + ".json")
        var n = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = folder.appendingPathComponent("\(base)-\(n).json"); n += 1
        }
        return candidate
    }
}
