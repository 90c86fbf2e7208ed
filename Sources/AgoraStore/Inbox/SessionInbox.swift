import AgoraCore
import Foundation
import Synchronization

/// The one way into a session for changes that do not come from the owner's own keyboard:
/// a phone served by `AgoraServer`, later a second terminal.
///
/// One process owns a session (the interactive view, or `agora serve`): it holds the lock and
/// the ``SessionStore``. Other sources never touch the store. They ``submit(_:origin:)`` a Core
/// operation and wait; the owner ``takePending()`` in its own loop, applies each request in
/// order through the store (the same reducer, journaled and fsync'd), and completes it with
/// the summary or the reducer's own error. Only then does the submitter get its answer, so a
/// phone's success page means the change is durable.
///
/// After every change, whatever its source, the owner ``publish(_:)``es the session: readers
/// (the server's pages, its live wall) read ``current`` and wait on ``changes(after:)``
/// without touching the store.
///
/// Thread-safe: producers call from any task; the owner calls from its loop.
public final class SessionInbox: Sendable {
    /// Who sent a change, for the event log ("phone of Ana", "second terminal").
    public struct Origin: Sendable, Equatable, CustomStringConvertible {
        public var label: String
        public init(_ label: String) { self.label = label }
        public var description: String { label }
    }

    /// A submitted change waiting for the owner.
    public struct Request: Sendable {
        public let operation: AgoraCore.Operation
        public let origin: Origin
        let continuation: CheckedContinuation<String, any Error>

        /// Answers the submitter. Call exactly once, after the change is durable (or refused).
        public func complete(_ result: Result<String, any Error>) { continuation.resume(with: result) }
    }

    /// A published state of the session: a version that grows by one with each publication.
    public struct Snapshot: Sendable {
        public let version: Int
        public let session: Session
    }

    private struct State {
        var pending: [Request] = []
        var isOpen = true
        var snapshot: Snapshot
        var waiters: [(after: Int, continuation: CheckedContinuation<Snapshot?, Never>)] = []
        var wakes: [@Sendable () -> Void] = []
    }

    private let state: Mutex<State>

    /// - Parameters:
    ///   - session: the session as the owner has it now.
    ///   - wake: called after each submission, so an owner that sleeps (polling a terminal,
    ///     waiting on a condition) can take the request at once. Must not block.
    public init(session: Session, wake: @escaping @Sendable () -> Void = {}) {
        state = Mutex(State(snapshot: Snapshot(version: 0, session: session), wakes: [wake]))
    }

    /// Also calls `wake` after each submission: for an owner attached after the inbox was made
    /// (the interactive view wakes its terminal's poll). Must not block.
    public func addWake(_ wake: @escaping @Sendable () -> Void) {
        state.withLock { $0.wakes.append(wake) }
    }

    // MARK: Producers

