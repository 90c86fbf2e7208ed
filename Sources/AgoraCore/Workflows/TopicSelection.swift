import Foundation

/// Selecting the topics that run, as one workflow for the command line and the interactive
/// view: the facilitator's pins and drops, then the top of the vote (``Selection``).
public struct TopicSelection: Equatable, Sendable {
    /// The pins and the selection as one operation (the selection alone when nothing is pinned).
    public var operation: Operation
    /// The chosen topics, in rank order.
    public var chosen: [TopicID]
    /// Topics pinned in among them.
    public var pinned: Set<TopicID>

    /// "Selected 6 topics".
    public var explanation: String { PlanText.table("plan.selected", ["count": "\(chosen.count)"]) }

    /// Pins `pin`, drops `drop`, then selects `count` topics (nil: one per room and round).
    /// - Throws: ``AgoraError`` when a pin or drop is refused (a withdrawn topic).
    public static func choose(_ session: Session, count: Int? = nil, pin: [TopicID] = [], drop: [TopicID] = [],
                              at date: Date = Date(timeIntervalSince1970: 0)) throws -> TopicSelection {
        var scratch = session
        var operations: [Operation] = []
        for (topics, kind) in [(pin, SelectionPin.pinned), (drop, SelectionPin.dropped)] {
            for topic in topics {
                let op = Operation.plan(.setSelectionPin(topic, kind))
                try scratch.apply(op, at: date)
                operations.append(op)
            }
        }
        let chosen = Selection.choose(in: scratch, count: count)
        let select = Operation.plan(.setSelection(chosen))
        let operation = operations.isEmpty ? select
            : .batch(summary: session.logged(PlanText.phrase("plan.selectedBatch", ["count": "\(chosen.count)"])), operations: operations + [select])
        let pinned = Set(chosen.filter { scratch.topic($0)?.selectionPin == .pinned })
        return TopicSelection(operation: operation, chosen: chosen, pinned: pinned)
    }
}
