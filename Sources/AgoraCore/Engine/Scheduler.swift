/// Places the selected topics into rounds and rooms so that people can attend what they backed.
///
/// Objective: the fewest *conflicts* — over all participants, the number of pairs of topics
/// they backed that run in the same round. With a co-backing matrix W (W[a][b] = people
/// who backed both a and b) this is a balanced graph partition: split the topics into
/// rounds of at most one topic per room, minimizing the weight inside rounds. It is solved
/// by a greedy construction followed by iterated local search (best move or swap per topic,
/// random swaps to escape local optima, a fixed, size-dependent work budget), which is
/// deterministic for a seed. Slots pinned by the facilitator stay where they are. Within a
/// round, better-backed topics get the larger rooms: free rooms by capacity (largest first)
/// go to the round's topics by backers (most first, then tally rank).
public enum Scheduler {
    /// A plan for every selected topic.
    /// - Throws: ``AgoraError`` when there are no rounds, rooms or selected topics, or more
    ///   selected topics than places; `CancellationError` once `cancellation` is cancelled.
    public static func schedule(_ session: Session, seed: UInt64, cancellation: Cancellation = .never) throws -> ScheduleResult {
        let rounds = session.rounds, rooms = session.rooms
        guard !rounds.isEmpty else { throw AgoraError(.rule, EngineText.phrase("scheduler.noRounds"), hint: EngineText.phrase("scheduler.noRounds.hint")) }
        guard !rooms.isEmpty else { throw AgoraError(.rule, EngineText.phrase("scheduler.noRooms"), hint: EngineText.phrase("scheduler.noRooms.hint")) }
        let rank = Dictionary(uniqueKeysWithValues: Tally.results(of: session).map { ($0.topic, $0.rank) })
        let selected = session.selectedTopics.map(\.id).sorted { (rank[$0] ?? .max, $0) < (rank[$1] ?? .max, $1) }
        guard !selected.isEmpty else { throw AgoraError(.rule, EngineText.phrase("scheduler.noneSelected"), hint: EngineText.phrase("scheduler.noneSelected.hint")) }
        let places = rounds.count * rooms.count
        guard selected.count <= places else {
            let values = ["count": "\(selected.count)", "places": "\(places)", "rooms": "\(rooms.count)", "rounds": "\(rounds.count)"]
            throw AgoraError(.rule, EngineText.phrase("scheduler.tooMany", values), hint: EngineText.phrase("scheduler.tooMany.hint", values))
        }
        let selectedSet = Set(selected)
        let pins = session.schedule.filter { $0.pinned && selectedSet.contains($0.topic) }
        let roundIndex = Dictionary(uniqueKeysWithValues: rounds.enumerated().map { ($0.element.id, $0.offset) })
        let topicIndex = Dictionary(uniqueKeysWithValues: selected.enumerated().map { ($0.element, $0.offset) })
        var fixed = [Int?](repeating: nil, count: selected.count)
        for pin in pins { if let r = roundIndex[pin.round], let t = topicIndex[pin.topic] { fixed[t] = r } }

        let backed = backedTopics(in: session, indexing: topicIndex)
        let weights = CoBacking(topics: selected.count, backed: backed)
        var search = ScheduleSearch(weights: weights, rounds: rounds.count, roomsPerRound: rooms.count, fixed: fixed)
        let roundOf = try search.run(seed: seed, cancellation: cancellation)

        // Rooms: pins keep theirs; the rest by backers against capacity, largest first.
        var backers = [Int](repeating: 0, count: selected.count)
        for list in backed { for t in list { backers[t] += 1 } }
        var slots = pins
        for (r, round) in rounds.enumerated() {
            let taken = Set(pins.filter { $0.round == round.id }.map(\.room))
            let freeRooms = rooms.filter { !taken.contains($0.id) }
                .sorted { ($1.capacity, $0.id) < ($0.capacity, $1.id) }
            let topics = selected.indices.filter { roundOf[$0] == r && fixed[$0] == nil }
                .sorted { (backers[$1], $0) < (backers[$0], $1) }
            for (room, t) in zip(freeRooms, topics) {
                slots.append(Slot(round: round.id, room: room.id, topic: selected[t]))
            }
        }
        slots.sort { (roundIndex[$0.round]!, $0.room) < (roundIndex[$1.round]!, $1.room) }
        return evaluate(slots, rounds: rounds, backed: backed, topicIndex: topicIndex, backers: backers)
    }

    /// Conflicts of any plan (for instance one the facilitator edited by hand).
    public static func conflicts(of slots: [Slot], in session: Session) -> Int {
        let topics = Array(Set(slots.map(\.topic))).sorted()
        let topicIndex = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($0.element, $0.offset) })
        let backed = backedTopics(in: session, indexing: topicIndex)
        return evaluate(slots, rounds: session.rounds, backed: backed, topicIndex: topicIndex,
                        backers: [Int](repeating: 0, count: topics.count)).conflicts
    }

    /// Distinct participants backing each topic: their ballot gives it at least one point.
    public static func backers(in session: Session) -> [TopicID: Int] {
        var count: [TopicID: Int] = [:]
        for (_, marks) in session.interests { for mark in marks { count[mark.topic, default: 0] += 1 } }
        return count
    }

    /// Per participant with a ballot (in participant order): indices of the listed topics they backed.
    static func backedTopics(in session: Session, indexing topicIndex: [TopicID: Int]) -> [[Int]] {
        let k = session.voting.dotsPerParticipant
        return session.ballots.compactMap { ballot in
            let list = ballot.points(places: k).compactMap { topicIndex[$0.topic] }
            return list.count > 0 ? list : nil
        }
    }

    private static func evaluate(_ slots: [Slot], rounds: [Round], backed: [[Int]], topicIndex: [TopicID: Int],
                                 backers: [Int]) -> ScheduleResult {
        let roundIndex = Dictionary(uniqueKeysWithValues: rounds.enumerated().map { ($0.element.id, $0.offset) })
        var roundOf = [Int](repeating: -1, count: topicIndex.count)
        for slot in slots { if let t = topicIndex[slot.topic], let r = roundIndex[slot.round] { roundOf[t] = r } }
        var perRound = [Int](repeating: 0, count: rounds.count)
        var people = 0
        var seen = [Int](repeating: 0, count: rounds.count)
        for list in backed {
            for r in seen.indices { seen[r] = 0 }
            var clash = false
            for t in list where roundOf[t] >= 0 {
                perRound[roundOf[t]] += seen[roundOf[t]]
                if seen[roundOf[t]] > 0 { clash = true }
                seen[roundOf[t]] += 1
            }
            if clash { people += 1 }
        }
        return ScheduleResult(slots: slots, conflicts: perRound.reduce(0, +), conflictsPerRound: perRound,
                              participantsWithConflicts: people,
                              backers: slots.map { topicIndex[$0.topic].map { backers[$0] } ?? 0 })
    }
}
