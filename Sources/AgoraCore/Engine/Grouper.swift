/// Forms the groups of a round: every present participant in exactly one of the round's
/// topics, with the greatest total interest the rules allow.
///
/// Solved exactly as a minimum-cost flow (see ``GroupingProblem``), never greedily. Rules
/// come from ``Session/groupRules``: each group has between `minSize` and `maxSize` members
/// (nil: the room's capacity), and at most `maxPerCity` members from one city. Locked places
/// (``Assignment/locked``) are kept as they are and count towards those limits.
///
/// Determinism: the same session, round and seed give the same groups. The total interest
/// never depends on the seed; the seed only picks among placements of equal total interest
/// (which of several interchangeable people goes where).
public enum Grouper {
    /// The optimal groups of one round.
    /// - Parameter rules: the rules to use instead of the session's (e.g. to try a relaxation).
    /// - Throws: ``AgoraError`` when the round has no topics or the rules cannot all be met,
    ///   saying why ("Round 2 has 48 seats for 60 participants") and what to relax.
    /// - Parameter cancellation: checked between the solver's phases (`CancellationError`).
    public static func groups(for session: Session, round: RoundID, seed: UInt64,
                              rules: GroupRules? = nil, cancellation: Cancellation = .never) throws -> GroupingResult {
        let problem = try GroupingProblem(session: session, round: round, rules: rules ?? session.groupRules)
        let (places, _) = try solve(problem, seed: seed, cancellation: cancellation)
        return result(of: problem, places: places)
    }

    /// The groups of every round that has topics planned, in round order. Each round uses a
    /// seed derived from `seed` and the round, exactly as ``groups(for:round:seed:rules:)`` does.
    public static func groupsForEveryRound(_ session: Session, seed: UInt64,
                                           rules: GroupRules? = nil) throws -> [GroupingResult] {
        let planned = Set(session.schedule.map(\.round))
        return try session.rounds.filter { planned.contains($0.id) }.map {
            try groups(for: session, round: $0.id, seed: seed, rules: rules)
        }
    }

    /// Whether the rules let every present participant of the round into a group.
    public static func isFeasible(_ session: Session, round: RoundID, rules: GroupRules? = nil) -> Bool {
        (try? GroupingProblem(session: session, round: round, rules: rules ?? session.groupRules))?.isFeasible ?? false
    }

    /// Solves the problem; also returns the solved network (for optimality certificates in tests).
    static func solve(_ problem: GroupingProblem, seed: UInt64,
                      cancellation: Cancellation = .never) throws -> (places: [Int], network: GroupingProblem.Network) {
        var network = problem.network(seed: SeededGenerator.derive(seed, UInt64(problem.roundID.rawValue)))
        guard network.demand != Int.max else { throw explanation(of: problem) }
        let (value, _) = try network.flow.minCostMaxFlow(from: network.source, to: network.target, cancellation: cancellation)
        guard value == network.demand else { throw explanation(of: problem) }
        return (problem.places(from: network), network)
    }

    // MARK: - Reading the result

    static func result(of problem: GroupingProblem, places: [Int]) -> GroupingResult {
        var assignments: [Assignment] = []
        var total = 0
        var satisfaction = GroupingSatisfaction(participants: problem.people.count)
        var size = [Int](repeating: 0, count: problem.topicCount)
        var interestSum = [Int](repeating: 0, count: problem.topicCount)
        var lockedCount = [Int](repeating: 0, count: problem.topicCount)
        var perCity = [[Int: Int]](repeating: [:], count: problem.topicCount)
        for (p, person) in problem.people.enumerated() {
            let t = places[p]
            let locked = problem.lockedTopic[p] != nil
            assignments.append(Assignment(round: problem.roundID, participant: person.id,
                                          topic: problem.slots[t].topic, locked: locked))
            let got = problem.interest[p].first { $0.topic == t }?.points ?? 0
            total += got
            size[t] += 1; interestSum[t] += got; perCity[t][problem.city[p], default: 0] += 1
            if locked { lockedCount[t] += 1 }
            let best = problem.interest[p].map(\.points).max() ?? 0
            if best > 0 {
                satisfaction.withPreference += 1
                if got > 0 { satisfaction.gotBackedTopic += 1 } else { satisfaction.gotNone += 1 }
                if got == best { satisfaction.gotTopChoice += 1 }
            } else {
                satisfaction.withoutPreference += 1
            }
        }
        var warnings: [String] = []
        var groups: [GroupSummary] = []
        for (t, slot) in problem.slots.enumerated() {
            let largest = perCity[t].values.max() ?? 0
            groups.append(GroupSummary(topic: slot.topic, room: slot.room, size: size[t], cities: perCity[t].count,
                                       largestCityShare: largest, interest: interestSum[t], locked: lockedCount[t]))
            if size[t] > problem.upper[t] {
                warnings.append(EngineText.table("grouper.warning.overSize", ["title": problem.titles[t], "count": "\(size[t])", "max": "\(problem.upper[t])"]))
            }
            if let k = problem.rules.maxPerCity, largest > k {
                let city = perCity[t].filter { $0.value == largest }.map { problem.cities[$0.key] }.min()!
                warnings.append(EngineText.table("grouper.warning.overCity", ["title": problem.titles[t], "count": "\(largest)", "city": city, "max": "\(k)"]))
            }
            if size[t] > problem.roomCapacity[t] {
                warnings.append(EngineText.table("grouper.warning.overRoom", ["title": problem.titles[t], "count": "\(size[t])",
                                                                 "room": problem.roomNames[t], "seats": "\(problem.roomCapacity[t])"]))
            }
        }
        return GroupingResult(round: problem.roundID, assignments: assignments, totalInterest: total,
                              satisfaction: satisfaction, groups: groups, warnings: warnings)
    }
}
