/// How many single-character edits (insert, delete, replace) turn one text into another
/// (Levenshtein), counted in characters as people see them: "é" is one, "서" is one.
public enum EditDistance {
    /// The distance between `a` and `b`, or nil once it exceeds `limit` (so long texts that
    /// are clearly different cost little).
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowBest = i
            for j in 1...y.count {
                let replace = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(replace, previous[j] + 1, current[j - 1] + 1)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