    /// Hands `operation` to the owner and waits until it is applied and durable.
    /// - Returns: the reducer's one-line summary ("Ana put 2 dots on Data mining").
    /// - Throws: the reducer's ``AgoraError`` when a rule refuses it (the session is then
    ///   unchanged), a ``StoreError`` when it could not be made durable, or
    ///   ``InboxClosedError`` when the owner has stopped taking changes.
    public func submit(_ operation: AgoraCore.Operation, origin: Origin) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            let wakes = state.withLock { state -> [@Sendable () -> Void]? in
                guard state.isOpen else { return nil }
                state.pending.append(Request(operation: operation, origin: origin, continuation: continuation))
                return state.wakes
            }
            if let wakes { for wake in wakes { wake() } } else { continuation.resume(throwing: InboxClosedError()) }
        }
    }

    /// The last published session.
    public var current: Snapshot { state.withLock { $0.snapshot } }

    /// Waits for a publication newer than `version`. Returns nil once the inbox is closed.
    public func changes(after version: Int) async -> Snapshot? {
        await withCheckedContinuation { continuation in
            let ready: Snapshot?? = state.withLock { state in
                if state.snapshot.version > version { return .some(state.snapshot) }
                if !state.isOpen { return .some(nil) }
                state.waiters.append((version, continuation))
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    // MARK: The owner

    /// Whether requests are waiting (cheap; the owner may poll it).
    public var hasPending: Bool { state.withLock { !$0.pending.isEmpty } }

    /// How many requests are waiting.
    public var pendingCount: Int { state.withLock { $0.pending.count } }

    /// Takes the waiting requests, oldest first, at most `limit` of them (the rest wait for the
    /// next call). The owner applies them in this order and completes each one.
    public func takePending(limit: Int = .max) -> [Request] {
        precondition(limit > 0, "take at least one request")
        return state.withLock { state in
            guard state.pending.count > limit else {
                defer { state.pending.removeAll() }
                return state.pending
            }
            defer { state.pending.removeFirst(limit) }
            return Array(state.pending.prefix(limit))
        }
    }

    /// Publishes the session after a change from any source (a key, the palette, a request,
    /// undo). Wakes every reader waiting for a newer version.
    public func publish(_ session: Session) {
        let (snapshot, waiters) = state.withLock { state in
            state.snapshot = Snapshot(version: state.snapshot.version + 1, session: session)
            defer { state.waiters.removeAll() }
            return (state.snapshot, state.waiters)
        }
        for waiter in waiters { waiter.continuation.resume(returning: snapshot) }
    }

    /// Stops taking changes: waiting requests are refused with ``InboxClosedError`` and
    /// waiting readers get nil. Call when the owner stops (quit, SIGTERM, serving stopped).
    public func close() {
        let (pending, waiters) = state.withLock { state in
            state.isOpen = false
            defer { state.pending.removeAll(); state.waiters.removeAll() }
            return (state.pending, state.waiters)
        }
        for request in pending { request.complete(.failure(InboxClosedError())) }
        for waiter in waiters { waiter.continuation.resume(returning: nil) }
    }

    public var isOpen: Bool { state.withLock { $0.isOpen } }
}

/// The owner of the session stopped taking changes (it quit or stopped serving).
public struct InboxClosedError: Error, Equatable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { text(in: .current) }
    /// The message in `language`: a phone writes it in its reader's language.
    public func text(in language: Language) -> String { SavingText.table.format("store.inbox.closed", in: language, [:]) }
}

extension SessionInbox {
    /// What became of one request, for the owner's event log and status line.
    public struct Outcome: Sendable {
        public let origin: Origin
        public let operation: AgoraCore.Operation
        public let result: Result<String, any Error>
    }

    /// The owner's side in one call: takes every waiting request, applies each in order with
    /// `apply` (the store's or the port's durable apply), answers its submitter, and publishes
    /// `session()` once if anything changed. Returns the outcomes, oldest first.
    @discardableResult
    public func drain(applying apply: (AgoraCore.Operation) throws -> String,
                      session: () -> Session) -> [Outcome] {
        drain(applyingGroup: { operations in
            operations.map { operation in Result { try apply(operation) } }
        }, session: session)
    }

    /// As ``drain(applying:session:)``, handing the waiting requests to `applyGroup` at once
    /// (``SessionStore/apply(group:)``: one journal flush for the lot). `applyGroup` returns
    /// one result per operation, in order, each durable (or refused) when it returns.
    ///
    /// `limit` bounds one drain: an owner with a keyboard takes a slice of a flood between two
    /// keys, so that a key never waits behind all of it (the rest stay waiting, in order).
    @discardableResult
    public func drain(applyingGroup applyGroup: ([AgoraCore.Operation]) -> [Result<String, any Error>],
                      limit: Int = .max, session: () -> Session) -> [Outcome] {
        let requests = takePending(limit: limit)
        guard !requests.isEmpty else { return [] }
        let results = applyGroup(requests.map(\.operation))
        precondition(results.count == requests.count, "one result per request")
        let outcomes = zip(requests, results).map { Outcome(origin: $0.origin, operation: $0.operation, result: $1) }
        // Publish before answering, so that a submitter that reads `current` once answered
        // sees its own change (a phone's success page shows the ballot it just cast).
        if results.contains(where: { if case .success = $0 { true } else { false } }) { publish(session()) }
        for (request, outcome) in zip(requests, outcomes) { request.complete(outcome.result) }
        return outcomes
    }
}
