import Foundation

/// A session with undo and redo over its operations.
///
/// Each applied operation pushes the state before it; undo restores it, redo re-applies.
/// Session values share storage until changed, and the long lists are ``ChunkedList``s whose
/// chunks the states share, so a step costs the chunks it changed, not the whole session: a
/// change to one participant costs about the same at 50 and at 5000.
public struct SessionHistory: Sendable {
    public private(set) var session: Session
    private var past: [Step] = []
    private var future: [Step] = []
    /// How many steps undo can go back.
    public let depth: Int

    struct Step: Sendable {
        var before: Session
        var operation: Operation
        var summary: String
    }

    public init(_ session: Session, depth: Int = 200) {
        self.session = session
        self.depth = max(1, depth)
    }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }
    /// What undo would take back, e.g. "Added participant Ana (Bordeaux)".
    public var undoSummary: String? { past.last?.summary }
    public var redoSummary: String? { future.last?.summary }

    /// Applies `operation`; on success the redo list is cleared. Returns the log line.
    /// `batchFailure` as in ``Session/apply(_:at:batchFailure:)``.
    @discardableResult
    public mutating func apply(_ operation: Operation, at date: Date,
                               batchFailure: ((Int, AgoraError) -> any Error)? = nil) throws -> String {
        let before = session
        try session.apply(operation, at: date, batchFailure: batchFailure)
        let summary = session.log.last?.text ?? ""
        past.append(Step(before: before, operation: operation, summary: summary))
        if past.count > depth { past.removeFirst(past.count - depth) }
        future.removeAll()
        return summary
    }

    /// Takes back the last operation. Returns what was undone.
    @discardableResult
    public mutating func undo(at date: Date) throws -> String {
        guard let step = past.popLast() else { throw AgoraError(.history, HistoryText.phrase("history.nothingToUndo")) }
        future.append(step)
        session = step.before
        session.log.append(LogEntry(at: date, text: session.logged(HistoryText.phrase("history.undid", ["summary": step.summary]))))
        return step.summary
    }

    /// Re-applies the last undone operation. Returns what was redone.
    @discardableResult
    public mutating func redo(at date: Date) throws -> String {
        guard let step = future.popLast() else { throw AgoraError(.history, HistoryText.phrase("history.nothingToRedo")) }
        let before = session
        try session.apply(step.operation, at: date)
        past.append(Step(before: before, operation: step.operation, summary: step.summary))
        return step.summary
    }
}
