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
        let language = session.language ?? .en
        let rules = GroupRelaxation.words(best.changes, from: session.groupRules, in: language)
        let operation = Operation.batch(summary: EngineText.table.format("grouper.relaxed", in: language, ["rules": rules, "round": "\(number)"]),
                                        operations: [.setup(.setGroupRules(best.rules)), result.operation])
        return (best, Array(options.dropFirst()), result, operation)
    }
}

extension GroupRelaxation {
    /// The changes in words, in `language`: "raise the largest group size to 12", "allow 3
    /// per city and lower the smallest group size to 2". `base` is the rules before the change
    /// (a largest size set where groups followed room sizes reads "allow groups of up to…").
    static func words(_ changes: [Change], from base: GroupRules, in language: Language) -> String {
        let words = changes.map { change -> String in
            switch change {
            case .maxSize(let m):
                EngineText.table.format(base.maxSize == nil ? "grouper.relax.allowUpTo" : "grouper.relax.raiseMax", in: language, ["size": "\(m)"])
            case .maxPerCity(let limit):
                limit.map { EngineText.table.format("grouper.relax.allowPerCity", in: language, ["limit": "\($0)"]) }
                    ?? EngineText.table.format("grouper.relax.dropCityLimit", in: language, [:])
            case .minSize(let m):
                EngineText.table.format("grouper.relax.lowerMin", in: language, ["size": "\(m)"])
            }
        }
        guard var text = words.first else { return "" }
        for next in words.dropFirst() { text = EngineText.table.format("grouper.relax.and", in: language, ["first": text, "second": next]) }
        return text
    }
}
