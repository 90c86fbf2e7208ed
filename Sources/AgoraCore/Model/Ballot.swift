/// Dots one participant placed on one topic (1 for an approval).
public struct DotMark: Codable, Equatable, Sendable {
    public var topic: TopicID
    public var count: Int
    public init(topic: TopicID, count: Int) { self.topic = topic; self.count = count }
}

/// One participant's vote. Dot and approval ballots use ``dots``; ranked ballots use ``ranking``.
public struct Ballot: Codable, Equatable, Sendable {
    public var participant: ParticipantID
    /// Sorted by topic; no zero counts.
    public var dots: [DotMark]
    /// Most preferred first.
    public var ranking: [TopicID]

    public init(participant: ParticipantID, dots: [DotMark] = [], ranking: [TopicID] = []) {
        self.participant = participant; self.dots = dots; self.ranking = ranking
    }

    public var isEmpty: Bool { dots.isEmpty && ranking.isEmpty }
    public var dotsUsed: Int { dots.reduce(0) { $0 + $1.count } }
    public func dots(on topic: TopicID) -> Int { dots.first { $0.topic == topic }?.count ?? 0 }
}

/// Anonymous votes counted for one topic: sticky dots on a wall, or raised hands.
public struct WallCount: Codable, Equatable, Sendable {
    public var topic: TopicID
    public var count: Int
    public init(topic: TopicID, count: Int) { self.topic = topic; self.count = count }
}
