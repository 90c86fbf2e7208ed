/// Changes to who works in which group.
public enum GroupOperation: Codable, Equatable, Sendable {
    /// Replaces the groups of one round. Locked members must keep their place; groups that break
    /// a group rule are formed all the same, and the summary warns (``GroupRuleBreach``).
    case setGroups(RoundID, [Assignment])
    /// Moves a participant into the group of `topic` in a round (and optionally locks them there).
    /// A move that breaks a group rule still applies; its summary warns (``GroupRuleBreach``).
    case move(ParticipantID, round: RoundID, topic: TopicID, lock: Bool)
    case setLock(ParticipantID, round: RoundID, Bool)
    case clearGroups(RoundID)
}

extension Session {
    mutating func reduce(_ op: GroupOperation) throws -> String {
        switch op {
        case .setGroups(let roundID, let proposed):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            var seen = Set<ParticipantID>()
            // Looked up once for the whole round: thousands of places are checked in linear time.
            let people = Dictionary(uniqueKeysWithValues: participants.indices.map { (participants[$0].id, $0) })
            let running = Set(schedule.filter { $0.round == roundID }.map(\.topic))
            for a in proposed {
                guard a.round == roundID else {
                    throw AgoraError.invalid("A place in round \(roundNumber(a.round).map(String.init) ?? "?") was given for round \(number)")
                }
                if let i = people[a.participant], participants[i].present, running.contains(a.topic) {
                    // The common case, valid: no need for the detailed checks below.
                } else {
                    try checkPlace(a.participant, round: roundID, topic: a.topic)
                }
                guard seen.insert(a.participant).inserted else {
                    throw AgoraError.rule("\(name(of: a.participant)) is placed twice in round \(number)")
                }
            }
            let proposedByPerson = Dictionary(uniqueKeysWithValues: proposed.map { ($0.participant, $0) })
            for kept in assignments where kept.round == roundID && kept.locked {
                guard let now = proposedByPerson[kept.participant], now.topic == kept.topic else {
                    throw AgoraError.rule("\(name(of: kept.participant)) is locked in “\(topic(kept.topic)?.title ?? "?")” in round \(number)",
                                          hint: "Unlock them first to move them")
                }
            }
            assignments.removeAll { $0.round == roundID }
            insertAssignments(proposed)
            return "Formed \(CountedNoun.group(Set(proposed.map(\.topic)).count)) for \(CountedNoun.person(proposed.count)) in round \(number)"
                + breachWarning(in: roundID)

        case .move(let person, let roundID, let topicID, let lock):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            try checkPlace(person, round: roundID, topic: topicID)
            let left = assignments.first { $0.round == roundID && $0.participant == person }?.topic
            assignments.removeAll { $0.round == roundID && $0.participant == person }
            insertAssignments([Assignment(round: roundID, participant: person, topic: topicID, locked: lock)])
            return "Moved \(name(of: person)) to “\(topic(topicID)!.title)” in round \(number)" + (lock ? " (locked)" : "")
                + breachWarning(in: roundID, topics: Set([topicID] + (left.map { [$0] } ?? [])))

        case .setLock(let person, let roundID, let locked):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            _ = try participantIndex(person)
            guard let index = assignments.firstIndex(where: { $0.round == roundID && $0.participant == person }) else {
                throw AgoraError.rule("\(name(of: person)) has no group in round \(number)", hint: "Move them into one first")
            }
            assignments[index].locked = locked
            return "\(locked ? "Locked" : "Unlocked") \(name(of: person)) in round \(number)"

        case .clearGroups(let roundID):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            assignments.removeAll { $0.round == roundID }
            return "Cleared the groups of round \(number)"
        }
    }

    private func checkPlace(_ person: ParticipantID, round roundID: RoundID, topic topicID: TopicID) throws {
        let index = try participantIndex(person)
        guard participants[index].present else {
            throw AgoraError.rule("\(participants[index].name) is marked absent", hint: "Mark them present first")
        }
        guard topic(topicID) != nil else { throw AgoraError.notFound("There is no topic \(topicID)") }
        guard schedule.contains(where: { $0.round == roundID && $0.topic == topicID }) else {
            throw AgoraError.rule("“\(topic(topicID)!.title)” does not run in round \(roundNumber(roundID) ?? 0)")
        }
    }

    private mutating func insertAssignments(_ new: [Assignment]) {
        assignments.append(contentsOf: new)
        assignments.sort { ($0.round, $0.participant) < ($1.round, $1.participant) }
    }
}
