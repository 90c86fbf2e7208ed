import Foundation

/// Forming groups, as one workflow for the command line and the interactive view: the
/// groups of one or more rounds by the ``Grouper``, and when a round's rules cannot be met,
/// the nearest rules that can (``Grouper/nearestFeasibleRelaxation(for:round:rules:)``),
/// either applied (`relax`) or offered.
public struct GroupFormation: Equatable, Sendable {
    /// One operation that makes it so (a change of rules and the groups of each round): one
    /// undo takes it all back.
    public var operation: Operation
    /// The groups of each round, in round order.
    public var results: [GroupingResult]
    /// The changes of rules made on the way ("Round 2: raise the largest group size to 9").
    public var relaxations: [String]
    /// What the facilitator should know about the groups (places kept beyond a limit).
    public var warnings: [String] { results.flatMap(\.warnings) }

    /// What came of a request to form groups.
    public enum Outcome: Equatable, Sendable {
        case formed(GroupFormation)
        /// The rules cannot be met in a round; the nearest change of rules, when one helps.
        case rulesCannotBeMet(RulesCannotBeMet)
        /// A rule refused it outright (no rounds, no topics planned in the round).
        case refused(AgoraError)
    }

    /// Why a round cannot be grouped, and what would make it possible.
    public struct RulesCannotBeMet: Equatable, Sendable {
        public var round: RoundID
        public var reason: AgoraError
        /// The nearest rules that work, and the other ways (empty when no change helps).
        public var nearest: [GroupRelaxation]
        /// The groups of the asked rounds under the nearest rules, ready to apply (nil when no
        /// change of rules helps).
        public var offer: GroupFormation?

        /// The reason with the ways out as its hint (`how` says how to take the first one).
        public func error(how: String) -> AgoraError {
            guard !nearest.isEmpty else { return reason }
            return AgoraError(reason.kind, reason.message,
                              hint: "Nearest rules that work: " + nearest.map(\.description).joined(separator: "; or ") + ". " + how)
        }
    }

    /// The rounds that have topics planned, in round order.
    public static func plannedRounds(_ session: Session) -> [RoundID] {
        let planned = Set(session.schedule.map(\.round))
        return session.rounds.map(\.id).filter(planned.contains)
    }

    /// Forms the groups of `rounds`.
    /// - Parameters:
    ///   - rules: rules to set first (the command line's `--min`, `--max`, `--max-per-city`).
    ///   - relax: when a round's rules cannot be met, apply the nearest rules that can and go
    ///     on; otherwise stop with ``Outcome/rulesCannotBeMet(_:)`` and an offer.
    ///   - date: when (for the scratch session the rounds are formed on, one after another).
    ///   - cancellation: checked between rounds; cancelled work throws `CancellationError`.
    public static func form(_ session: Session, rounds: [RoundID], rules: GroupRules? = nil, seed: UInt64,
                            relax: Bool = false, at date: Date = Date(timeIntervalSince1970: 0),
                            cancellation: Cancellation = .never) throws -> Outcome {
        var scratch = session
        var operations: [Operation] = []
        var results: [GroupingResult] = []
        var relaxations: [String] = []
        do {
            if let rules {
                let op = Operation.setup(.setGroupRules(rules))
                try scratch.apply(op, at: date)
                operations.append(op)
            }
            for round in rounds {
                try cancellation.check()
                let result: GroupingResult, op: Operation
                do {
                    result = try Grouper.groups(for: scratch, round: round, seed: seed, cancellation: cancellation)
                    op = result.operation
                } catch let error as AgoraError {
                    let nearest = Grouper.groupsUnderNearestRules(for: scratch, round: round, seed: seed)
                    guard let nearest, relax else {
                        let options = nearest.map { [$0.relaxation] + $0.others } ?? []
                        let offer = nearest.map { nearest in
                            finish(operations + [nearest.operation], results: results + [nearest.result],
                                   relaxations: relaxations + [nearest.relaxation.description], rules: rules,
                                   language: session.language)
                        }
                        return .rulesCannotBeMet(RulesCannotBeMet(round: round, reason: error, nearest: options, offer: offer))
                    }
                    relaxations.append("Round \(scratch.roundNumber(round) ?? 0): \(nearest.relaxation.description)")
                    (result, op) = (nearest.result, nearest.operation)
                }
                try scratch.apply(op, at: date)
                operations.append(op)
                results.append(result)
            }
        } catch let error as AgoraError {
            return .refused(error)
        }
        return .formed(finish(operations, results: results, relaxations: relaxations, rules: rules, language: session.language))
    }

    /// One operation: a single round's own operation as it is (its summary says what
    /// happened), several in one batch.
    private static func finish(_ operations: [Operation], results: [GroupingResult], relaxations: [String],
                               rules: GroupRules?, language: Language?) -> GroupFormation {
        let operation = operations.count == 1 ? operations[0]
            : Operation.batch(summary: PlanText.table.format("group.formedRounds", in: language ?? .en, ["count": "\(results.count)"]),
                              operations: operations)
        return GroupFormation(operation: operation, results: results, relaxations: relaxations)
    }
}
