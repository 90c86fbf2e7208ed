import Foundation

/// Every change to a session is one `Operation`. The CLI, the TUI, the `:` palette and the
/// importers all build operations; ``Session/apply(_:at:)`` is the one reducer that checks
/// them against the rules. Operations are Codable: the journal stores them one per line.
public enum Operation: Codable, Equatable, Sendable {
    case setup(SetupOperation)
    case people(PeopleOperation)
    case topics(TopicOperation)
    case voting(VotingOperation)
    case plan(PlanOperation)
    case groups(GroupOperation)
    case work(WorkOperation)
    /// Phones in the room: claims, the facilitator's switches, what a phone does.
    case phones(PhoneOperation)
    /// Several operations applied all together or not at all (an import, a regenerated plan).
    case batch(summary: String, operations: [Operation])
}

extension Session {
    /// Applies `operation` if the rules allow it and records it in the log at `date`.
    /// - Throws: ``AgoraError`` saying what rule was broken; the session is then unchanged.
    ///
    /// `batchFailure`, for a `.batch`, turns the position and error of the item the rules
    /// refuse into the error thrown (an import names the row of its file); without it the
    /// error says "Item 3 of 40: …".
    public mutating func apply(_ operation: Operation, at date: Date,
                               batchFailure: ((Int, AgoraError) -> any Error)? = nil) throws {
        var next = self
        let summary: String
        if let batchFailure, case .batch(let batchSummary, let operations) = operation {
            try next.reduceEach(operations, failure: batchFailure)
            summary = batchSummary
        } else {
            summary = try next.reduce(operation)
        }
        next.log.append(LogEntry(at: date, text: summary))
        self = next
    }

    /// Returns the session after `operation`, leaving this one untouched.
    public func applying(_ operation: Operation, at date: Date) throws -> Session {
        var next = self
        try next.apply(operation, at: date)
        return next
    }

    /// Applies without logging; returns the one-line summary for the log.
    mutating func reduce(_ operation: Operation) throws -> String {
        switch operation {
        case .setup(let op): return try reduce(op)
        case .people(let op): return try reduce(op)
        case .topics(let op): return try reduce(op)
        case .voting(let op): return try reduce(op)
        case .plan(let op): return try reduce(op)
        case .groups(let op): return try reduce(op)
        case .work(let op): return try reduce(op)
        case .phones(let op): return try reduce(op)
        case .batch(let summary, let operations):
            try reduceEach(operations) { index, error in
                guard operations.count > 1 else { return error }
                return error.wrapped { HistoryText.phrase("history.batchItem", ["number": "\(index + 1)", "count": "\(operations.count)"],
                                                          parts: ["message": $0]) }
            }
            return summary
        }
    }

    /// Applies `operations` in order, in place (each rule looks things up by the session's own
    /// indexes, such as ``ParticipantList``'s, so a batch of n costs O(n), not O(n²)); the
    /// first one that breaks a rule stops it and `failure` turns its position and error into
    /// the error thrown. The session is then partly changed: callers work on a copy
    /// (``apply(_:at:)`` does).
    mutating func reduceEach(_ operations: [Operation], failure: (Int, AgoraError) -> any Error) throws {
        for (index, op) in operations.enumerated() {
            do { _ = try reduce(op) } catch let error as AgoraError {
                throw failure(index, error)
            }
        }
    }
}

