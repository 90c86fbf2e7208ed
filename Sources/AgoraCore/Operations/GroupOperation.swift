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
                    throw AgoraError.invalid(PlanText.phrase("group.wrongRound", ["other": roundNumber(a.round).map(String.init) ?? "?", "round": "\(number)"]))
                }
                if let i = people[a.participant], participants[i].present, running.contains(a.topic) {
                    // The common case, valid: no need for the detailed checks below.
                } else {
                    try checkPlace(a.participant, round: roundID, topic: a.topic)
                }
                guard seen.insert(a.participant).inserted else {
                    throw AgoraError.rule(PlanText.phrase("group.placedTwice", ["name": name(of: a.participant), "round": "\(number)"]))
                }
            }
            let proposedByPerson = Dictionary(uniqueKeysWithValues: proposed.map { ($0.participant, $0) })
            for kept in assignments where kept.round == roundID && kept.locked {
                guard let now = proposedByPerson[kept.participant], now.topic == kept.topic else {
                    throw AgoraError.rule(PlanText.phrase("group.locked", ["name": name(of: kept.participant),
                                                                          "title": topic(kept.topic)?.title ?? "?", "round": "\(number)"]),
                                          hint: PlanText.phrase("group.locked.hint"))
                }
            }
            assignments.removeAll { $0.round == roundID }
            insertAssignments(proposed)
            return logged(PlanText.phrase("group.formed", ["groups": "\(Set(proposed.map(\.topic)).count)", "count": "\(proposed.count)",
                                                           "round": "\(number)"], parts: ["warning": breachWarning(in: roundID)]))

        case .move(let person, let roundID, let topicID, let lock):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            try checkPlace(person, round: roundID, topic: topicID)
            let left = assignments.first { $0.round == roundID && $0.participant == person }?.topic
            assignments.removeAll { $0.round == roundID && $0.participant == person }
            insertAssignments([Assignment(round: roundID, participant: person, topic: topicID, locked: lock)])
            return logged(PlanText.phrase(lock ? "group.movedLocked" : "group.moved",
                                          ["name": name(of: person), "title": topic(topicID)!.title, "round": "\(number)"],
                                          parts: ["warning": breachWarning(in: roundID, topics: Set([topicID] + (left.map { [$0] } ?? [])))]))

        case .setLock(let person, let roundID, let locked):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            _ = try participantIndex(person)
            guard let index = assignments.firstIndex(where: { $0.round == roundID && $0.participant == person }) else {
                throw AgoraError.rule(PlanText.phrase("group.noGroup", ["name": name(of: person), "round": "\(number)"]),
                                      hint: PlanText.phrase("group.noGroup.hint"))
            }
            assignments[index].locked = locked
            return logged(PlanText.phrase(locked ? "group.lockedPerson" : "group.unlockedPerson", ["name": name(of: person), "round": "\(number)"]))

        case .clearGroups(let roundID):
            guard let number = roundNumber(roundID) else { throw missingRound(roundID) }
            assignments.removeAll { $0.round == roundID }
            return logged(PlanText.phrase("group.cleared", ["round": "\(number)"]))
        }
    }

    private func checkPlace(_ person: ParticipantID, round roundID: RoundID, topic topicID: TopicID) throws {
        let index = try participantIndex(person)
        guard participants[index].present else {
            throw AgoraError.rule(PlanText.phrase("group.absent", ["name": participants[index].name]), hint: PlanText.phrase("group.absent.hint"))
        }
        guard topic(topicID) != nil else { throw AgoraError.notFound(TopicText.phrase("topic.none", ["id": "\(topicID)"])) }
        guard schedule.contains(where: { $0.round == roundID && $0.topic == topicID }) else {
            throw AgoraError.rule(PlanText.phrase("group.notRunning", ["title": topic(topicID)!.title, "round": "\(roundNumber(roundID) ?? 0)"]))
        }
    }

    private mutating func insertAssignments(_ new: [Assignment]) {
        assignments.append(contentsOf: new)
        assignments.sort { ($0.round, $0.participant) < ($1.round, $1.participant) }
    }
}
