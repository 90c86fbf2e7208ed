extension Grouper {
    /// Why no grouping of the round meets the rules, in the facilitator's words.
    ///
    /// The simple counts are checked first, in this order; the first that fails is reported:
    /// a room smaller than the smallest group, seats against people, smallest groups against
    /// people, and people of one city against the places the city limit leaves them. When each count
    /// alone is fine but together they clash, a general message names the rules.
    static func explanation(of problem: GroupingProblem) -> AgoraError {
        let n = problem.people.count, topics = problem.topicCount, low = problem.rules.minSize
        let round = problem.roundNumber
        let (lockedPerTopic, lockedPerCityTopic) = problem.lockedCounts
        let capacity = (0..<topics).map { max(problem.upper[$0], lockedPerTopic[$0]) }

        if let t = capacity.indices.first(where: { capacity[$0] < low }) {
            if problem.rules.maxSize == nil {
                return AgoraError(.rule, "\(problem.roomNames[t]) has \(seats(capacity[t])), fewer than the smallest group size of \(low)",
                                  hint: "Lower the smallest group size to \(capacity[t]), or plan “\(problem.titles[t])” in a larger room")
            }
            return AgoraError(.rule, "“\(problem.titles[t])” can take at most \(people(capacity[t])), fewer than the smallest group size of \(low)",
                              hint: "Lower the smallest group size to \(capacity[t])")
        }
        let totalSeats = capacity.reduce(0) { $0.addingSaturated($1) }
        if totalSeats < n {
            return AgoraError(.rule, "Round \(round) has \(seats(totalSeats)) for \(n) participants",
                              hint: "Allow groups of up to \((n + topics - 1) / topics) people, or plan more topics in round \(round)")
        }
        if low * topics > n {
            return AgoraError(.rule, "Round \(round) needs at least \(low * topics) people for \(topics) groups of at least \(low), but \(n) are present",
                              hint: "Lower the smallest group size to \(n / topics), or plan fewer topics in round \(round)")
        }
        if let limit = problem.rules.maxPerCity {
            var present = [Int](repeating: 0, count: problem.cities.count)
            for c in problem.city { present[c] += 1 }
            let short = problem.cities.indices.map { c -> (city: Int, left: Int) in
                let places = (0..<topics).map { max(limit, lockedPerCityTopic[c][$0]) }.reduce(0, +)
                return (c, present[c] - places)
            }.filter { $0.left > 0 }.sorted { ($0.left, problem.cities[$1.city]) > ($1.left, problem.cities[$0.city]) }
            if let worst = short.first {
                let others = short.count > 1 ? " (and people from \(short.count - 1) more \(short.count == 2 ? "city" : "cities"))" : ""
                let needed = (present.max()! + topics - 1) / topics
                return AgoraError(.rule, "At most \(limit) per city and \(topics) \(topics == 1 ? "group" : "groups") leave \(people(worst.left)) from \(problem.cities[worst.city]) without a place\(others)",
                                  hint: "Allow \(needed) per city, or plan more topics in round \(round)")
            }
        }
        let limitText = problem.rules.maxPerCity.map { " with at most \($0) per city" } ?? ""
        let sizes = problem.rules.maxSize.map { "\(low) to \($0)" } ?? "at least \(low) (up to the room)"
        return AgoraError(.rule, "Round \(round) cannot have groups of \(sizes) people\(limitText) for its \(n) participants",
                          hint: "Relax the group sizes or the limit per city; the nearest feasible relaxation says by how much")
    }
}
