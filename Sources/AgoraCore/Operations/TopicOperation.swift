/// Changes to the topics pitched in the room.
public enum TopicOperation: Codable, Equatable, Sendable {
    case propose(TopicFields)
    case edit(TopicID, TopicFields)
    /// Folds a duplicate into another topic; its dots, rankings and counts move there. A ballot
    /// keeps at most the cap per topic on the kept topic (one approval); the surplus dots go
    /// back to the voter, who may place them elsewhere, and the summary says so.
    case merge(TopicID, into: TopicID)
    /// Takes a topic back; the dots placed on it return to their owners.
    case withdraw(TopicID)
    /// Brings back a withdrawn topic (without its old dots).
    case restore(TopicID)
}

extension Session {
    mutating func reduce(_ op: TopicOperation) throws -> String {
        switch op {
        case .propose(let fields):
            let fields = try checked(fields, except: nil)
            try DomainRange.topics.checkRoom(forOneMore: topics.count)
            let id = TopicID(try nextIDs.take(\.topic, "topic"))
            topics.append(Topic(id: id, title: fields.title, description: fields.description,
                                proposer: fields.proposer, area: fields.area))
            return "Topic \(id) proposed: “\(fields.title)”" + (fields.proposer.map { " by \(name(of: $0))" } ?? "")

        case .edit(let id, let fields):
            let index = try topicIndex(id)
            let fields = try checked(fields, except: id)
            topics[index].title = fields.title
            topics[index].description = fields.description
            topics[index].proposer = fields.proposer
            topics[index].area = fields.area
            return "Edited topic \(id): “\(fields.title)”"

        case .merge(let source, let target):
            let s = try topicIndex(source), t = try topicIndex(target)
            guard source != target else { throw AgoraError.invalid("A topic cannot be merged into itself") }
            guard topics[s].isActive else { throw AgoraError.rule("Topic \(source) is \(topics[s].status.rawValue) already") }
            guard topics[t].isActive else {
                throw AgoraError.rule("Topic \(target) is \(topics[t].status.rawValue); merge into an active topic")
            }
            try requireUnscheduled(source, doing: "merging it")
            var givenBack: [(voter: ParticipantID, dots: Int)] = []
            let cap = voting.method == .approval ? 1 : voting.capPerTopic
            for b in ballots.indices {
                let moved = ballots[b].dots(on: source)
                if moved > 0 {
                    ballots[b].dots.removeAll { $0.topic == source }
                    let total = ballots[b].dots(on: target) + moved
                    let kept = cap.map { min(total, $0) } ?? total
                    if kept < total { givenBack.append((ballots[b].participant, total - kept)) }
                    ballots[b].setDots(kept, on: target)
                }
                if let rank = ballots[b].ranking.firstIndex(of: source) {
                    let targetRank = ballots[b].ranking.firstIndex(of: target)
                    if targetRank == nil { ballots[b].ranking[rank] = target } else {
                        ballots[b].ranking.remove(at: rank)
                        if let tr = targetRank, tr > rank {
                            ballots[b].ranking.remove(at: tr - 1)
                            ballots[b].ranking.insert(target, at: rank)
                        }
                    }
                }
            }
            if let w = wallCounts.firstIndex(where: { $0.topic == source }) {
                let moved = wallCounts.remove(at: w).count
                let merged = wallCount(of: target) + moved
                guard DomainRange.wallCount.contains(merged) else {
                    throw AgoraError.rule("Merging would give topic \(target) a wall count of \(merged); "
                                          + "a wall count is at most \(DomainRange.wallCount.bounds.upperBound)",
                                          hint: "Correct the wall counts with `tally` first")
                }
                setWallCount(merged, for: target)
            }
            topics[s].status = .merged
            topics[s].mergedInto = target
            topics[s].selectionPin = nil
            for i in projects.indices {
                projects[i].origins.topics = projects[i].origins.topics.map { $0 == source ? target : $0 }.uniqued()
            }
            return "Merged topic \(source) “\(topics[s].title)” into \(target) “\(topics[t].title)”"
                + mergeCapNote(givenBack, cap: cap ?? 0)

        case .withdraw(let id):
            let index = try topicIndex(id)
            guard topics[index].isActive else { throw AgoraError.rule("Topic \(id) is \(topics[index].status.rawValue) already") }
            try requireUnscheduled(id, doing: "withdrawing it")
            for b in ballots.indices {
                ballots[b].dots.removeAll { $0.topic == id }
                ballots[b].ranking.removeAll { $0 == id }
            }
            ballots.removeAll(where: \.isEmpty)
            wallCounts.removeAll { $0.topic == id }
            topics[index].status = .withdrawn
            topics[index].selectionPin = nil
            return "Withdrew topic \(id) “\(topics[index].title)”"

        case .restore(let id):
            let index = try topicIndex(id)
            guard topics[index].status == .withdrawn else {
                throw AgoraError.rule("Only a withdrawn topic can be restored; topic \(id) is \(topics[index].status.rawValue)")
            }
            let key = TextRules.searchKey(topics[index].title)
            if let twin = topics.first(where: { $0.id != id && $0.isActive && TextRules.searchKey($0.title) == key }) {
                throw AgoraError.rule("“\(twin.title)” is already topic \(twin.id)",
                                      hint: "Merge or withdraw it before restoring this one")
            }
            topics[index].status = .proposed
            return "Restored topic \(id) “\(topics[index].title)”"
        }
    }

