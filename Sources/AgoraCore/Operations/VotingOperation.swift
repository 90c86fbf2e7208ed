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
            guard count >= 1 else { throw AgoraError.invalid("Place at least 1 dot (got \(count))") }
            try DomainRange.dotCount.check(count)
            var ballot = ballot(of: voter) ?? Ballot(participant: voter)
            let onTopic = ballot.dots(on: topicID)
            switch voting.method {
            case .ranked:
                throw AgoraError.rule("This session uses ranked ballots", hint: "Set \(person.name)'s ranking instead")
            case .approval:
                guard count == 1 else {
                    throw AgoraError.rule("Approval voting marks a topic once, not \(count) times",
                                          hint: "Name each topic \(person.name) approves once")
                }
                guard onTopic == 0 else {
                    throw AgoraError.rule("\(person.name) already approved “\(topic.title)”",
                                          hint: "Approval voting counts each topic once")
                }
            case .dots:
                let budget = voting.dotsPerParticipant
                let used = ballot.dotsUsed
                if used >= budget {
                    throw AgoraError.rule("\(person.name) has used all \(budget) dots of \(budget)",
                                          hint: "Take a dot back from another topic first")
                }
                if used + count > budget {
                    throw AgoraError.rule("\(person.name) has \(budget - used) of \(budget) dots left; cannot place \(count)")
                }
                if let cap = voting.capPerTopic, onTopic + count > cap {
                    let state = onTopic == 0 ? "cannot place \(count) dots on “\(topic.title)”; at most \(cap) per topic"
                        : onTopic >= cap ? "already has \(onTopic) of at most \(cap) dots on “\(topic.title)”"
                        : "already has \(onTopic) of at most \(cap) dots on “\(topic.title)”; cannot place \(count) more"
                    throw AgoraError.rule("\(person.name) \(state)", hint: "Place the rest on other topics")
                }
            }
            ballot.setDots(onTopic + count, on: topicID)
            setBallot(ballot)
            return "\(person.name) placed \(count == 1 ? "a dot" : "\(count) dots") on “\(topic.title)”"

        case .removeDots(let voter, let topicID, let count):
            let person = try openBallotBox(for: voter)
            let topicIndex = try topicIndex(topicID)
            guard count >= 1 else { throw AgoraError.invalid("Take back at least 1 dot (got \(count))") }
            try DomainRange.dotCount.check(count)
            guard var ballot = ballot(of: voter), ballot.dots(on: topicID) > 0 else {
                throw AgoraError.rule("\(person.name) has no dot on “\(topics[topicIndex].title)”")
            }
            let removed = min(count, ballot.dots(on: topicID))
            ballot.setDots(ballot.dots(on: topicID) - removed, on: topicID)
            setBallot(ballot)
            return "\(person.name) took \(removed == 1 ? "a dot" : "\(removed) dots") back from “\(topics[topicIndex].title)”"

        case .clearBallot(let voter):
            let person = try openBallotBox(for: voter)
            guard ballot(of: voter) != nil else { throw AgoraError.rule("\(person.name) has not voted") }
            ballots.removeAll { $0.participant == voter }
            return "Cleared \(person.name)'s ballot"

        case .setRanking(let voter, let ranking):
            let person = try openBallotBox(for: voter)
            guard voting.method == .ranked else {
                throw AgoraError.rule("This session uses \(voting.method.rawValue) voting, not ranked ballots")
            }
            for id in ranking { _ = try votableTopic(id) }
            guard Set(ranking).count == ranking.count else {
                throw AgoraError.invalid("A ranking names each topic at most once")
            }
            guard ranking.count <= voting.dotsPerParticipant else {
                throw AgoraError.rule("\(person.name) ranked \(CountedNoun.topic(ranking.count)); at most \(voting.dotsPerParticipant) may be ranked")
            }
            setBallot(Ballot(participant: voter, ranking: ranking))
            return "\(person.name) ranked \(CountedNoun.topic(ranking.count))"

        case .setWallCount(let topicID, let count):
            let topic = try votableTopic(topicID)
            guard votingStatus != .closed else {
                throw AgoraError.rule("Voting is closed", hint: "Reopen voting to change counts")
            }
            guard count >= 0 else { throw AgoraError.invalid("A count cannot be negative (got \(count))") }
            try DomainRange.wallCount.check(count)
            if votingStatus == .notStarted { votingStatus = .open }
            setWallCount(count, for: topicID)
            return "Counted \(count) on the wall for “\(topic.title)”"
        }
    }

    /// The voter, once voting is (or may be implicitly) open. A first ballot opens the vote.
    private mutating func openBallotBox(for voter: ParticipantID) throws -> Participant {
        guard let person = participant(voter) else { throw AgoraError.notFound("There is no participant \(voter)") }
        guard votingStatus != .closed else {
            throw AgoraError.rule("Voting is closed", hint: "Reopen voting to change ballots")
        }
        if votingStatus == .notStarted { votingStatus = .open }
        return person
    }

    private func votableTopic(_ id: TopicID) throws -> Topic {
        guard let topic = topic(id) else { throw AgoraError.notFound("There is no topic \(id)") }
        guard topic.isActive else {
            let into = topic.mergedInto.map { "; vote for topic \($0) instead" } ?? ""
            throw AgoraError.rule("Topic \(id) “\(topic.title)” is \(topic.status.rawValue)\(into)")
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
