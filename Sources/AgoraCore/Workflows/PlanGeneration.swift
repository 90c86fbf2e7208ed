/// Generating the plan, as one workflow for the command line and the interactive view: the
/// selected topics placed by the ``Scheduler`` with the fewest conflicts, and the words that
/// explain the result.
public struct PlanGeneration: Equatable, Sendable {
    public var result: ScheduleResult
    /// `.plan(.setSchedule(…))`.
    public var operation: Operation { result.operation }

    /// "Planned 6 topics with 2 conflicts (2 people backed two topics of one round)".
    public var explanation: String {
        "Planned \(result.slots.count) topics with \(result.conflicts) conflict\(result.conflicts == 1 ? "" : "s")"
            + " (\(result.participantsWithConflicts) people backed two topics of one round)"
    }

    /// A plan of the selected topics (pins kept).
    /// - Throws: ``AgoraError`` when there is nothing to plan or too little room, or
    ///   `CancellationError` once `cancellation` is cancelled (checked between iterations).
    public static func generate(_ session: Session, seed: UInt64, cancellation: Cancellation = .never) throws -> PlanGeneration {
        PlanGeneration(result: try Scheduler.schedule(session, seed: seed, cancellation: cancellation))
    }
}
