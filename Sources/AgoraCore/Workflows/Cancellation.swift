import Synchronization

/// A request to stop slow work early, shared between whoever asked for the work and the
/// thread that does it. Engines check it between rounds and iterations (cooperative: nothing
/// is interrupted in the middle of a step).
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks the work to stop at its next check.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Throws `CancellationError` once cancelled.
    public func check() throws { if isCancelled { throw CancellationError() } }

    /// Work that nobody cancels (the CLI's one-shot commands).
    public static var never: Cancellation { Cancellation() }
}
