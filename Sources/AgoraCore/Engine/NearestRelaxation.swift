extension Grouper {
    /// The smallest changes to the group rules that make the round's groups possible.
    ///
    /// First each rule alone, each moved as little as it must: the largest group size raised
    /// (or set, when groups follow room sizes), the limit per city raised, the smallest group
    /// size lowered — in that order, keeping those that work alone. When no single rule
    /// suffices, pairs of rules (each as little as it must, the other fully relaxed first, then
    /// tightened back), and finally all three. Empty when the rules already work or the round
    /// has no topics. Every check is an exact maximum flow.
    public static func nearestFeasibleRelaxation(for session: Session, round: RoundID,
                                                 rules: GroupRules? = nil) -> [GroupRelaxation] {
        let base = rules ?? session.groupRules
        guard let problem = try? GroupingProblem(session: session, round: round, rules: base),
              !problem.isFeasible else { return [] }
        let n = problem.people.count
        var present = [Int](repeating: 0, count: problem.cities.count)
        for c in problem.city { present[c] += 1 }
        let largestCity = present.max() ?? 0

        func feasible(_ r: GroupRules) -> Bool {
            (try? GroupingProblem(session: session, round: round, rules: r))?.isFeasible ?? false
        }
        /// The smallest value in lo...hi for which `works` holds, given it is monotone and holds at hi.
        func smallest(_ lo: Int, _ hi: Int, _ works: (Int) -> Bool) -> Int? {
            guard lo <= hi, works(hi) else { return nil }
            var lo = lo, hi = hi
            while lo < hi { let mid = (lo + hi) / 2; if works(mid) { hi = mid } else { lo = mid + 1 } }
            return lo
        }
        enum Rule: CaseIterable { case maxSize, maxPerCity, minSize }
        func loosest(_ rule: Rule, _ r: GroupRules) -> GroupRules {
            var r = r
            switch rule {
            case .maxSize: r.maxSize = max(n, r.minSize, 1)
            case .maxPerCity: r.maxPerCity = nil
            case .minSize: r.minSize = 0
            }
            return r
        }
        /// The rules with `rule` moved as little as needed from `base`, the rest as in `r`.
        func tightest(_ rule: Rule, _ r: GroupRules) -> GroupRules? {
            var r = r
            switch rule {
            case .maxSize:
                guard let m = smallest(max(r.minSize, 1), max(n, r.minSize, 1), {
                    var t = r; t.maxSize = $0; return feasible(t)
                }) else { return nil }
                r.maxSize = m
            case .maxPerCity:
                guard let k = base.maxPerCity else { return feasible(r) ? r : nil }
                guard let found = smallest(k, max(k, largestCity), {
                    var t = r; t.maxPerCity = $0; return feasible(t)
                }) else { return nil }
                r.maxPerCity = found
            case .minSize:
                // Largest minimum that works: search on the distance below the current minimum.
                guard let drop = smallest(0, base.minSize, {
                    var t = r; t.minSize = base.minSize - $0; return feasible(t)
                }) else { return nil }
                r.minSize = base.minSize - drop
            }
            return r
        }
        func relaxation(_ r: GroupRules) -> GroupRelaxation {
            var changes: [GroupRelaxation.Change] = []
            if r.maxSize != base.maxSize, let m = r.maxSize { changes.append(.maxSize(m)) }
            if r.maxPerCity != base.maxPerCity { changes.append(.maxPerCity(r.maxPerCity)) }
            if r.minSize != base.minSize { changes.append(.minSize(r.minSize)) }
            return GroupRelaxation(changes: changes, rules: r, description: GroupRelaxation.words(changes, from: base, in: .current))
        }

        let rulesToTry = Rule.allCases.filter { $0 != .maxPerCity || base.maxPerCity != nil }
        let singles = rulesToTry.compactMap { tightest($0, base) }.filter { $0 != base }
        if !singles.isEmpty { return singles.map(relaxation) }
        var pairs: [GroupRules] = []
        for (i, a) in rulesToTry.enumerated() {
            for b in rulesToTry[(i + 1)...] {
                guard let withB = tightest(b, loosest(a, base)),
                      let both = tightest(a, GroupRules(minSize: a == .minSize ? base.minSize : withB.minSize,
                                                        maxSize: a == .maxSize ? base.maxSize : withB.maxSize,
                                                        maxPerCity: a == .maxPerCity ? base.maxPerCity : withB.maxPerCity))
                else { continue }
                pairs.append(both)
            }
        }
        if !pairs.isEmpty { return pairs.map(relaxation) }
        var all = rulesToTry.reduce(base) { loosest($1, $0) }
        for rule in rulesToTry {
            var reset = all
            switch rule {
            case .maxSize: reset.maxSize = base.maxSize
            case .maxPerCity: reset.maxPerCity = base.maxPerCity
            case .minSize: reset.minSize = base.minSize
            }
            if let tight = tightest(rule, reset) { all = tight }
        }
        return feasible(all) ? [relaxation(all)] : []
    }
}
