import AgoraCore

/// A reference in a session that names nothing, a number used twice, or values that break a
/// rule of the meeting together (a ballot over the budget, two topics in one room slot).
public struct ReferenceProblem: Equatable, Sendable, CustomStringConvertible {
    /// Where, as a JSON path: `$.ballots[2].participant`.
    public var path: String
    /// What is wrong: "there is no participant 99".
    public var reason: String
    /// What to do, when it is more than correcting the reference.
    public var hint: String?
    var jsonPath: JSONPath

    init(_ jsonPath: JSONPath, _ reason: String, hint: String? = nil) {
        self.jsonPath = jsonPath; self.path = jsonPath.description; self.reason = reason; self.hint = hint
    }

    public var description: String { "\(path): \(reason)" }
}

extension SessionFile {
    /// Every broken reference and broken rule of `session`, in file order: ids used twice or not
    /// below their counter in `nextIDs`; ballots, slots, groups, topics, experiences and projects
    /// that name a participant, topic, room, round or experience that does not exist; a smallest
    /// group size above the largest; ballots over the dots budget or the cap per topic; two
    /// topics in one room slot or one topic planned twice; two groups for one person in a round.
    ///
    /// The reducer never produces such a session; a file edited by hand can.
    public static func referenceProblems(in session: Session) -> [ReferenceProblem] {
        var problems: [ReferenceProblem] = []
        collectReferenceProblems(in: session, firstOnly: false) { problems.append($0) }
        return problems
    }

    static func firstReferenceProblem(in session: Session) -> ReferenceProblem? {
        var first: ReferenceProblem?
        collectReferenceProblems(in: session, firstOnly: true) { if first == nil { first = $0 } }
        return first
    }

    private struct Stop: Error {}

