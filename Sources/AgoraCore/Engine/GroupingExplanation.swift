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

        func rule(_ key: String, _ values: [String: String], hint: String, _ hintValues: [String: String]) -> AgoraError {
            AgoraError(.rule, EngineText.phrase(key, values), hint: EngineText.phrase(hint, hintValues))
        }
        if let t = capacity.indices.first(where: { capacity[$0] < low }) {
            if problem.rules.maxSize == nil {
                return rule("grouper.roomTooSmall", ["room": problem.roomNames[t], "seats": "\(capacity[t])", "low": "\(low)"],
                            hint: "grouper.roomTooSmall.hint", ["seats": "\(capacity[t])", "title": problem.titles[t]])
            }
            return rule("grouper.topicTooSmall", ["title": problem.titles[t], "count": "\(capacity[t])", "low": "\(low)"],
                        hint: "grouper.lowerMin.hint", ["size": "\(capacity[t])"])
        }
        let totalSeats = capacity.reduce(0) { $0.addingSaturated($1) }
        if totalSeats < n {
            return rule("grouper.tooFewSeats", ["round": "\(round)", "seats": "\(totalSeats)", "count": "\(n)"],
                        hint: "grouper.tooFewSeats.hint", ["size": "\((n + topics - 1) / topics)", "round": "\(round)"])
        }
        if low * topics > n {
            return rule("grouper.tooFewPeople", ["round": "\(round)", "needed": "\(low * topics)", "groups": "\(topics)", "low": "\(low)", "count": "\(n)"],
                        hint: "grouper.tooFewPeople.hint", ["size": "\(n / topics)", "round": "\(round)"])
        }
        if let limit = problem.rules.maxPerCity {
            var present = [Int](repeating: 0, count: problem.cities.count)
            for c in problem.city { present[c] += 1 }
            let short = problem.cities.indices.map { c -> (city: Int, left: Int) in
                let places = (0..<topics).map { max(limit, lockedPerCityTopic[c][$0]) }.reduce(0, +)
                return (c, present[c] - places)
            }.filter { $0.left > 0 }.sorted { ($0.left, problem.cities[$1.city]) > ($1.left, problem.cities[$0.city]) }
            if let worst = short.first {
                let needed = (present.max()! + topics - 1) / topics
                return rule(short.count > 1 ? "grouper.cityLimit.others" : "grouper.cityLimit",
                            ["limit": "\(limit)", "groups": "\(topics)", "left": "\(worst.left)",
                             "city": problem.cities[worst.city], "more": "\(short.count - 1)"],
                            hint: "grouper.cityLimit.hint", ["needed": "\(needed)", "round": "\(round)"])
            }
        }
        let key = "grouper.infeasible." + (problem.rules.maxSize == nil ? "room" : "range") + (problem.rules.maxPerCity == nil ? "" : ".city")
        var values = ["round": "\(round)", "low": "\(low)", "count": "\(n)"]
        values["high"] = problem.rules.maxSize.map { "\($0)" }
        values["limit"] = problem.rules.maxPerCity.map { "\($0)" }
        return rule(key, values, hint: "grouper.infeasible.hint", [:])
    }
}
