/// Which step of the tie-break rule put one topic ahead of another with the same points.
public enum TieBreak: String, Codable, Sendable, CaseIterable {
    /// More distinct voters.
    case voters
    /// More distinct cities among the voters.
    case cities
    /// Proposed earlier (lower topic number).
    case proposalOrder = "proposal-order"

    /// "more distinct voters", for sentences on screens (in ``Language/current``).
    public var phrase: String { phrase(in: .current) }

    /// "more distinct voters", "plus de votants distincts", in `language` (reports).
    public func phrase(in language: Language) -> String {
        switch self {
        case .voters: return EngineText.table.format("tally.tie.voters", in: language, [:])
        case .cities: return EngineText.table.format("tally.tie.cities", in: language, [:])
        case .proposalOrder: return EngineText.table.format("tally.tie.proposalOrder", in: language, [:])
        }
    }
}

/// Where one active topic stands after the vote.
public struct TopicResult: Codable, Equatable, Sendable {
    public var topic: TopicID
    /// 1-based and strict: no two topics share a rank (see ``Tally/tieBreakRule``).
    public var rank: Int
    /// Total points: ballot dots or approvals (Borda points for ranked ballots) plus wall counts.
    public var dots: Int
    /// The part of ``dots`` that came from personal ballots.
    public var ballotPoints: Int
    /// The part of ``dots`` that came from anonymous counts on the wall.
    public var wallCount: Int
    /// Distinct participants whose ballot gives the topic at least one point.
    public var voters: Int
    /// Distinct cities of those voters.
    public var cities: Int
    /// Set when the next topic down has as many points: the tie-break step that put this one ahead.
    public var aheadOfNextBy: TieBreak?
    /// Set when the topic just above has as many points: the tie-break step that put it ahead of this one.
    public var behindPreviousBy: TieBreak?

    public init(topic: TopicID, rank: Int, dots: Int, ballotPoints: Int, wallCount: Int, voters: Int, cities: Int,
                aheadOfNextBy: TieBreak? = nil, behindPreviousBy: TieBreak? = nil) {
        self.topic = topic; self.rank = rank; self.dots = dots; self.ballotPoints = ballotPoints
        self.wallCount = wallCount; self.voters = voters; self.cities = cities
        self.aheadOfNextBy = aheadOfNextBy; self.behindPreviousBy = behindPreviousBy
    }

    /// True when only the tie-break separates this topic from a neighbour (screens mark it).
    public var isTieBroken: Bool { aheadOfNextBy != nil || behindPreviousBy != nil }
}

/// The count of the vote: every active topic with its points, voters and cities, in rank order.
public enum Tally {
    /// Whether vote counts may be shown: always, or — when the rules hide tallies until the
    /// vote closes — only once it has closed. The one rule for every screen and command.
    public static func isVisible(in session: Session) -> Bool {
        !session.voting.hideTalliesUntilClose || session.votingStatus == .closed
    }

    /// The tie-break rule, as shown wherever ranks are shown (in ``Language/current``).
    public static var tieBreakRule: String { tieBreakRule(in: .current) }

    /// The tie-break rule in `language`, for reports and exports.
    public static func tieBreakRule(in language: Language) -> String {
        EngineText.table.format("tally.tieBreakRule", in: language, [:])
    }

    /// Results for the active topics (proposed or selected), best first.
    ///
    /// Order: more points; then more distinct voters; then more distinct cities; then earlier
    /// proposal (lower topic number). Ranks are therefore strict.
    public static func results(of session: Session) -> [TopicResult] {
        let active = session.activeTopics
        var ballotPoints: [TopicID: Int] = [:]
        var voters: [TopicID: Int] = [:]
        var cities: [TopicID: Set<String>] = [:]
        let cityOf = Dictionary(session.participants.map { ($0.id, $0.city) }, uniquingKeysWith: { a, _ in a })
        let k = session.voting.dotsPerParticipant
        for ballot in session.ballots {
            for mark in ballot.points(places: k) where mark.count > 0 {
                ballotPoints[mark.topic, default: 0].addSaturating(mark.count)
                voters[mark.topic, default: 0] += 1
                if let city = cityOf[ballot.participant], !city.isEmpty { cities[mark.topic, default: []].insert(city) }
            }
        }
        let wall = Dictionary(session.wallCounts.map { ($0.topic, $0.count) }, uniquingKeysWith: { $0.addingSaturated($1) })
        var results = active.map { topic -> TopicResult in
            let fromBallots = ballotPoints[topic.id] ?? 0, fromWall = wall[topic.id] ?? 0
            return TopicResult(topic: topic.id, rank: 0, dots: fromBallots.addingSaturated(fromWall), ballotPoints: fromBallots,
                               wallCount: fromWall, voters: voters[topic.id] ?? 0, cities: cities[topic.id]?.count ?? 0)
        }
        results.sort(by: isAhead)
        for i in results.indices {
            results[i].rank = i + 1
            if i + 1 < results.count, let step = decidingStep(results[i], results[i + 1]) {
                results[i].aheadOfNextBy = step
                results[i + 1].behindPreviousBy = step
            }
        }
        return results
    }

    /// Whether `a` ranks above `b`.
    static func isAhead(_ a: TopicResult, _ b: TopicResult) -> Bool {
        if a.dots != b.dots { return a.dots > b.dots }
        if a.voters != b.voters { return a.voters > b.voters }
        if a.cities != b.cities { return a.cities > b.cities }
        return a.topic < b.topic
    }

    /// The tie-break step that orders two topics with equal points; nil when points differ.
    static func decidingStep(_ a: TopicResult, _ b: TopicResult) -> TieBreak? {
        guard a.dots == b.dots else { return nil }
        if a.voters != b.voters { return .voters }
        if a.cities != b.cities { return .cities }
        return .proposalOrder
    }
}

extension Int {
    /// The sum, held at `Int.max` (or `Int.min`) instead of trapping. Sessions that pass the
    /// ranges of ``DomainRange`` never come near it; this keeps a count from crashing a reader
    /// of a session built some other way.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    mutating func addSaturating(_ other: Int) { self = addingSaturated(other) }
}
