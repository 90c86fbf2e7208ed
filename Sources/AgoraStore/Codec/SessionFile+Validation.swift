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
        func ids<Tag>(_ list: [EntityID<Tag>], _ key: String, _ kind: String, next: Int) throws -> Set<Int> {
            var seen = Set<Int>()
            for (i, id) in list.enumerated() {
                let path = root / key / i / "id"
                if !seen.insert(id.rawValue).inserted { try problem(path, "\(kind) \(id) appears twice") }
                if id.rawValue < 1 { try problem(path, "\(kind) numbers start at 1") }
                if id.rawValue >= next {
                    try problem(path, "\(kind) \(id) is not below $.nextIDs.\(kind) (\(next)), so a new \(kind) would get the same number")
                }
            }
            return seen
        }
        do {
            let people = try ids(s.participants.map(\.id), "participants", "participant", next: s.nextIDs.participant)
            let topics = try ids(s.topics.map(\.id), "topics", "topic", next: s.nextIDs.topic)
            let rooms = try ids(s.rooms.map(\.id), "rooms", "room", next: s.nextIDs.room)
            let rounds = try ids(s.rounds.map(\.id), "rounds", "round", next: s.nextIDs.round)
            let experiences = try ids(s.experiences.map(\.id), "experiences", "experience", next: s.nextIDs.experience)
            _ = try ids(s.projects.map(\.id), "projects", "project", next: s.nextIDs.project)

            func person(_ id: ParticipantID?, _ path: JSONPath) throws {
                if let id, !people.contains(id.rawValue) { try problem(path, "there is no participant \(id)") }
            }
            func topic(_ id: TopicID?, _ path: JSONPath) throws {
                if let id, !topics.contains(id.rawValue) { try problem(path, "there is no topic \(id)") }
            }
            func room(_ id: RoomID, _ path: JSONPath) throws {
                if !rooms.contains(id.rawValue) { try problem(path, "there is no room \(id)") }
            }
            func round(_ id: RoundID?, _ path: JSONPath) throws {
                if let id, !rounds.contains(id.rawValue) { try problem(path, "there is no round \(id)") }
            }

            for (i, t) in s.topics.enumerated() {
                let path = root / "topics" / i
                try person(t.proposer, path / "proposer")
                try topic(t.mergedInto, path / "mergedInto")
                if t.mergedInto == t.id { try problem(path / "mergedInto", "topic \(t.id) is merged into itself") }
                if t.status == .merged, t.mergedInto == nil {
                    try problem(path, "topic \(t.id) is merged but does not say into which topic (“mergedInto”)")
                }
            }
            if let max = s.groupRules.maxSize, max < s.groupRules.minSize {
                try problem(root / "groupRules" / "maxSize",
                            "the largest group size (\(max)) is below the smallest ($.groupRules.minSize, \(s.groupRules.minSize))",
                            hint: "Raise maxSize or lower minSize in a text editor; Agora did not change the file.")
            }
            var voters = Set<Int>()
            let budget = s.voting.dotsPerParticipant
            let hintForBallot = "Lower that ballot, or raise the rule in $.voting, in a text editor; Agora did not change the file."
            for (i, b) in s.ballots.enumerated() {
                let path = root / "ballots" / i
                try person(b.participant, path / "participant")
                if !voters.insert(b.participant.rawValue).inserted {
                    try problem(path / "participant", "participant \(b.participant) has a second ballot")
                }
                var marked = Set<Int>()
                for (j, mark) in b.dots.enumerated() {
                    try topic(mark.topic, path / "dots" / j / "topic")
                    if !marked.insert(mark.topic.rawValue).inserted {
                        try problem(path / "dots" / j / "topic", "topic \(mark.topic) appears twice in this ballot")
                    }
                    if mark.count < 1 { try problem(path / "dots" / j / "count", "a dot count must be at least 1") }
                    if s.voting.method == .approval, mark.count != 1 {
                        try problem(path / "dots" / j / "count", "an approval counts 1, not \(mark.count)", hint: hintForBallot)
                    }
                    if s.voting.method == .dots, let cap = s.voting.capPerTopic, mark.count > cap {
                        try problem(path / "dots" / j / "count",
                                    "participant \(b.participant) has \(mark.count) dots on topic \(mark.topic), more than the cap of \(cap) per topic ($.voting.capPerTopic)",
                                    hint: hintForBallot)
                    }
                }
                if s.voting.method == .dots, b.dotsUsed > budget {
                    try problem(path / "dots",
                                "participant \(b.participant) placed \(b.dotsUsed) dots, more than the \(budget) each may place ($.voting.dotsPerParticipant)",
                                hint: hintForBallot)
                }
                var ranked = Set<Int>()
                for (j, t) in b.ranking.enumerated() {
                    try topic(t, path / "ranking" / j)
                    if !ranked.insert(t.rawValue).inserted { try problem(path / "ranking" / j, "topic \(t) is ranked twice") }
                }
                if b.ranking.count > budget {
                    try problem(path / "ranking",
                                "participant \(b.participant) ranked \(b.ranking.count) topics, more than the \(budget) places ($.voting.dotsPerParticipant)",
                                hint: hintForBallot)
                }
            }
            var counted = Set<Int>()
            for (i, w) in s.wallCounts.enumerated() {
                try topic(w.topic, root / "wallCounts" / i / "topic")
                if !counted.insert(w.topic.rawValue).inserted {
                    try problem(root / "wallCounts" / i / "topic", "topic \(w.topic) has a second wall count")
                }
            }
            var places = Set<[Int]>(), planned = Set<Int>(), running = Set<[Int]>()
            let hintForPlan = "Move or remove one of them in a text editor; Agora did not change the file."
            for (i, slot) in s.schedule.enumerated() {
                let path = root / "schedule" / i
                try round(slot.round, path / "round")
                try room(slot.room, path / "room")
                try topic(slot.topic, path / "topic")
                if !places.insert([slot.round.rawValue, slot.room.rawValue]).inserted {
                    try problem(path / "room", "room \(slot.room) already has a topic in round \(slot.round); one topic per room and round",
                                hint: hintForPlan)
                }
                if !planned.insert(slot.topic.rawValue).inserted {
                    try problem(path / "topic", "topic \(slot.topic) is planned twice", hint: hintForPlan)
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
                    try problem(path / "participant", "participant \(a.participant) has a second group in round \(a.round)",
                                hint: hintForPlan)
                }
                if !running.contains([a.round.rawValue, a.topic.rawValue]) {
                    try problem(path / "topic", "topic \(a.topic) does not run in round \(a.round), so it has no group there",
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
                    try problem(path / "experiences" / j, "there is no experience \(e)")
                }
            }
        } catch {
            return
        }
    }
}
