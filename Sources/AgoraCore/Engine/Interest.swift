/// How much a participant cares about a topic, read from their ballot.
///
/// Dot and approval ballots give each topic its dots (an approval is one dot). A ranked
/// ballot is scored by Borda: with k = ``VotingRules/dotsPerParticipant`` places, the topic
/// ranked i-th (0-based) gets k − i points; places beyond k score nothing. Anonymous wall
/// counts carry no personal interest.
extension Ballot {
    /// Points this ballot gives each topic, sorted by topic, without zeros.
    /// - Parameter places: k, the number of places of a ranking (the dots per participant).
    public func points(places k: Int) -> [DotMark] {
        if ranking.isEmpty { return dots }
        var byTopic: [TopicID: Int] = [:]
        for mark in dots { byTopic[mark.topic, default: 0] += mark.count }
        for (i, topic) in ranking.enumerated() where k - i > 0 { byTopic[topic, default: 0] += k - i }
        return byTopic.filter { $0.value > 0 }.map { DotMark(topic: $0.key, count: $0.value) }
            .sorted { $0.topic < $1.topic }
    }
}

extension Session {
    /// Interest of a participant in a topic: their dots on it, or its Borda points.
    public func interest(of participant: ParticipantID, in topic: TopicID) -> Int {
        guard let ballot = ballot(of: participant) else { return 0 }
        return ballot.points(places: voting.dotsPerParticipant).first { $0.topic == topic }?.count ?? 0
    }

    /// Every participant's interest in the active topics, keyed by participant; only
    /// participants with a non-empty ballot appear.
    public var interests: [ParticipantID: [DotMark]] {
        let active = Set(activeTopics.map(\.id))
        var table: [ParticipantID: [DotMark]] = [:]
        for ballot in ballots {
            let points = ballot.points(places: voting.dotsPerParticipant).filter { active.contains($0.topic) }
            if !points.isEmpty { table[ballot.participant] = points }
        }
        return table
    }
}
