/// A plan of the selected topics in rounds and rooms, ready to apply with ``operation``.
public struct ScheduleResult: Codable, Equatable, Sendable {
    /// Sorted by round, then room. Slots that were pinned are kept, still pinned.
    public var slots: [Slot]
    /// Over all participants, the number of pairs of topics they backed that run in the same round.
    public var conflicts: Int
    /// ``conflicts`` split by round, in round order.
    public var conflictsPerRound: [Int]
    /// Participants with at least one such pair.
    public var participantsWithConflicts: Int
    /// Distinct participants backing each planned topic (ballot points > 0), in slot order.
    public var backers: [Int]

    /// `.plan(.setSchedule(slots))`.
    public var operation: Operation { .plan(.setSchedule(slots)) }
}
