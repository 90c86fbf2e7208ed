/// Changes to the vote: opening and closing it, ballots, anonymous counts.
public enum VotingOperation: Codable, Equatable, Sendable {
    case open
    case close
    /// Places `count` more dots (or one approval) of a participant on a topic.
    case addDots(ParticipantID, TopicID, count: Int)
    /// Takes back up to `count` dots of a participant from a topic.
    case removeDots(ParticipantID, TopicID, count: Int)
    case clearBallot(ParticipantID)
    /// A ranked ballot, most preferred first.
    case setRanking(ParticipantID, [TopicID])
    /// Anonymous dots or hands counted for a topic (replaces the previous count).
    case setWallCount(TopicID, count: Int)
}

extension Session {
    mutating func reduce(_ op: VotingOperation) throws -> String {
        switch op {
        case .open:
            guard votingStatus != .open else { throw AgoraError.rule(VotingText.phrase("voting.alreadyOpen")) }
            let again = votingStatus == .closed
            votingStatus = .open
            return logged(VotingText.phrase(again ? "voting.reopened" : "voting.opened"))

        case .close:
            guard votingStatus == .open else { throw AgoraError.rule(VotingText.phrase("voting.notOpen")) }
            votingStatus = .closed
            return logged(VotingText.phrase("voting.closed"))

        case .addDots(let voter, let topicID, let count):
            let person = try openBallotBox(for: voter)
            let topic = try votableTopic(topicID)
            guard count >= 1 else { throw AgoraError.invalid(VotingText.phrase("voting.placeAtLeastOne", ["count": "\(count)"])) }
            try DomainRange.dotCount.check(count)
            var ballot = ballot(of: voter) ?? Ballot(participant: voter)
            let onTopic = ballot.dots(on: topicID)
            switch voting.method {
            case .ranked:
                throw AgoraError.rule(VotingText.phrase("voting.rankedOnly"), hint: VotingText.phrase("voting.rankedOnly.hint", ["name": person.name]))
            case .approval:
                guard count == 1 else {
                    throw AgoraError.rule(VotingText.phrase("voting.approvalOnce", ["count": "\(count)"]),
                                          hint: VotingText.phrase("voting.approvalOnce.hint", ["name": person.name]))
                }
                guard onTopic == 0 else {
                    throw AgoraError.rule(VotingText.phrase("voting.alreadyApproved", ["name": person.name, "title": topic.title]),
                                          hint: VotingText.phrase("voting.alreadyApproved.hint"))
                }
            case .dots:
                let budget = voting.dotsPerParticipant
                let used = ballot.dotsUsed
                if used >= budget {
                    throw AgoraError.rule(VotingText.phrase("voting.budgetSpent", ["name": person.name, "budget": "\(budget)"]),
                                          hint: VotingText.phrase("voting.budgetSpent.hint"))
                }
                if used + count > budget {
                    throw AgoraError.rule(VotingText.phrase("voting.budgetShort", ["name": person.name, "left": "\(budget - used)",
                                                                      "budget": "\(budget)", "count": "\(count)"]))
                }
                if let cap = voting.capPerTopic, onTopic + count > cap {
                    let key = onTopic == 0 ? "voting.capFirst" : onTopic >= cap ? "voting.capReached" : "voting.capMore"
                    throw AgoraError.rule(VotingText.phrase(key, ["name": person.name, "count": "\(count)", "title": topic.title,
                                                                  "cap": "\(cap)", "on": "\(onTopic)"]),
                                          hint: VotingText.phrase("voting.cap.hint"))
                }
            }
            ballot.setDots(onTopic + count, on: topicID)
            setBallot(ballot)
            return logged(VotingText.phrase(count == 1 ? "voting.placedOne" : "voting.placed",
                                            ["name": person.name, "count": "\(count)", "title": topic.title]))

        case .removeDots(let voter, let topicID, let count):
            let person = try openBallotBox(for: voter)
            let topicIndex = try topicIndex(topicID)
            guard count >= 1 else { throw AgoraError.invalid(VotingText.phrase("voting.takeBackAtLeastOne", ["count": "\(count)"])) }
            try DomainRange.dotCount.check(count)
            guard var ballot = ballot(of: voter), ballot.dots(on: topicID) > 0 else {
                throw AgoraError.rule(VotingText.phrase("voting.noDot", ["name": person.name, "title": topics[topicIndex].title]))
            }
            let removed = min(count, ballot.dots(on: topicID))
            ballot.setDots(ballot.dots(on: topicID) - removed, on: topicID)
            setBallot(ballot)
            return logged(VotingText.phrase(removed == 1 ? "voting.tookOne" : "voting.took",
                                            ["name": person.name, "count": "\(removed)", "title": topics[topicIndex].title]))

        case .clearBallot(let voter):
            let person = try openBallotBox(for: voter)
            guard ballot(of: voter) != nil else { throw AgoraError.rule(VotingText.phrase("voting.notVoted", ["name": person.name])) }
            ballots.removeAll { $0.participant == voter }
            return logged(VotingText.phrase("voting.cleared", ["name": person.name]))

        case .setRanking(let voter, let ranking):
            let person = try openBallotBox(for: voter)
            guard voting.method == .ranked else {
                throw AgoraError.rule(VotingText.phrase("voting.notRanked.\(voting.method.rawValue)"))
            }
            for id in ranking { _ = try votableTopic(id) }
            guard Set(ranking).count == ranking.count else {
                throw AgoraError.invalid(VotingText.phrase("voting.rankingTwice"))
            }
            guard ranking.count <= voting.dotsPerParticipant else {
                throw AgoraError.rule(VotingText.phrase("voting.rankedTooMany", ["name": person.name, "count": "\(ranking.count)",
                                                                       "max": "\(voting.dotsPerParticipant)"]))
            }
            setBallot(Ballot(participant: voter, ranking: ranking))
            return logged(VotingText.phrase("voting.ranked", ["name": person.name, "count": "\(ranking.count)"]))

        case .setWallCount(let topicID, let count):
            let topic = try votableTopic(topicID)
            guard votingStatus != .closed else {
                throw AgoraError.rule(VotingText.phrase("voting.isClosed"), hint: VotingText.phrase("voting.reopenForCounts"))
            }
            guard count >= 0 else { throw AgoraError.invalid(VotingText.phrase("voting.negativeCount", ["count": "\(count)"])) }
            try DomainRange.wallCount.check(count)
            if votingStatus == .notStarted { votingStatus = .open }
            setWallCount(count, for: topicID)
            return logged(VotingText.phrase("voting.wallCounted", ["count": "\(count)", "title": topic.title]))
        }
    }

