import Synchronization

/// How often each outcome of a property happened (a change applied or refused, a file loaded
/// or refused), counted safely from concurrent runs: a property checks its share of each, so
/// that it cannot pass by never reaching the case it is about.
public final class Outcomes: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    public init() {}

    /// Counts one more `outcome`.
    public func count(_ outcome: String) { counts.withLock { $0[outcome, default: 0] += 1 } }

    /// How many times `outcome` happened.
    public subscript(_ outcome: String) -> Int { counts.withLock { $0[outcome] ?? 0 } }

    /// All outcomes counted.
    public var total: Int { counts.withLock { $0.values.reduce(0, +) } }

    /// "applied 412, refused 88", for a failure's message.
    public var description: String { counts.withLock { $0.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") } }
}
