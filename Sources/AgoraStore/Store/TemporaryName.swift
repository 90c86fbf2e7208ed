import Foundation

/// Names of the temporary files of full saves: `.NAME.json.tmp-PID-N`, hidden, in the same
/// folder as the file (so the rename is atomic), and never the same twice within a process,
/// so a failed save is always retried in a new file.
enum TemporaryName {
    private final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var value = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
    }

    private static let counter = Counter()

    static func prefix(for name: String) -> String { "." + name + ".tmp-" }

    static func next(for name: String) -> String {
        prefix(for: name) + "\(ProcessInfo.processInfo.processIdentifier)-\(counter.next())"
    }
}
