import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraCore

/// The scheduler against an exhaustive search, its pins, rooms, determinism and errors.
@Suite struct EngineSchedulerTests {
    /// `topics` selected topics, `rounds` rounds, `rooms` rooms of 5, 8, 11… seats, and 15–40
    /// people who back 1–4 topics each (dot ballots); sometimes one or two pinned slots.
    static func session(topics: Int, rounds: Int, rooms: Int, seed: UInt64, pins: Int = 0) -> Session {
        var rng = SeededGenerator(seed: seed)
        let setup = SessionSetup(
            meeting: Meeting(title: "Plan test", hostCity: "Bordeaux", date: CalendarDate("2013-05-20")!, area: .economy),
            rooms: (0..<rooms).map { RoomSpec(name: "Room \($0 + 1)", capacity: 5 + 3 * $0) }, rounds: rounds, dots: 5)
        var s = try! setup.makeSession(at: Fixture.date)
        let people = 15 + rng.below(26)
        for p in 0..<people { s.must(.people(.add(ParticipantFields(name: "P\(p + 1)", city: "City \(p % 4)")))) }
        for t in 0..<topics { s.must(.topics(.propose(TopicFields(title: "T\(t + 1)")))) }
        for p in 1...people {
            let backed = Set((0..<(1 + rng.below(4))).map { _ in 1 + min(rng.below(topics), rng.below(topics)) })
            for t in backed.sorted() { s.must(.voting(.addDots(ParticipantID(p), TopicID(t), count: 1))) }
        }
        s.must(.plan(.setSelection((1...topics).map(TopicID.init))))
        for i in 0..<pins {
            s.must(.plan(.place(TopicID(1 + rng.below(topics)), round: s.rounds[rng.below(rounds)].id,
                                room: s.rooms[i % rooms].id, pinned: true)))
        }
        return s
    }

    /// Co-backing counts read straight from the ballots.
    static func weights(_ s: Session) -> [TopicID: [TopicID: Int]] {
        var w: [TopicID: [TopicID: Int]] = [:]
        for ballot in s.ballots {
            let backed = ballot.dots.map(\.topic)
            for a in backed { for b in backed where a != b { w[a, default: [:]][b, default: 0] += 1 } }
        }
        return w
    }

    /// Pairs of backed topics in the same round, counted per person.
    static func conflicts(_ slots: [Slot], _ s: Session) -> Int {
        let roundOf = Dictionary(uniqueKeysWithValues: slots.map { ($0.topic, $0.round) })
        var total = 0
        for ballot in s.ballots {
            let rounds = ballot.dots.compactMap { roundOf[$0.topic] }
            for i in rounds.indices { for j in rounds.indices where i < j && rounds[i] == rounds[j] { total += 1 } }
        }
        return total
    }

    /// The least conflicts over every split of the topics into rounds of at most `rooms`,
    /// pinned slots fixed (depth-first, empty unpinned rounds interchangeable, pruned by the best so far).
    static func optimum(_ s: Session) -> Int {
        let topics = s.selectedTopics.map(\.id)
        let w = weights(s)
        let rounds = s.rounds.count, rooms = s.rooms.count
        let pinned = Dictionary(uniqueKeysWithValues: s.schedule.filter(\.pinned).map { pin in
            (pin.topic, s.rounds.firstIndex { $0.id == pin.round }!)
        })
        var members = [[TopicID]](repeating: [], count: rounds)
        var cost = 0
        for (t, r) in pinned {
            cost += members[r].reduce(0) { $0 + (w[t]?[$1] ?? 0) }
            members[r].append(t)
        }
        let hasPin = (0..<rounds).map { r in pinned.values.contains(r) }
        let free = topics.filter { pinned[$0] == nil }
        var best = Int.max
        func visit(_ i: Int) {
            if cost >= best { return }
            if i == free.count { best = cost; return }
            let t = free[i]
            var triedEmpty = false
            for r in 0..<rounds where members[r].count < rooms {
                if members[r].isEmpty && !hasPin[r] {
                    if triedEmpty { continue }
                    triedEmpty = true
                }
                let add = members[r].reduce(0) { $0 + (w[t]?[$1] ?? 0) }
                cost += add; members[r].append(t)
                visit(i + 1)
                members[r].removeLast(); cost -= add
            }
        }
        visit(0)
        return best
    }