    /// The voter, once voting is (or may be implicitly) open. A first ballot opens the vote.
    private mutating func openBallotBox(for voter: ParticipantID) throws -> Participant {
        guard let person = participant(voter) else { throw AgoraError.notFound(PeopleText.phrase("people.none", ["id": "\(voter)"])) }
        guard votingStatus != .closed else {
            throw AgoraError.rule(VotingText.phrase("voting.isClosed"), hint: VotingText.phrase("voting.reopenForBallots"))
        }
        if votingStatus == .notStarted { votingStatus = .open }
        return person
    }

    private func votableTopic(_ id: TopicID) throws -> Topic {
        guard let topic = topic(id) else { throw AgoraError.notFound(TopicText.phrase("topic.none", ["id": "\(id)"])) }
        guard topic.isActive else {
            if let into = topic.mergedInto {
                throw AgoraError.rule(VotingText.phrase("voting.topicMerged", ["id": "\(id)", "title": topic.title, "into": "\(into)"]))
            }
            throw AgoraError.rule(VotingText.phrase("voting.topicInactive", ["id": "\(id)", "title": topic.title],
                                                    parts: ["status": TopicText.status(topic.status)]))
        }
        return topic
    }

    private mutating func setBallot(_ ballot: Ballot) {
        if let index = ballots.firstIndex(where: { $0.participant == ballot.participant }) {
            if ballot.isEmpty { ballots.remove(at: index) } else { ballots[index] = ballot }
        } else if !ballot.isEmpty {
            let at = ballots.firstIndex { $0.participant > ballot.participant } ?? ballots.endIndex
            ballots.insert(ballot, at: at)
        }
    }

    func wallCount(of topic: TopicID) -> Int { wallCounts.first { $0.topic == topic }?.count ?? 0 }

    mutating func setWallCount(_ count: Int, for topic: TopicID) {
        wallCounts.removeAll { $0.topic == topic }
        guard count > 0 else { return }
        let at = wallCounts.firstIndex { $0.topic > topic } ?? wallCounts.endIndex
        wallCounts.insert(WallCount(topic: topic, count: count), at: at)
    }
}

extension Ballot {
    /// Sets the dots on `topic`, keeping ``dots`` sorted and free of zeros.
    mutating func setDots(_ count: Int, on topic: TopicID) {
        dots.removeAll { $0.topic == topic }
        guard count > 0 else { return }
        let at = dots.firstIndex { $0.topic > topic } ?? dots.endIndex
        dots.insert(DotMark(topic: topic, count: count), at: at)
    }
}
