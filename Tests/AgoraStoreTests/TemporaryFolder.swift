import Foundation
import AgoraCore
import AgoraTestSupport
@testable import AgoraStore

/// A fresh folder under the system's temporary folder, removed by ``remove()``.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    func bytes(_ name: String) -> Data? { try? Data(contentsOf: file(name)) }
    func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A clock that ticks one second per reading, from the fixtures' start.
final class TickingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: Date
    init(_ start: Date = SessionFixtures.start) { now = start }
    func read() -> Date {
        lock.lock(); defer { lock.unlock() }
        now = now.addingTimeInterval(1.25)
        return now
    }
    var function: @Sendable () -> Date { { self.read() } }
}

extension SessionStore {
    /// Applies a change of a random run to the store (undo/redo included).
    @discardableResult
    func perform(_ change: Change) throws -> String {
        switch change {
        case .apply(let op): return try apply(op)
        case .undo: return try undo()
        case .redo: return try redo()
        }
    }
}
