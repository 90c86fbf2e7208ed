import AgoraCore
import AgoraStore
import Foundation
import Synchronization

/// Fans each published session out to the live walls that listen (Server-Sent Events), so a
/// hundred walls cost one wait on the inbox, not a hundred.
final class WallFeed: Sendable {
    private struct State {
        var listeners: [UUID: AsyncStream<Session>.Continuation] = [:]
        var stopped = false
    }
    private let state = Mutex(State())
    private let inbox: SessionInbox

    init(inbox: SessionInbox) { self.inbox = inbox }

    /// Follows the inbox until it closes or the feed stops. Run it in a task of its own.
    func run() async {
        var version = inbox.current.version
        while let snapshot = await inbox.changes(after: version) {
            version = snapshot.version
            let listeners = state.withLock { $0.stopped ? nil : Array($0.listeners.values) }
            guard let listeners else { return }
            for listener in listeners { listener.yield(snapshot.session) }
        }
        stop()
    }

    /// The sessions published from now on; ends when the feed stops.
    func subscribe() -> AsyncStream<Session> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Session>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let added = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.listeners[id] = continuation
            return true
        }
        if added {
            continuation.onTermination = { [weak self] _ in _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) } }
        } else { continuation.finish() }
        return stream
    }

    /// Ends every listener's stream (the server is stopping).
    func stop() {
        let listeners = state.withLock { state in
            state.stopped = true
            defer { state.listeners.removeAll() }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }

    var listenerCount: Int { state.withLock { $0.listeners.count } }
}
