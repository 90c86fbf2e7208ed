/// Iterated local search for the round of each topic (see ``Scheduler``).
///
/// State: the round of each topic, and for each topic and round the weight it would have
/// with the topics of that round (`gain`), so a move or swap is judged in O(1) and applied
/// in O(topics). Work is bounded by a number of iterations that depends only on the size,
/// never on the clock, so a seed always gives the same plan.
struct ScheduleSearch {
    let weights: CoBacking
    let rounds: Int
    let roomsPerRound: Int
    /// Rounds fixed by pins; nil for topics free to place.
    let fixed: [Int?]

    private var roundOf: [Int]
    private var gain: [Int]
    private var size: [Int]
    private var cost = 0
    private let free: [Int]

    init(weights: CoBacking, rounds: Int, roomsPerRound: Int, fixed: [Int?]) {
        self.weights = weights; self.rounds = rounds; self.roomsPerRound = roomsPerRound; self.fixed = fixed
        roundOf = [Int](repeating: -1, count: weights.count)
        gain = [Int](repeating: 0, count: weights.count * rounds)
        size = [Int](repeating: 0, count: rounds)
        free = fixed.indices.filter { fixed[$0] == nil }
    }

    /// Iterations of perturbation + local search for `n` topics in `r` rounds: 300 + 40 n, fewer
    /// for large n so that the work (each pass costs about n (n + r)) stays bounded.
    static func iterations(topics n: Int, rounds r: Int) -> Int {
        min(300 + 40 * n, max(50, 30_000_000 / max(1, n * (n + r))))
    }

    /// The round of each topic in the best plan found.
    /// - Throws: `CancellationError` once `cancellation` is cancelled (checked each iteration).
    mutating func run(seed: UInt64, cancellation: Cancellation = .never) throws -> [Int] {
        var rng = SeededGenerator(seed: seed)
        construct(&rng)
        localSearch()
        guard free.count > 1, rounds > 1 else { return roundOf }
        var best = roundOf, bestCost = cost
        let total = Self.iterations(topics: weights.count, rounds: rounds)
        let stall = 100 + 5 * weights.count
        var lastGain = 0
        for i in 0..<total {
            if bestCost == 0 { break }
            try cancellation.check()
            if i - lastGain > stall {
                construct(&rng); localSearch(); lastGain = i
            } else {
                let saved = (roundOf, gain, size, cost)
                perturb(&rng)
                localSearch()
                if cost > saved.3 { (roundOf, gain, size, cost) = saved }
            }
            if cost < bestCost { best = roundOf; bestCost = cost; lastGain = i }
        }
        return best
    }

    private mutating func place(_ t: Int, in r: Int) {
        let n = weights.count
        if roundOf[t] >= 0 {
            let old = roundOf[t]
            cost -= gain[t * rounds + old]
            size[old] -= 1
            for u in 0..<n { gain[u * rounds + old] -= weights[t, u] }
        }
        cost += gain[t * rounds + r]
        size[r] += 1
        for u in 0..<n { gain[u * rounds + r] += weights[t, u] }
        roundOf[t] = r
    }

    /// Pinned topics first; then free topics in random order, each into the round with room
    /// where it adds the least weight (then the emptiest round, then the first).
    private mutating func construct(_ rng: inout SeededGenerator) {
        roundOf = [Int](repeating: -1, count: weights.count)
        for i in gain.indices { gain[i] = 0 }
        for r in size.indices { size[r] = 0 }
        cost = 0
        for t in fixed.indices { if let r = fixed[t] { place(t, in: r) } }
        var order = free
        rng.shuffle(&order)
        for t in order {
            var best = -1
            for r in 0..<rounds where size[r] < roomsPerRound {
                if best < 0 || (gain[t * rounds + r], size[r]) < (gain[t * rounds + best], size[best]) { best = r }
            }
            place(t, in: best)
        }
    }

    /// Best improving move or swap for each free topic in turn, until none improves.
    private mutating func localSearch() {
        var improved = true
        while improved {
            improved = false
            for t in free {
                let cur = roundOf[t]
                let here = gain[t * rounds + cur]
                var bestDelta = 0, bestRound = -1, bestPartner = -1
                for r in 0..<rounds where r != cur && size[r] < roomsPerRound {
                    let delta = gain[t * rounds + r] - here
                    if delta < bestDelta { bestDelta = delta; bestRound = r; bestPartner = -1 }
                }
                for u in free {
                    let ru = roundOf[u]
                    guard ru != cur else { continue }
                    let w = weights[t, u]
                    let delta = gain[t * rounds + ru] + gain[u * rounds + cur] - here - gain[u * rounds + ru] - 2 * w
                    if delta < bestDelta { bestDelta = delta; bestRound = ru; bestPartner = u }
                }
                guard bestRound >= 0 else { continue }
                if bestPartner >= 0 {
                    place(t, in: bestRound)
                    place(bestPartner, in: cur)
                } else {
                    place(t, in: bestRound)
                }
                improved = true
            }
        }
    }

    /// A few random swaps (or moves into a round with room) of free topics.
    private mutating func perturb(_ rng: inout SeededGenerator) {
        let steps = 2 + rng.below(2)
        for _ in 0..<steps {
            let t = free[rng.below(free.count)]
            let r = rng.below(rounds)
            guard r != roundOf[t] else { continue }
            if size[r] < roomsPerRound {
                place(t, in: r)
            } else {
                let partners = free.filter { roundOf[$0] == r }
                guard !partners.isEmpty else { continue }
                let u = partners[rng.below(partners.count)]
                let old = roundOf[t]
                place(t, in: r); place(u, in: old)
            }
        }
    }
}
