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
            if let proposer = fields.proposer {
                return logged(TopicText.phrase("topic.proposedBy", ["id": "\(id)", "title": fields.title, "name": name(of: proposer)]))
            }
            return logged(TopicText.phrase("topic.proposed", ["id": "\(id)", "title": fields.title]))

        case .edit(let id, let fields):
            let index = try topicIndex(id)
            let fields = try checked(fields, except: id)
            topics[index].title = fields.title
            topics[index].description = fields.description
            topics[index].proposer = fields.proposer
            topics[index].area = fields.area
            return logged(TopicText.phrase("topic.edited", ["id": "\(id)", "title": fields.title]))

        case .merge(let source, let target):
            let s = try topicIndex(source), t = try topicIndex(target)
            guard source != target else { throw AgoraError.invalid(TopicText.phrase("topic.mergeItself")) }
            guard topics[s].isActive else {
                throw AgoraError.rule(TopicText.phrase("topic.alreadyInactive", ["id": "\(source)"], parts: ["status": TopicText.status(topics[s].status)]))
            }
            guard topics[t].isActive else {
                throw AgoraError.rule(TopicText.phrase("topic.mergeIntoInactive", ["id": "\(target)"], parts: ["status": TopicText.status(topics[t].status)]))
            }
            try requireUnscheduled(source, hint: "topic.planned.hintMerge")
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
                    throw AgoraError.rule(TopicText.phrase("topic.mergeWallCount", ["id": "\(target)", "count": "\(merged)",
                                                                         "max": "\(DomainRange.wallCount.bounds.upperBound)"]),
                                          hint: TopicText.phrase("topic.mergeWallCount.hint"))
                }
                setWallCount(merged, for: target)
            }
            topics[s].status = .merged
            topics[s].mergedInto = target
            topics[s].selectionPin = nil
            for i in projects.indices {
                projects[i].origins.topics = projects[i].origins.topics.map { $0 == source ? target : $0 }.uniqued()
            }
            return logged(mergeSummary(["id": "\(source)", "title": topics[s].title, "into": "\(target)", "intoTitle": topics[t].title],
                                       givenBack, cap: cap ?? 0))

        case .withdraw(let id):
            let index = try topicIndex(id)
            guard topics[index].isActive else {
                throw AgoraError.rule(TopicText.phrase("topic.alreadyInactive", ["id": "\(id)"], parts: ["status": TopicText.status(topics[index].status)]))
            }
            try requireUnscheduled(id, hint: "topic.planned.hintWithdraw")
            for b in ballots.indices {
                ballots[b].dots.removeAll { $0.topic == id }
                ballots[b].ranking.removeAll { $0 == id }
            }
            ballots.removeAll(where: \.isEmpty)
            wallCounts.removeAll { $0.topic == id }
            topics[index].status = .withdrawn
            topics[index].selectionPin = nil
            return logged(TopicText.phrase("topic.withdrew", ["id": "\(id)", "title": topics[index].title]))

        case .restore(let id):
            let index = try topicIndex(id)
            guard topics[index].status == .withdrawn else {
                throw AgoraError.rule(TopicText.phrase("topic.restoreOnlyWithdrawn", ["id": "\(id)"], parts: ["status": TopicText.status(topics[index].status)]))
            }
            let key = TextRules.searchKey(topics[index].title)
            if let twin = topics.first(where: { $0.id != id && $0.isActive && TextRules.searchKey($0.title) == key }) {
                throw AgoraError.rule(TopicText.phrase("topic.restoreTwin", ["title": twin.title, "id": "\(twin.id)"]),
                                      hint: TopicText.phrase("topic.restoreTwin.hint"))
            }
            topics[index].status = .proposed
            return logged(TopicText.phrase("topic.restored", ["id": "\(id)", "title": topics[index].title]))
        }
    }

    /// A merge's summary, with what it did to ballots that would have stacked more than the cap
    /// on the kept topic: "; Ana's dots capped at 3, 1 dot given back" (approvals: "counted once").
    private func mergeSummary(_ values: [String: String], _ givenBack: [(voter: ParticipantID, dots: Int)], cap: Int) -> Phrase {
        guard !givenBack.isEmpty else { return TopicText.phrase("topic.merged", values) }
        if voting.method == .approval {
            let names = givenBack.map { name(of: $0.voter) }
            return TopicText.phrase("topic.merged.approvedBoth", values.merging(["names": names.joined(separator: ", ")]) { $1 })
        }
        if givenBack.count == 1 {
            return TopicText.phrase("topic.merged.cappedOne", values.merging(
                ["name": name(of: givenBack[0].voter), "cap": "\(cap)", "count": "\(givenBack[0].dots)"]) { $1 })
        }
        let total = givenBack.reduce(0) { $0 + $1.dots }
        let each = givenBack.map { TopicText.phrase("topic.merged.cappedEach", ["count": "\($0.dots)", "name": name(of: $0.voter)]) }
        return TopicText.phrase("topic.merged.capped", values.merging(["cap": "\(cap)", "count": "\(total)"]) { $1 },
                                parts: ["each": .joined(each, separator: .verbatim(", "))])
    }

    private func checked(_ fields: TopicFields, except: TopicID?) throws -> TopicFields {
        var fields = fields
        fields.title = TextRules.singleLine(fields.title)
        fields.description = TextRules.multiLine(fields.description)
        guard !TextRules.isBlank(fields.title) else { throw AgoraError.invalid(TopicText.phrase("topic.needsTitle")) }
        try TextLimit.line.check(fields.title, field: TopicText.phrase("topic.field.title"))
        try TextLimit.paragraph.check(fields.description, field: TopicText.phrase("topic.field.description"))
        if let proposer = fields.proposer, participant(proposer) == nil {
            throw AgoraError.notFound(TopicText.phrase("topic.noProposer", ["id": "\(proposer)"]))
        }
        let key = TextRules.searchKey(fields.title)
        if let twin = topics.first(where: { $0.id != except && $0.isActive && TextRules.searchKey($0.title) == key }) {
            throw AgoraError.invalid(TopicText.phrase("topic.twin", ["title": twin.title, "id": "\(twin.id)"]),
                                     hint: TopicText.phrase("topic.twin.hint"))
        }
        return fields
    }

    func topicIndex(_ id: TopicID) throws -> Int {
        guard let index = topics.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound(TopicText.phrase("topic.none", ["id": "\(id)"]))
        }
        return index
    }

    private func requireUnscheduled(_ id: TopicID, hint: String) throws {
        if let slot = schedule.first(where: { $0.topic == id }) {
            throw AgoraError.rule(TopicText.phrase("topic.planned", ["id": "\(id)", "round": "\(roundNumber(slot.round) ?? 0)"]),
                                  hint: TopicText.phrase(hint))
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
