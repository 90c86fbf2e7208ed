/// How a person's votes, as typed, become operations — for every voting method, in one place.
///
/// The command line names all the topics at once (`agora vote FILE ana data data green`);
/// the Vote screen marks one topic per key. Both come here, and the reducer then checks the
/// budget, the cap and whether voting is open.
extension Session {
    /// The operation for `topics` named at once: dots stacked (a repeated topic is one more
    /// dot), approvals added, or — for ranked ballots — the ranking they give, best first.
    public func ballotOperation(for voter: ParticipantID, placing topics: [TopicID]) -> Operation {
        if voting.method == .ranked { return .voting(.setRanking(voter, topics)) }
        var counts: [(TopicID, Int)] = []
        for id in topics {
            if let i = counts.firstIndex(where: { $0.0 == id }) { counts[i].1 += 1 } else { counts.append((id, 1)) }
        }
        let ops = counts.map { Operation.voting(.addDots(voter, $0.0, count: $0.1)) }
        return ops.count == 1 ? ops[0] : .batch(summary: logged(VotingText.phrase("voting.batch.\(voting.method.rawValue)",
                                                                                      ["name": name(of: voter), "count": "\(topics.count)"])),
                                                        operations: ops)
    }

    /// The operation for one key on one topic: a dot more; an approval on or off; the next
    /// place in a ranking. Nil when there is nothing to do (the topic is ranked already).
    public func ballotOperation(for voter: ParticipantID, marking topic: TopicID) -> Operation? {
        let ballot = ballot(of: voter)
        switch voting.method {
        case .dots:
            return .voting(.addDots(voter, topic, count: 1))
        case .approval:
            return (ballot?.dots(on: topic) ?? 0) > 0 ? .voting(.removeDots(voter, topic, count: 1))
                : .voting(.addDots(voter, topic, count: 1))
        case .ranked:
            let ranking = ballot?.ranking ?? []
            return ranking.contains(topic) ? nil : .voting(.setRanking(voter, ranking + [topic]))
        }
    }
}
