/// Generating the plan, as one workflow for the command line and the interactive view: the
/// selected topics placed by the ``Scheduler`` with the fewest conflicts, and the words that
/// explain the result.
public struct PlanGeneration: Equatable, Sendable {
    public var result: ScheduleResult
    /// `.plan(.setSchedule(…))`.
    public var operation: Operation { result.operation }

    /// "Planned 6 topics with 2 conflicts (2 people backed two topics of one round)".
    public var explanation: String { explanation(in: .current) }

    /// ``explanation`` in `language`.
    public func explanation(in language: Language) -> String {
        PlanText.table.format("plan.generated", in: language, ["count": "\(result.slots.count)", "conflicts": "\(result.conflicts)",
                                                               "people": "\(result.participantsWithConflicts)"])
    }

    /// A plan of the selected topics (pins kept).
    /// - Throws: ``AgoraError`` when there is nothing to plan or too little room, or
    ///   `CancellationError` once `cancellation` is cancelled (checked between iterations).
    public static func generate(_ session: Session, seed: UInt64, cancellation: Cancellation = .never) throws -> PlanGeneration {
        PlanGeneration(result: try Scheduler.schedule(session, seed: seed, cancellation: cancellation))
    }
}