    /// What a merge did to ballots that would have stacked more than the cap on the kept topic:
    /// "; Ana's dots capped at 3, 1 dot given back" (approvals: "counted once").
    private func mergeCapNote(_ givenBack: [(voter: ParticipantID, dots: Int)], cap: Int) -> String {
        guard !givenBack.isEmpty else { return "" }
        if voting.method == .approval {
            let names = givenBack.map { name(of: $0.voter) }
            return "; " + names.joined(separator: ", ") + " approved both, counted once"
        }
        if givenBack.count == 1 {
            return "; \(name(of: givenBack[0].voter))'s dots capped at \(cap), \(CountedNoun.dot(givenBack[0].dots)) given back"
        }
        let total = givenBack.reduce(0) { $0 + $1.dots }
        let each = givenBack.map { "\($0.dots) to \(name(of: $0.voter))" }.joined(separator: ", ")
        return "; dots capped at \(cap) per topic, \(CountedNoun.dot(total)) given back (\(each))"
    }

    private func checked(_ fields: TopicFields, except: TopicID?) throws -> TopicFields {
        var fields = fields
        fields.title = TextRules.singleLine(fields.title)
        fields.description = TextRules.multiLine(fields.description)
        guard !TextRules.isBlank(fields.title) else { throw AgoraError.invalid("A topic needs a title") }
        try TextLimit.line.check(fields.title, field: "A topic's title")
        try TextLimit.paragraph.check(fields.description, field: "A topic's description")
        if let proposer = fields.proposer, participant(proposer) == nil {
            throw AgoraError.notFound("There is no participant \(proposer) to propose this topic")
        }
        let key = TextRules.searchKey(fields.title)
        if let twin = topics.first(where: { $0.id != except && $0.isActive && TextRules.searchKey($0.title) == key }) {
            throw AgoraError.invalid("“\(twin.title)” is already topic \(twin.id)",
                                     hint: "Vote for it, or give this one a different title")
        }
        return fields
    }

    func topicIndex(_ id: TopicID) throws -> Int {
        guard let index = topics.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound("There is no topic \(id)")
        }
        return index
    }

    private func requireUnscheduled(_ id: TopicID, doing what: String) throws {
        if let slot = schedule.first(where: { $0.topic == id }) {
            throw AgoraError.rule("Topic \(id) is planned in round \(roundNumber(slot.round) ?? 0)",
                                  hint: "Take it out of the plan before \(what)")
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept the first time it appears.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
