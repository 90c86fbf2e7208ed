extension Grouper {
    /// When a round's rules cannot be met: the nearest rules that can (``nearestFeasibleRelaxation(for:round:rules:)``),
    /// the groups they allow, and one operation that sets those rules and forms the groups, so
    /// one undo takes both back. Nil when no change of rules helps (or none is needed).
    public static func groupsUnderNearestRules(for session: Session, round: RoundID, seed: UInt64)
        -> (relaxation: GroupRelaxation, others: [GroupRelaxation], result: GroupingResult, operation: Operation)? {
        let options = nearestFeasibleRelaxation(for: session, round: round)
        guard let best = options.first, let result = try? groups(for: session, round: round, seed: seed, rules: best.rules) else {
            return nil
        }
        let number = session.roundNumber(round) ?? 0
        let operation = Operation.batch(summary: "Group rules: \(best.description); formed the groups of round \(number)",
                                        operations: [.setup(.setGroupRules(best.rules)), result.operation])
        return (best, Array(options.dropFirst()), result, operation)
    }
}
