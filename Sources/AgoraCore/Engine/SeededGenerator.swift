/// A small, fast, seeded random number generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// The engines never use the system generator: the same seed always gives the same
/// numbers on every machine, so the same file and seed give the same plan and groups.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (1 ≤ bound < 2³²), by Lemire's multiply-shift (negligible bias for small bounds).
    public mutating func below(_ bound: Int) -> Int {
        Int(((next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// Shuffles in place with this generator's own bounded draws, so results do not depend on
    /// the standard library's shuffle algorithm.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = below(i + 1)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// A seed for a sub-problem (a round, a restart), derived from a seed and a number.
    public static func derive(_ seed: UInt64, _ salt: UInt64) -> UInt64 {
        var g = SeededGenerator(seed: seed ^ (salt &* 0xD6E8_FEB8_6659_FD93))
        return g.next()
    }
}
