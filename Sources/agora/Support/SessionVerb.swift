import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// A verb that changes or reads one session file. `run()` opens the file, performs the verb
/// and closes it; the `:` palette calls ``perform(on:)`` on the session already open in the TUI,
/// so both speak the same verbs with the same rules and messages.
protocol SessionVerb: ParsableCommand {
    /// The session file, e.g. `bordeaux-2013.json`.
    var file: String { get }
    /// Only reads: opened read-only, so it works while the TUI has the file open.
    static var readsOnly: Bool { get }
    /// Does the work and returns what to tell the user.
    func perform(on store: SessionStore) throws -> String
}

extension SessionVerb {
    static var readsOnly: Bool { false }

    func run() throws {
        let store = try SessionStore.open(at: URL(fileURLWithPath: file), mode: Self.readsOnly ? .readOnly : .readWrite,
                                          clock: Clock.now)
        for notice in store.notices { Console.warn(notice) }
        // Nothing is reported before close() has saved the file: no journal line is needed.
        store.journalsEachChange = false
        do {
            let output = try perform(on: store)
            try store.close()
            if !output.isEmpty { Console.print(output) }
        } catch {
            try? store.close()
            throw error
        }
    }
}

/// The process's clock: real time, or a fixed instant from `AGORA_NOW` (ISO 8601) so that
/// scripted runs and tests produce the same bytes.
enum Clock {
    static let now: @Sendable () -> Date = {
        if let text = ProcessInfo.processInfo.environment["AGORA_NOW"],
           let date = ISO8601DateFormatter().date(from: text) {
            return { date }
        }
        return { Date() }
    }()
}

/// Where the CLI writes: results to stdout, problems to stderr.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("agora: \(text)\n".utf8))
    }
}
