import AgoraCore
import Foundation

/// The countdown of a round: start, pause, extend, and the moment it ends.
///
/// A value with no clock of its own: every question takes `now`, so the same timer and
/// instant always give the same text (snapshot tests pass a fixed clock).
public struct RoundTimer: Equatable, Sendable {
    /// Where the countdown stands.
    public enum Phase: Equatable, Sendable {
        /// Not started (or reset).
        case idle
        /// Counting down to `endsAt`.
        case running(endsAt: Date)
        /// Stopped with this many seconds left.
        case paused(remaining: TimeInterval)
    }

    public var phase: Phase = .idle
    /// The 1-based round being timed ("Round 2").
    public var round: Int = 1
    /// The end already announced with the bell (so it rings once).
    public var announcedEnd: Date?
    /// How long an extension adds: five minutes.
    public static let extensionSeconds: TimeInterval = 5 * 60
    /// How long the end keeps flashing on screen.
    public static let flashSeconds: TimeInterval = 30

    public init(phase: Phase = .idle, round: Int = 1) { self.phase = phase; self.round = round }

    /// Starts a countdown of `seconds` for `round`.
    public mutating func start(seconds: TimeInterval, round: Int, at now: Date) {
        self.round = max(1, round)
        phase = .running(endsAt: now.addingTimeInterval(max(0, seconds)))
    }

    /// Idle: starts `seconds`; running: pauses; paused: resumes; over: starts again.
    public mutating func startOrPause(seconds: TimeInterval, at now: Date) {
        switch phase {
        case .idle: start(seconds: seconds, round: round, at: now)
        case .running(let end):
            if end <= now { start(seconds: seconds, round: round, at: now) }
            else { phase = .paused(remaining: end.timeIntervalSince(now)) }
        case .paused(let left): phase = .running(endsAt: now.addingTimeInterval(left))
        }
    }

    /// Adds `seconds` (five minutes by default). A countdown that is over restarts from now.
    public mutating func extend(by seconds: TimeInterval = extensionSeconds, at now: Date) {
        switch phase {
        case .idle: start(seconds: seconds, round: round, at: now)
        case .running(let end): phase = .running(endsAt: max(end, now).addingTimeInterval(seconds))
        case .paused(let left): phase = .paused(remaining: max(0, left) + seconds)
        }
    }

    /// Stops the countdown and moves on to the next round (back to 1 after `roundCount`).
    public mutating func nextRound(roundCount: Int) {
        phase = .idle
        round = roundCount > 0 && round >= roundCount ? 1 : round + 1
    }

    /// Seconds left (negative once over), nil when idle.
    public func remaining(at now: Date) -> TimeInterval? {
        switch phase {
        case .idle: nil
        case .running(let end): end.timeIntervalSince(now)
        case .paused(let left): left
        }
    }

    public var isRunning: Bool { if case .running = phase { return true }; return false }
    public var isPaused: Bool { if case .paused = phase { return true }; return false }

    /// True once a running countdown has reached zero.
    public func hasEnded(at now: Date) -> Bool {
        if case .running(let end) = phase { return end <= now }
        return false
    }

    /// True during the first seconds after the end, on every other second: the view
    /// alternates its colours so the end is seen from the back of the room.
    public func isFlashOn(at now: Date) -> Bool {
        guard case .running(let end) = phase, end <= now else { return false }
        let over = now.timeIntervalSince(end)
        return over < Self.flashSeconds && Int(over) % 2 == 0
    }

    /// True while the display changes every second (running, or flashing).
    public func needsTicks(at now: Date) -> Bool {
        guard case .running(let end) = phase else { return false }
        return end > now || now.timeIntervalSince(end) < Self.flashSeconds + 1
    }

    /// True once per end: the first time it is asked after the countdown reached zero.
    public mutating func takeEndAnnouncement(at now: Date) -> Bool {
        guard case .running(let end) = phase, end <= now, announcedEnd != end else { return false }
        announcedEnd = end
        return true
    }

    /// What the timer keys ask (`t`, `+`, `T`).
    public enum Change: Equatable, Sendable {
        case startOrPause, extend, nextRound
    }

    /// Makes `change` for the meeting's `rounds` (a round's own length when it starts);
    /// returns the words for the status line.
    public mutating func apply(_ change: Change, rounds: [Round], at now: Date) -> String {
        switch change {
        case .startOrPause:
            let minutes = rounds.indices.contains(round - 1) ? rounds[round - 1].minutes : 45
            startOrPause(seconds: TimeInterval(minutes * 60), at: now)
            return isPaused ? "Timer paused at \(clockText(at: now))" : "Round \(round) timer running: \(clockText(at: now)) left"
        case .extend:
            extend(at: now)
            return "Five more minutes: \(clockText(at: now)) left"
        case .nextRound:
            nextRound(roundCount: rounds.count)
            return "Timer stopped; t starts round \(round)"
        }
    }

    /// "42:13" left, "0:00" when over, rounded up so a fresh 45-minute round reads 45:00.
    public func clockText(at now: Date) -> String {
        guard let left = remaining(at: now) else { return "--:--" }
        let seconds = max(0, Int(left.rounded(.up)))
        return "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"
    }

    /// The text for a status bar: "Round 1 ▶ 42:13", "Round 1 ⏸ 12:00",
    /// "Round 1 ⏰ time is up"; nil when idle.
    public func statusText(at now: Date) -> String? {
        switch phase {
        case .idle: return nil
        case .paused: return "Round \(round) ⏸ \(clockText(at: now))"
        case .running:
            return hasEnded(at: now) ? "Round \(round) ⏰ time is up" : "Round \(round) ▶ \(clockText(at: now))"
        }
    }
}
