/// How many people backed both of two topics: the weight of running them in the same round.
struct CoBacking {
    let count: Int
    /// Row-major, symmetric, zero diagonal.
    private(set) var weight: [Int32]

    init(topics: Int, backed: [[Int]]) {
        count = topics
        weight = [Int32](repeating: 0, count: topics * topics)
        for list in backed {
            for i in list.indices {
                for j in list.indices where j != i { weight[list[i] * topics + list[j]] += 1 }
            }
        }
    }

    subscript(a: Int, b: Int) -> Int { Int(weight[a * count + b]) }

    /// Conflicts of an assignment of topics to rounds.
    func cost(of roundOf: [Int]) -> Int {
        var total = 0
        for a in 0..<count { for b in (a + 1)..<max(a + 1, count) where roundOf[a] == roundOf[b] { total += self[a, b] } }
        return total
    }
}