    @Test func withinHalfAPercentOfTheExhaustiveOptimum() throws {
        var rng = SeededGenerator(seed: 2024)
        var nonTrivial = 0
        for instance in 0..<36 {
            let topics = 4 + instance % 13                    // 4…16
            let rounds = 2 + rng.below(3)                     // 2…4
            let rooms = (topics + rounds - 1) / rounds + rng.below(2)
            let s = Self.session(topics: topics, rounds: rounds, rooms: rooms, seed: UInt64(instance),
                                 pins: instance % 3 == 0 ? 1 + rng.below(2) : 0)
            let plan = try Scheduler.schedule(s, seed: UInt64(instance))
            let best = Self.optimum(s)
            #expect(plan.conflicts == Self.conflicts(plan.slots, s))
            #expect(plan.conflicts * 1000 <= best * 1005, "instance \(instance): \(plan.conflicts) against \(best)")
            #expect(plan.conflictsPerRound.reduce(0, +) == plan.conflicts)
            if best > 0 { nonTrivial += 1 }
            // Every selected topic once, pins where they were, and the plan applies.
            #expect(Set(plan.slots.map(\.topic)) == Set(s.selectedTopics.map(\.id)))
            for pin in s.schedule where pin.pinned { #expect(plan.slots.contains(pin)) }
            _ = try s.applying(plan.operation, at: Fixture.date)
        }
        #expect(nonTrivial > 25)
    }

    @Test func theSameSeedGivesTheSamePlan() throws {
        let s = Self.session(topics: 30, rounds: 5, rooms: 7, seed: 9)
        let a = try Scheduler.schedule(s, seed: 42)
        #expect(try Scheduler.schedule(s, seed: 42) == a)
        #expect(Scheduler.conflicts(of: a.slots, in: s) == a.conflicts)
    }

    @Test func betterBackedTopicsGetLargerRooms() throws {
        let s = Self.session(topics: 12, rounds: 3, rooms: 4, seed: 3, pins: 1)
        let plan = try Scheduler.schedule(s, seed: 1)
        let backers = Scheduler.backers(in: s)
        for round in s.rounds {
            let free = plan.slots.filter { $0.round == round.id && !$0.pinned }
            for a in free {
                for b in free where s.room(a.room)!.capacity > s.room(b.room)!.capacity {
                    #expect(backers[a.topic, default: 0] >= backers[b.topic, default: 0])
                }
            }
        }
        #expect(plan.backers == plan.slots.map { backers[$0.topic, default: 0] })
    }

    /// Backers are people, not dots, and only for active topics: counted here by hand.
    @Test func backersAreThePeopleWhoBackedEachActiveTopic() throws {
        var s = Fixture.session()                                          // rooms of 10, 8 and 6 seats
        s.must(.topics(.propose(TopicFields(title: "Withdrawn later"))))   // topic 4
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 3)))  // Ana: 3 dots on 1, 1 on 2
        s.must(.voting(.addDots(ParticipantID(1), TopicID(2), count: 1)))
        s.must(.voting(.addDots(ParticipantID(2), TopicID(2), count: 1)))  // Bo: 2 and 4
        s.must(.voting(.addDots(ParticipantID(2), TopicID(4), count: 1)))
        s.must(.voting(.addDots(ParticipantID(3), TopicID(2), count: 2)))  // Chen: 2 and 3
        s.must(.voting(.addDots(ParticipantID(3), TopicID(3), count: 1)))
        s.must(.voting(.addDots(ParticipantID(4), TopicID(1), count: 3)))  // Dina: 3 on 1
        s.must(.topics(.withdraw(TopicID(4))))
        // Topic 1 has the most dots (6), topic 2 the most people (3).
        #expect(Scheduler.backers(in: s) == [TopicID(1): 2, TopicID(2): 3, TopicID(3): 1])
        // The best-backed topic takes the largest room.
        s.must(.plan(.setSelection([TopicID(1), TopicID(2), TopicID(3)])))
        let plan = try Scheduler.schedule(s, seed: 1)
        let garonne = try #require(s.rooms.first { $0.capacity == 10 })
        #expect(plan.slots.contains { $0.topic == TopicID(2) && $0.room == garonne.id })
    }

    @Test func errorsSayWhatToDo() throws {
        var s = Fixture.session()
        #expect(throws: AgoraError(.rule, "No topics are selected", hint: "Select topics first")) {
            try Scheduler.schedule(s, seed: 0)
        }
        for i in 4...7 { s.must(.topics(.propose(TopicFields(title: "Extra \(i)")))) }
        s.must(.plan(.setSelection((1...7).map(TopicID.init))))
        #expect(throws: AgoraError(.rule, "7 topics are selected for 6 places (3 rooms × 2 rounds)",
                                   hint: "Select at most 6 topics, or add rooms or rounds")) {
            try Scheduler.schedule(s, seed: 0)
        }
        let meeting = Meeting(title: "Empty", hostCity: "Bordeaux", date: CalendarDate("2013-05-20")!, area: .economy)
        let noRounds = try SessionSetup(meeting: meeting, rooms: RoomSpec.numbered(2), rounds: 0).makeSession(at: Fixture.date)
        #expect(throws: AgoraError(.rule, "The meeting has no rounds", hint: "Add a round first")) {
            try Scheduler.schedule(noRounds, seed: 0)
        }
        let noRooms = try SessionSetup(meeting: meeting, rooms: [], rounds: 2).makeSession(at: Fixture.date)
        #expect(throws: AgoraError(.rule, "The meeting has no rooms", hint: "Add a room first")) {
            try Scheduler.schedule(noRooms, seed: 0)
        }
    }

    @Test func largerPlansBeatTheRankOrder() throws {
        // Checked for sanity only; timing is measured on a release build, not here.
        let s = Session.synthetic(participants: 400, topics: 24, rounds: 4, rooms: 6, cities: 8, seed: 11)
        #expect(s.schedule.count == 24)
        // Far better than the plan by rank order (the top 6 topics in round 1, …).
        let naive = s.selectedTopics.enumerated().map { i, t in
            Slot(round: s.rounds[i / 6].id, room: s.rooms[i % 6].id, topic: t.id)
        }
        let plan = try Scheduler.schedule(s, seed: 11)
        #expect(plan.conflicts * 2 < Scheduler.conflicts(of: naive, in: s))
    }
}
