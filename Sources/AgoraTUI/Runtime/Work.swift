import AgoraCore
import Foundation
import Synchronization

/// Slow work as a value, like bubbletea's `Cmd`: a reducer returns ``Effect/run(_:)`` with
/// it, the runtime runs it on a thread of its own (the keys stay live), and hands what it
/// returns back to the screen that asked, as one of that screen's actions. The status line
/// shows its label while it runs; Esc cancels it (the engines check the ``Cancellation``
/// between iterations, and the runtime drops the result of cancelled work).
public struct Work: Sendable, Equatable, CustomStringConvertible {
    /// What is being done, for the status line ("Forming the groups of round 1").
    public let label: String
    private let body: @Sendable (Cancellation) -> any Sendable

    /// - Parameter body: the work; returns the action to send back to the screen that asked.
    public init<Action: Sendable>(_ label: String, _ body: @escaping @Sendable (Cancellation) -> Action) {
        self.label = label
        self.body = { body($0) }
    }

    /// Does the work here and now (the runtime calls it off the loop; tests call it directly
    /// and reduce the action it returns).
    public func perform(_ cancellation: Cancellation = Cancellation()) -> any Sendable { body(cancellation) }

    /// Two works are the same when they say the same (effects are compared in tests by what they show).
    public static func == (a: Work, b: Work) -> Bool { a.label == b.label }
    public var description: String { "Work(\(label))" }
}

/// Work running off the loop, as the status line shows it.
public struct RunningWork: Equatable, Sendable {
    public let id: Int
    /// The index of the screen that asked; the result goes back to it.
    public let screen: Int
    public let label: String
    public let started: Date
}

/// Where work finished off the loop leaves what it returned, until the loop takes it.
final class WorkMailbox: Sendable {
    private let finished = Mutex<[(id: Int, message: any Sendable)]>([])
    func post(_ id: Int, _ message: any Sendable) { finished.withLock { $0.append((id, message)) } }
    func takeAll() -> [(id: Int, message: any Sendable)] {
        finished.withLock { finished in defer { finished.removeAll() }; return finished }
    }
}
