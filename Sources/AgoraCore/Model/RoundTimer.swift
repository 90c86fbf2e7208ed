import Foundation

/// The countdown of a round: start, pause, extend, and the moment it ends. Kept in the
/// session (``Session/timer``), so a reopened session shows the timer as it was left; it
/// changes only through ``PlanOperation/timer(_:at:)``.
///
/// A value with no clock of its own: every question takes `now`, so the same timer and
/// instant always give the same text (snapshot tests pass a fixed clock). Moments are kept to
/// the whole second, as the session file writes them.
public struct RoundTimer: Codable, Equatable, Sendable {
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
    /// How long an extension adds: five minutes.
    public static let extensionSeconds: TimeInterval = 5 * 60
    /// How long the end keeps flashing on screen.
    public static let flashSeconds: TimeInterval = 30

    public init(phase: Phase = .idle, round: Int = 1) { self.phase = phase; self.round = round }

    /// Starts a countdown of `seconds` for `round`.
    public mutating func start(seconds: TimeInterval, round: Int, at now: Date) {
        self.round = max(1, round)
        phase = .running(endsAt: Self.whole(now.addingTimeInterval(max(0, seconds))))
    }

    /// Idle: starts `seconds`; running: pauses; paused: resumes; over: starts again.
    public mutating func startOrPause(seconds: TimeInterval, at now: Date) {
        switch phase {
        case .idle: start(seconds: seconds, round: round, at: now)
        case .running(let end):
            if end <= now { start(seconds: seconds, round: round, at: now) }
            else { phase = .paused(remaining: end.timeIntervalSince(now).rounded(.up)) }
        case .paused(let left): phase = .running(endsAt: Self.whole(now.addingTimeInterval(left)))
        }
    }

    /// Adds `seconds` (five minutes by default). A countdown that is over restarts from now.
    public mutating func extend(by seconds: TimeInterval = extensionSeconds, at now: Date) {
        switch phase {
        case .idle: start(seconds: seconds, round: round, at: now)
        case .running(let end): phase = .running(endsAt: Self.whole(max(end, now).addingTimeInterval(seconds)))
        case .paused(let left): phase = .paused(remaining: max(0, left) + seconds)
        }
    }

    /// Stops the countdown and moves on to the next round (back to 1 after `roundCount`;
    /// a meeting with no rounds yet stays at round 1).
    public mutating func nextRound(roundCount: Int) {
        phase = .idle
        round = round >= max(1, roundCount) ? 1 : round + 1
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

    /// The moment a running countdown ends, nil otherwise.
    public var endsAt: Date? { if case .running(let end) = phase { return end }; return nil }

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

    /// What the timer keys ask (`t`, `+`, `T`).
    public enum Change: String, Codable, Equatable, Sendable {
        case startOrPause = "start-or-pause", extend, nextRound = "next-round"
    }

    /// Makes `change` for the meeting's `rounds` (a round's own length when it starts);
    /// returns the words for the status line and the log, in `language` (the meeting's).
    public mutating func apply(_ change: Change, rounds: [Round], at now: Date, in language: Language = .en) -> String {
        let key: String
        switch change {
        case .startOrPause:
            let minutes = rounds.indices.contains(round - 1) ? rounds[round - 1].minutes : 45
            startOrPause(seconds: TimeInterval(minutes * 60), at: now)
            key = isPaused ? "plan.timer.paused" : "plan.timer.running"
        case .extend:
            extend(at: now)
            key = "plan.timer.extended"
        case .nextRound:
            nextRound(roundCount: rounds.count)
            key = "plan.timer.stopped"
        }
        return PlanText.table.format(key, in: language, ["round": "\(round)", "clock": clockText(at: now)])
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
        case .paused: return PlanText.table("plan.timer.statusPaused", ["round": "\(round)", "clock": clockText(at: now)])
        case .running:
            return PlanText.table(hasEnded(at: now) ? "plan.timer.statusUp" : "plan.timer.statusRunning",
                                  ["round": "\(round)", "clock": clockText(at: now)])
        }
    }

    /// `date` to the whole second below: what the session file keeps of it.
    static func whole(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }

    // MARK: In the session file: {"round": 2, "endsAt": "…Z"} or {"round": 2, "pausedWith": 1200}

    enum CodingKeys: String, CodingKey { case round, endsAt, pausedWith }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        round = try c.decode(Int.self, forKey: .round)
        if let end = try c.decodeIfPresent(Date.self, forKey: .endsAt) {
            guard !c.contains(.pausedWith) else {
                throw DecodingError.dataCorruptedError(forKey: .pausedWith, in: c,
                    debugDescription: "A timer is either running (endsAt) or paused (pausedWith), not both")
            }
            phase = .running(endsAt: end)
        } else if let left = try c.decodeIfPresent(Int.self, forKey: .pausedWith) {
            phase = .paused(remaining: TimeInterval(left))
        } else {
            phase = .idle
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(round, forKey: .round)
        switch phase {
        case .idle: break
        case .running(let end): try c.encode(end, forKey: .endsAt)
        case .paused(let left): try c.encode(Int(left.rounded(.up)), forKey: .pausedWith)
        }
    }
}
