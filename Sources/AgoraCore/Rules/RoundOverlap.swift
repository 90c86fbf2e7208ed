/// Two rounds of the meeting whose times overlap, so that no one can be in both: round 1 at
/// 10:00 for 90 minutes runs into round 2 at 11:00. Grouping takes every round as a time of
/// its own, so an overlap is said at once, as a warning, when a round is added or changed
/// (not refused: moving round 2 after lengthening round 1 takes two changes).
public struct RoundOverlap: Equatable, Sendable {
    /// The earlier round, and the next one, which starts before the earlier one ends.
    public var earlier: RoundID
    public var later: RoundID

    public init(earlier: RoundID, later: RoundID) { self.earlier = earlier; self.later = later }

    /// "round 1 (10:00–11:30) runs into round 2 (11:00–11:45)", in the current language.
    func phrase(in session: Session) -> Phrase? {
        guard let a = session.rounds.first(where: { $0.id == earlier }), let b = session.rounds.first(where: { $0.id == later }),
              let first = session.roundNumber(earlier), let second = session.roundNumber(later) else { return nil }
        return SetupText.phrase("setup.roundOverlap", ["first": "\(first)", "firstTimes": "\(a.start)–\(a.end)",
                                                        "second": "\(second)", "secondTimes": "\(b.start)–\(b.end)"])
    }
}

extension Session {
    /// Each pair of rounds where the earlier runs into the later (rounds are kept in order of
    /// their start; ending when the next starts is no overlap).
    public var roundOverlaps: [RoundOverlap] {
        var found: [RoundOverlap] = []
        for (i, a) in rounds.enumerated() {
            let end = a.start.minutesSinceMidnight + a.minutes
            for b in rounds[(i + 1)...] where b.start.minutesSinceMidnight < end {
                found.append(RoundOverlap(earlier: a.id, later: b.id))
            }
        }
        return found
    }

    /// The warning a change to the rounds adds to its log line, or "" when no rounds overlap.
    func roundOverlapWarning() -> Phrase {
        let found = roundOverlaps.compactMap { $0.phrase(in: self) }
        guard !found.isEmpty else { return .verbatim("") }
        return SetupText.phrase("setup.roundsOverlap", parts: ["list": .joined(found, separator: SetupText.phrase("setup.semicolon"))])
    }
}
