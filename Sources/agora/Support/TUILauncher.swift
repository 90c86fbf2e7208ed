import AgoraCore
import AgoraPalette
import AgoraStore
import AgoraTerminal
import AgoraTUI
import ArgumentParser
import Foundation

/// Wires the interactive view: the open `SessionStore` as the TUI's session port, the CLI's
/// verbs as the palette's interpreter, the ncurses terminal, the theme; runs the loop and
/// always gives the terminal back.
enum TUILauncher {
    /// Runs the TUI on `store` until quit or a signal. Returns the exit status.
    /// - Parameters:
    ///   - serve: where phones are served from (`W`, `:serve`); nil for the defaults.
    ///   - notice: said in the status line when the view opens ("Created …").
    static func run(store: SessionStore, themeName: String?, environment: [String: String],
                    serve: ServeOptions = ServeOptions(), notice: String? = nil) throws -> Int32 {
        let port = StoreSessionPort(store)
        // Phones' changes come in through the inbox and are applied by the runtime's loop.
        let inbox = store.mode == .readWrite ? SessionInbox(session: store.session) : nil
        let serving = inbox.map { PhoneServing(inbox: $0, bind: serve.bind, port: serve.port) }
        let (reason, runtime) = try InteractiveTerminal.run(themeName: themeName, environment: environment) { terminal, theme, loader in
            // The meeting's phases as tabs (and the overview last), opened where the meeting stands.
            let runtime = AppRuntime(screens: MeetingScreens.make(overview: true), terminal: terminal, port: port,
                                     interpreter: CLIPaletteInterpreter(store: store), theme: theme,
                                     themeLoader: loader, clock: Clock.now,
                                     initialFocus: MeetingScreens.firstScreen(for: store.session),
                                     inbox: inbox, serving: serving)
            let notices = (notice.map { [$0] } ?? []) + store.notices
            if !notices.isEmpty { runtime.perform([.status(notices.joined(separator: " · "))]) }
            if serve.atOnce { runtime.perform(.serve) }
            return runtime
        }
        serving?.stop(draining: { _ = inbox?.drain(applyingGroup: { store.apply(group: $0) }, session: { store.session }) })
        do { try store.close() } catch {
            if reason != .signal(.hangup) { Console.warn(TerminalCommandText.table("cli.terminal.couldNotSave", ["name": port.name, "reason": "\(error)"])) }
        }
        if reason != .signal(.hangup), let problem = runtime.exitProblem {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
        }
        return reason.status
    }
}

/// How `agora open` serves phones: at once (`--serve`), on which address and port.
struct ServeOptions {
    var atOnce = false
    var bind: String?
    var port = 0
}

/// The open session file as the TUI's ``SessionPort``.
final class StoreSessionPort: SessionPort {
    let store: SessionStore
    init(_ store: SessionStore) { self.store = store }
    var session: Session { store.session }
    var name: String { store.url.lastPathComponent }
    var isReadOnly: Bool { store.mode == .readOnly }
    var saveProblem: String? { store.saveProblem }
    var lastDurableSave: Date? { store.lastDurableSave }
    func apply(_ operation: AgoraCore.Operation) throws -> String {
        if isReadOnly { throw readOnlyError }
        return try store.apply(operation)
    }
    /// One journal flush for the lot (``SessionStore/apply(group:)``).
    func apply(group operations: [AgoraCore.Operation]) -> [Result<String, any Error>] {
        if isReadOnly { return operations.map { _ in .failure(readOnlyError) } }
        return store.apply(group: operations)
    }
    func undo() throws -> String { if isReadOnly { throw readOnlyError }; return try store.undo() }
    func redo() throws -> String { if isReadOnly { throw readOnlyError }; return try store.redo() }
    func save() throws { if !isReadOnly { try store.save() } }
    private var readOnlyError: AgoraError {
        AgoraError(.rule, TerminalCommandText.table.phrase("cli.terminal.readOnly", ["name": name]),
                   hint: TerminalCommandText.table.phrase("cli.terminal.readOnlyHint"))
    }
}

/// The `:` palette speaks the CLI: `topic add "Data mining for SMEs" --by Ana` is parsed by
/// the same ArgumentParser commands as `agora topic add FILE …` (the open file is put in),
/// performed on the open store, and fails with the same messages.
final class CLIPaletteInterpreter: PaletteInterpreter {
    let store: SessionStore
    init(store: SessionStore) { self.store = store }

    /// The command tree below `agora`: names and their subcommands.
    struct Verb {
        var name: String; var type: any ParsableCommand.Type; var children: [Verb]
        /// Whether the palette runs it, or one of its subcommands: a verb that changes or reads the
        /// open session, not a hidden one (`_stress`).
        var worksHere: Bool { !name.hasPrefix("_") && (type is any SessionVerb.Type || children.contains { $0.worksHere }) }
    }
    static func tree(_ types: [any ParsableCommand.Type]) -> [Verb] {
        types.map { Verb(name: $0._commandName, type: $0, children: tree($0.configuration.subcommands)) }
    }
    static let verbs = tree(Agora.configuration.subcommands)

    func run(_ line: String) throws -> String {
        if let (quote, column) = CommandLineWords.unclosedQuote(in: line) {
            throw UserFacingError(TerminalCommandText.table("cli.palette.unclosedQuote", ["quote": quote, "column": String(column)]))
        }
        var words = CommandLineWords.split(line)
        // Find the verb path; the session file goes right after it.
        var level = Self.verbs, depth = 0
        var leaf: Verb?
        while depth < words.count, let v = level.first(where: { $0.name == words[depth] }) {
            leaf = v; level = v.children; depth += 1
        }
        guard let leaf else {
            throw UserFacingError(TerminalCommandText.table("cli.palette.unknown", [
                "word": words.first ?? "", "commands": Self.verbs.filter(\.worksHere).map(\.name).joined(separator: ", ")]))
        }
        guard leaf.type is any SessionVerb.Type else {
            let subs = leaf.children.map(\.name).joined(separator: ", ")
            throw UserFacingError(subs.isEmpty ? TerminalCommandText.table("cli.palette.notHere", ["verb": leaf.name])
                                  : TerminalCommandText.table("cli.palette.needsOneOf", ["verb": words.prefix(depth).joined(separator: " "), "choices": subs]))
        }
        words.insert(store.url.path, at: depth)
        let command: any ParsableCommand
        do { command = try Agora.parseAsRoot(words) } catch {
            throw UserFacingError(Agora.fullMessage(for: error)
                .replacingOccurrences(of: store.url.path, with: store.url.lastPathComponent))
        }
        guard let verb = command as? any SessionVerb else { throw UserFacingError(TerminalCommandText.table("cli.palette.cannotUse", ["line": line])) }
        do { return try verb.perform(on: store) } catch {
            throw UserFacingError(ExitStatus.userMessage(error) ?? String(describing: error))
        }
    }

    /// The kind of each command's arguments, from the commands' own declarations.
    static let grammar = try? PaletteGrammar(dumpHelp: Data(Agora._dumpHelp().utf8))

    func completions(for line: String) -> [String] {
        Self.grammar?.completions(for: line, in: store.session) ?? []
    }
}