    private static func collectReferenceProblems(in s: Session, firstOnly: Bool, report: (ReferenceProblem) -> Void) {
        let root = JSONPath()
        func problem(_ path: JSONPath, _ reason: String, hint: String? = nil) throws {
            report(ReferenceProblem(path, reason, hint: hint))
            if firstOnly { throw Stop() }
        }
        func ids<Tag>(_ list: [EntityID<Tag>], _ key: String, _ word: DomainWord, next: Int) throws -> Set<Int> {
            var seen = Set<Int>()
            let kind = word.noun(in: .current).singular
            for (i, id) in list.enumerated() {
                let path = root / key / i / "id"
                if !seen.insert(id.rawValue).inserted { try problem(path, SessionFileText.text("sessionFile.idTwice", ["kind": kind, "id": "\(id)"])) }
                if id.rawValue < 1 { try problem(path, SessionFileText.text("sessionFile.idFromOne", ["kind": kind])) }
                if id.rawValue >= next {
                    try problem(path, SessionFileText.text("sessionFile.idNotBelowNext", ["kind": kind, "id": "\(id)", "key": word.rawValue, "next": "\(next)"]))
                }
            }
            return seen
        }
        do {
            let people = try ids(s.participants.map(\.id), "participants", .participant, next: s.nextIDs.participant)
            let topics = try ids(s.topics.map(\.id), "topics", .topic, next: s.nextIDs.topic)
            let rooms = try ids(s.rooms.map(\.id), "rooms", .room, next: s.nextIDs.room)
            let rounds = try ids(s.rounds.map(\.id), "rounds", .round, next: s.nextIDs.round)
            let experiences = try ids(s.experiences.map(\.id), "experiences", .experience, next: s.nextIDs.experience)
            _ = try ids(s.projects.map(\.id), "projects", .project, next: s.nextIDs.project)

            func person(_ id: ParticipantID?, _ path: JSONPath) throws {
                if let id, !people.contains(id.rawValue) { try problem(path, SessionFileText.text("sessionFile.noParticipant", ["id": "\(id)"])) }
            }
            func topic(_ id: TopicID?, _ path: JSONPath) throws {
                if let id, !topics.contains(id.rawValue) { try problem(path, SessionFileText.text("sessionFile.noTopic", ["id": "\(id)"])) }
            }
            func room(_ id: RoomID, _ path: JSONPath) throws {
                if !rooms.contains(id.rawValue) { try problem(path, SessionFileText.text("sessionFile.noRoom", ["id": "\(id)"])) }
            }
            func round(_ id: RoundID?, _ path: JSONPath) throws {
                if let id, !rounds.contains(id.rawValue) { try problem(path, SessionFileText.text("sessionFile.noRound", ["id": "\(id)"])) }
            }

            for (i, t) in s.topics.enumerated() {
                let path = root / "topics" / i
                try person(t.proposer, path / "proposer")
                try topic(t.mergedInto, path / "mergedInto")
                if t.mergedInto == t.id { try problem(path / "mergedInto", SessionFileText.text("sessionFile.mergedIntoItself", ["id": "\(t.id)"])) }
                if t.status == .merged, t.mergedInto == nil {
                    try problem(path, SessionFileText.text("sessionFile.mergedNowhere", ["id": "\(t.id)"]))
                }
            }
            if let max = s.groupRules.maxSize, max < s.groupRules.minSize {
                try problem(root / "groupRules" / "maxSize",
                            SessionFileText.text("sessionFile.sizes", ["max": "\(max)", "min": "\(s.groupRules.minSize)"]),
                            hint: SessionFileText.text("sessionFile.hint.sizes"))
            }
            var voters = Set<Int>()
            let budget = s.voting.dotsPerParticipant
            let hintForBallot = SessionFileText.text("sessionFile.hint.ballot")
            for (i, b) in s.ballots.enumerated() {
                let path = root / "ballots" / i
                try person(b.participant, path / "participant")
                if !voters.insert(b.participant.rawValue).inserted {
                    try problem(path / "participant", SessionFileText.text("sessionFile.secondBallot", ["id": "\(b.participant)"]))
                }
                var marked = Set<Int>()
                for (j, mark) in b.dots.enumerated() {
                    try topic(mark.topic, path / "dots" / j / "topic")
                    if !marked.insert(mark.topic.rawValue).inserted {
                        try problem(path / "dots" / j / "topic", SessionFileText.text("sessionFile.topicTwiceInBallot", ["id": "\(mark.topic)"]))
                    }
                    if mark.count < 1 { try problem(path / "dots" / j / "count", SessionFileText.text("sessionFile.dotCount")) }
                    if s.voting.method == .approval, mark.count != 1 {
                        try problem(path / "dots" / j / "count", SessionFileText.text("sessionFile.approvalCount", ["count": "\(mark.count)"]), hint: hintForBallot)
                    }
                    if s.voting.method == .dots, let cap = s.voting.capPerTopic, mark.count > cap {
                        try problem(path / "dots" / j / "count",
                                    SessionFileText.text("sessionFile.overCap", ["id": "\(b.participant)", "count": "\(mark.count)", "topic": "\(mark.topic)", "cap": "\(cap)"]),
                                    hint: hintForBallot)
                    }
                }
                if s.voting.method == .dots, b.dotsUsed > budget {
                    try problem(path / "dots",
                                SessionFileText.text("sessionFile.overBudget", ["id": "\(b.participant)", "count": "\(b.dotsUsed)", "budget": "\(budget)"]),
                                hint: hintForBallot)
                }
                var ranked = Set<Int>()
                for (j, t) in b.ranking.enumerated() {
                    try topic(t, path / "ranking" / j)
                    if !ranked.insert(t.rawValue).inserted { try problem(path / "ranking" / j, SessionFileText.text("sessionFile.rankedTwice", ["id": "\(t)"])) }
                }
                if b.ranking.count > budget {
                    try problem(path / "ranking",
                                SessionFileText.text("sessionFile.overRanking", ["id": "\(b.participant)", "count": "\(b.ranking.count)", "budget": "\(budget)"]),
                                hint: hintForBallot)
                }
            }
            var counted = Set<Int>()
            for (i, w) in s.wallCounts.enumerated() {
                try topic(w.topic, root / "wallCounts" / i / "topic")
                if !counted.insert(w.topic.rawValue).inserted {
                    try problem(root / "wallCounts" / i / "topic", SessionFileText.text("sessionFile.secondWallCount", ["id": "\(w.topic)"]))
                }
            }
            var places = Set<[Int]>(), planned = Set<Int>(), running = Set<[Int]>()
            let hintForPlan = SessionFileText.text("sessionFile.hint.plan")
            for (i, slot) in s.schedule.enumerated() {
                let path = root / "schedule" / i
                try round(slot.round, path / "round")
                try room(slot.room, path / "room")
                try topic(slot.topic, path / "topic")
                if !places.insert([slot.round.rawValue, slot.room.rawValue]).inserted {
                    try problem(path / "room", SessionFileText.text("sessionFile.roomTaken", ["room": "\(slot.room)", "round": "\(slot.round)"]),
                                hint: hintForPlan)
                }
                if !planned.insert(slot.topic.rawValue).inserted {
                    try problem(path / "topic", SessionFileText.text("sessionFile.plannedTwice", ["id": "\(slot.topic)"]), hint: hintForPlan)
                }
                running.insert([slot.round.rawValue, slot.topic.rawValue])
            }
            var placed = Set<[Int]>()
            for (i, a) in s.assignments.enumerated() {
                let path = root / "assignments" / i
                try round(a.round, path / "round")
                try person(a.participant, path / "participant")
                try topic(a.topic, path / "topic")
                if !placed.insert([a.round.rawValue, a.participant.rawValue]).inserted {
                    try problem(path / "participant", SessionFileText.text("sessionFile.secondGroup", ["id": "\(a.participant)", "round": "\(a.round)"]),
                                hint: hintForPlan)
                }
                if !running.contains([a.round.rawValue, a.topic.rawValue]) {
                    try problem(path / "topic", SessionFileText.text("sessionFile.notRunning", ["id": "\(a.topic)", "round": "\(a.round)"]),
                                hint: hintForPlan)
                }
            }
            for (i, e) in s.experiences.enumerated() {
                let path = root / "experiences" / i
                try person(e.sharedBy, path / "sharedBy")
                try topic(e.origin.topic, path / "origin" / "topic")
                try round(e.origin.round, path / "origin" / "round")
            }
            for (i, p) in s.projects.enumerated() {
                let path = root / "projects" / i / "origins"
                for (j, t) in p.origins.topics.enumerated() { try topic(t, path / "topics" / j) }
                for (j, r) in p.origins.rounds.enumerated() { try round(r, path / "rounds" / j) }
                for (j, e) in p.origins.experiences.enumerated() where !experiences.contains(e.rawValue) {
                    try problem(path / "experiences" / j, SessionFileText.text("sessionFile.noExperience", ["id": "\(e)"]))
                }
            }
        } catch {
            return
        }
    }
}
