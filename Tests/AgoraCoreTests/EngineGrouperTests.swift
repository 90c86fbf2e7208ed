import AgoraTestSupport
import Testing
@testable import AgoraCore

/// Exact grouping: brute force on small rounds, optimality certificates on large ones,
/// every rule, and the messages of impossible rules.
@Suite struct EngineGrouperTests {
    // MARK: - Small random rounds against brute force

    /// A round of 3–8 people from 3 cities, 3 topics in round 1 (rooms from 1 to 5 seats),
    /// random dots, random rules, some locked places and an absent person.
    static func smallSession(seed: UInt64) -> Session {
        var rng = SeededGenerator(seed: seed)
        var s = Fixture.emptySession()
        for (i, room) in s.rooms.enumerated() {
            s.must(.setup(.editRoom(room.id, name: room.name, capacity: 1 + rng.below(5 + i))))
        }
        let cities = ["Bordeaux", "Lyon", "Porto"]
        let people = 3 + rng.below(6)
        for p in 0..<people {
            s.must(.people(.add(ParticipantFields(name: "P\(p + 1)", city: cities[rng.below(3)]))))
        }
        let topics = 4
        for t in 0..<topics { s.must(.topics(.propose(TopicFields(title: "T\(t + 1)")))) }
        for p in 1...people where rng.below(5) != 0 {
            var left = 5
            while left > 0 && rng.below(4) != 0 {
                let n = min(left, 1 + rng.below(3))
                let t = TopicID(1 + rng.below(topics))
                if s.failure(of: .voting(.addDots(ParticipantID(p), t, count: n))) == nil {
                    s.must(.voting(.addDots(ParticipantID(p), t, count: n)))
                }
                left -= n
            }
        }
        s.must(.plan(.setSelection((1...topics).map(TopicID.init))))
        let r1 = s.rounds[0].id, r2 = s.rounds[1].id
        s.must(.plan(.setSchedule([
            Slot(round: r1, room: s.rooms[0].id, topic: TopicID(1)),
            Slot(round: r1, room: s.rooms[1].id, topic: TopicID(2)),
            Slot(round: r1, room: s.rooms[2].id, topic: TopicID(3)),
            Slot(round: r2, room: s.rooms[0].id, topic: TopicID(4)),
        ])))
        if rng.below(3) == 0 { s.must(.people(.setPresent(ParticipantID(1 + rng.below(people)), false))) }
        for p in s.participants where p.present && rng.below(6) == 0 {
            s.must(.groups(.move(p.id, round: r1, topic: TopicID(1 + rng.below(3)), lock: true)))
        }
        let minSize = rng.below(3)
        let maxSize: Int? = rng.below(3) == 0 ? nil : max(minSize, 1) + rng.below(3)
        let perCity: Int? = rng.below(2) == 0 ? nil : 1 + rng.below(2)
        s.must(.setup(.setGroupRules(GroupRules(minSize: minSize, maxSize: maxSize, maxPerCity: perCity))))
        return s
    }

    /// Every way to place the round's people, checked against the rules; the best total interest, or nil.
    static func bruteForce(_ s: Session, round: RoundID) -> Int? {
        let topics = s.schedule.filter { $0.round == round }
        let people = s.participants.filter(\.present)
        let rules = s.groupRules
        let locked = Dictionary(s.assignments.filter { $0.round == round && $0.locked }.map { ($0.participant, $0.topic) },
                                uniquingKeysWith: { a, _ in a })
        var best: Int?
        var choice = [Int](repeating: 0, count: people.count)
        func visit(_ i: Int) {
            if i == people.count {
                var total = 0
                for (t, slot) in topics.enumerated() {
                    let members = people.indices.filter { choice[$0] == t }
                    let max = rules.maxSize ?? s.room(slot.room)!.capacity
                    guard members.count >= rules.minSize, members.count <= max else { return }
                    if let k = rules.maxPerCity {
                        let byCity = Dictionary(grouping: members, by: { people[$0].city })
                        guard byCity.values.allSatisfy({ $0.count <= k }) else { return }
                    }
                    for m in members { total += s.interest(of: people[m].id, in: slot.topic) }
                }
                best = Swift.max(best ?? total, total)
                return
            }
            for t in topics.indices {
                if let l = locked[people[i].id], l != topics[t].topic { continue }
                choice[i] = t
                visit(i + 1)
            }
        }
        visit(0)
        return best
    }

    /// The result keeps every rule the brute force checks (locked places may break limits: they are kept).
    static func checkRules(_ result: GroupingResult, _ s: Session) {
        let present = s.participants.filter(\.present)
        #expect(result.assignments.map(\.participant) == present.map(\.id))
        let locked = s.assignments.filter { $0.round == result.round && $0.locked }
        for l in locked where s.participant(l.participant)!.present {
            #expect(result.assignments.contains(Assignment(round: l.round, participant: l.participant, topic: l.topic, locked: true)))
        }
        let lockedTopics = Set(locked.map(\.topic))
        for slot in s.schedule where slot.round == result.round {
            let members = result.assignments.filter { $0.topic == slot.topic }
            if !lockedTopics.contains(slot.topic) {
                #expect(members.count <= (s.groupRules.maxSize ?? s.room(slot.room)!.capacity))
                if let k = s.groupRules.maxPerCity {
                    let byCity = Dictionary(grouping: members, by: { s.participant($0.participant)!.city })
                    #expect(byCity.values.allSatisfy { $0.count <= k })
                }
            }
            #expect(members.count >= s.groupRules.minSize)
        }
        let total = result.assignments.reduce(0) { $0 + s.interest(of: $1.participant, in: $1.topic) }
        #expect(total == result.totalInterest)
    }

    @Test func smallRoundsMatchBruteForce() throws {
        var feasible = 0, infeasible = 0, withInterest = 0
        for seed in 0..<100 as Range<UInt64> {
            let s = Self.smallSession(seed: seed)
            let round = s.rounds[0].id
            let lockedBreaksRules = s.assignments.contains { $0.locked }
            let expected = Self.bruteForce(s, round: round)
            do {
                let result = try Grouper.groups(for: s, round: round, seed: seed)
                if !lockedBreaksRules || expected != nil {
                    #expect(result.totalInterest == expected, "seed \(seed)")
                }
                Self.checkRules(result, s)
                #expect(Grouper.isFeasible(s, round: round))
                _ = try s.applying(result.operation, at: Fixture.date)
                feasible += 1
                if result.totalInterest > 0 { withInterest += 1 }
            } catch let error as AgoraError {
                #expect(expected == nil, "seed \(seed): \(error)")
                #expect(!Grouper.isFeasible(s, round: round))
                let relaxations = Grouper.nearestFeasibleRelaxation(for: s, round: round)
                #expect(!relaxations.isEmpty, "seed \(seed)")
                for r in relaxations {
                    #expect(Grouper.isFeasible(s, round: round, rules: r.rules), "seed \(seed)")
                    // A single change is the smallest of its kind: one step less fails.
                    guard r.changes.count == 1 else { continue }
                    var tighter = r.rules
                    switch r.changes[0] {
                    case .maxSize(let m): tighter.maxSize = m - 1
                    case .maxPerCity(let k): tighter.maxPerCity = k.map { $0 - 1 }
                    case .minSize(let l): tighter.minSize = l + 1
                    }
                    if tighter.maxSize.map({ $0 >= max(tighter.minSize, 1) }) ?? true, tighter.maxPerCity.map({ $0 >= 1 }) ?? true {
                        #expect(!Grouper.isFeasible(s, round: round, rules: tighter), "seed \(seed): \(r.description)")
                    }
                }
                infeasible += 1
            }
        }
        #expect(feasible > 30 && infeasible > 15 && withInterest > 25, "\(feasible) \(infeasible) \(withInterest)")
    }

    // MARK: - Large rounds: optimality certificate

    /// Checks a solved network: capacities, conservation, a full flow, and no negative-cost
    /// cycle in the residual graph (Bellman–Ford from a virtual source joined to every node).
    static func certify(_ network: GroupingProblem.Network) {
        let f = network.flow
        var balance = [Int](repeating: 0, count: f.nodeCount)
        for a in stride(from: 0, to: f.from.count, by: 2) {
            let flow = f.residual[a + 1]
            #expect(flow >= 0 && f.residual[a] >= 0)
            balance[Int(f.from[a])] -= flow; balance[Int(f.to[a])] += flow
        }
        #expect(-balance[network.source] == network.demand)
        #expect(balance[network.target] == network.demand)
        for v in 0..<f.nodeCount where v != network.source && v != network.target { #expect(balance[v] == 0) }
        #expect(!f.reachable(from: network.source)[network.target])

        let arcs = f.residualArcs
        var dist = [Int](repeating: 0, count: f.nodeCount)
        var rounds = 0, changed = true
        while changed && rounds <= f.nodeCount {
            changed = false; rounds += 1
            for arc in arcs where dist[arc.from] + arc.cost < dist[arc.to] {
                dist[arc.to] = dist[arc.from] + arc.cost; changed = true
            }
        }
        #expect(!changed, "negative-cost cycle in the residual graph")
    }

    @Test(arguments: [(UInt64(1), VotingMethod.dots), (2, .ranked), (3, .approval)])
    func largeRoundsCarryAnOptimalityCertificate(seed: UInt64, method: VotingMethod) throws {
        var s = Session.synthetic(participants: 300, topics: 20, rounds: 2, rooms: 10, cities: 6, seed: seed, method: method)
        let round = s.rounds[0].id
        // Lock a few people where they are after a first run.
        let first = try Grouper.groups(for: s, round: round, seed: seed)
        s.must(first.operation)
        for a in first.assignments where a.participant.rawValue % 37 == 0 {
            s.must(.groups(.setLock(a.participant, round: round, true)))
        }
        let problem = try GroupingProblem(session: s, round: round, rules: s.groupRules)
        let (places, network) = try Grouper.solve(problem, seed: seed)
        Self.certify(network)
        let result = Grouper.result(of: problem, places: places)
        Self.checkRules(result, s)
        let lockedInterest = result.assignments.filter(\.locked).reduce(0) { $0 + s.interest(of: $1.participant, in: $1.topic) }
        #expect(result.totalInterest == lockedInterest - network.flow.totalCost)
        #expect(result.totalInterest == first.totalInterest)   // locking an optimum keeps it optimal
        #expect(result.satisfaction.participants == 300 - s.participants.filter { !$0.present }.count)
    }

    @Test func theSeedPicksAmongEqualOptimaOnly() throws {
        let s = Session.synthetic(participants: 120, topics: 8, rounds: 2, rooms: 4, cities: 4, seed: 5)
        let round = s.rounds[1].id
        let a = try Grouper.groups(for: s, round: round, seed: 1)
        let b = try Grouper.groups(for: s, round: round, seed: 2)
        #expect(try Grouper.groups(for: s, round: round, seed: 1) == a)
        #expect(a.totalInterest == b.totalInterest)
        #expect(a.assignments != b.assignments)
        let all = try Grouper.groupsForEveryRound(s, seed: 1)
        #expect(all.map(\.round) == s.rounds.map(\.id))
        #expect(all[1] == a)
    }

    // MARK: - Rules and messages

    /// Fixture people (Ana, Dina: Bordeaux; Bo: Lappeenranta; Chen: Guangzhou), topics 1–3
    /// in round 1 (Garonne 10, Chartrons 8, Saint-Michel 6 seats).
    static func planned(topicsInRound1: Int = 3, rules: GroupRules) -> Session {
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 3)))
        s.must(.voting(.addDots(ParticipantID(4), TopicID(1), count: 2)))
        s.must(.voting(.addDots(ParticipantID(2), TopicID(2), count: 1)))
        s.must(.plan(.setSelection([TopicID(1), TopicID(2), TopicID(3)])))
        let r1 = s.rounds[0].id, r2 = s.rounds[1].id
        s.must(.plan(.setSchedule((0..<3).map { i in
            Slot(round: i < topicsInRound1 ? r1 : r2, room: s.rooms[i].id, topic: TopicID(i + 1))
        })))
        s.must(.setup(.setGroupRules(rules)))
        return s
    }

    static func failure(_ s: Session, round: Int = 0) -> AgoraError? {
        do { _ = try Grouper.groups(for: s, round: s.rounds[round].id, seed: 0); return nil } catch {
            return error as? AgoraError
        }
    }

    @Test func seatsAgainstPeople() {
        let s = Self.planned(rules: GroupRules(minSize: 0, maxSize: 1))
        #expect(Self.failure(s) == AgoraError(.rule, "Round 1 has 3 seats for 4 participants",
                                              hint: "Allow groups of up to 2 people, or plan more topics in round 1"))
        let relax = Grouper.nearestFeasibleRelaxation(for: s, round: s.rounds[0].id)
        #expect(relax == [GroupRelaxation(changes: [.maxSize(2)], rules: GroupRules(minSize: 0, maxSize: 2),
                                          description: "raise the largest group size to 2")])
    }

    @Test func smallestGroupsAgainstPeople() {
        let s = Self.planned(rules: GroupRules(minSize: 2))
        #expect(Self.failure(s) == AgoraError(.rule, "Round 1 needs at least 6 people for 3 groups of at least 2, but 4 are present",
                                              hint: "Lower the smallest group size to 1, or plan fewer topics in round 1"))
        #expect(Grouper.nearestFeasibleRelaxation(for: s, round: s.rounds[0].id).map(\.description)
                == ["lower the smallest group size to 1"])
    }

    @Test func roomSmallerThanTheSmallestGroup() {
        let s = Self.planned(topicsInRound1: 1, rules: GroupRules(minSize: 7))
        #expect(Self.failure(s, round: 1) == AgoraError(.rule, "Saint-Michel has 6 seats, fewer than the smallest group size of 7",
                                                        hint: "Lower the smallest group size to 6, or plan “Talent retention” in a larger room"))
    }

    @Test func peopleOfOneCityWithoutAPlace() {
        let s = Self.planned(topicsInRound1: 1, rules: GroupRules(minSize: 0, maxPerCity: 1))
        #expect(Self.failure(s) == AgoraError(.rule, "At most 1 per city and 1 group leave 1 person from Bordeaux without a place",
                                              hint: "Allow 2 per city, or plan more topics in round 1"))
        #expect(Grouper.nearestFeasibleRelaxation(for: s, round: s.rounds[0].id)
                == [GroupRelaxation(changes: [.maxPerCity(2)], rules: GroupRules(minSize: 0, maxPerCity: 2),
                                    description: "allow 2 per city")])
    }

    @Test func lockedPlacesThatLeaveNoWay() {
        // Round 1 has topics 1 and 2 (max 2, at most 1 per city); Bo and Chen are locked in topic 1,
        // so Ana and Dina, both from Bordeaux, would share topic 2.
        var s = Self.planned(topicsInRound1: 2, rules: GroupRules(minSize: 0, maxSize: 2, maxPerCity: 1))
        let r1 = s.rounds[0].id
        s.must(.groups(.move(ParticipantID(2), round: r1, topic: TopicID(1), lock: true)))
        s.must(.groups(.move(ParticipantID(3), round: r1, topic: TopicID(1), lock: true)))
        #expect(Self.failure(s) == AgoraError(.rule, "Round 1 cannot have groups of 0 to 2 people with at most 1 per city for its 4 participants",
                                              hint: "Relax the group sizes or the limit per city; the nearest feasible relaxation says by how much"))
        #expect(Grouper.nearestFeasibleRelaxation(for: s, round: r1).map(\.description)
                == ["raise the largest group size to 3", "allow 2 per city"])
    }

    @Test func noSingleRuleSufficesThenTwoChange() {
        // 4 people, 1 topic in round 1, max 1 and at most 1 per city: both limits must move.
        let s = Self.planned(topicsInRound1: 1, rules: GroupRules(minSize: 0, maxSize: 1, maxPerCity: 1))
        let relax = Grouper.nearestFeasibleRelaxation(for: s, round: s.rounds[0].id)
        #expect(relax.map(\.description) == ["raise the largest group size to 4 and allow 2 per city"])
        #expect(relax.allSatisfy { Grouper.isFeasible(s, round: s.rounds[0].id, rules: $0.rules) })
    }

    @Test func roundWithoutTopics() {
        let s = Self.planned(topicsInRound1: 3, rules: GroupRules(minSize: 0))
        #expect(Self.failure(s, round: 1) == AgoraError(.rule, "Round 2 has no topics planned", hint: "Plan the schedule first"))
        #expect(throws: AgoraError(.notFound, "There is no round with id 99")) {
            try Grouper.groups(for: s, round: RoundID(99), seed: 0)
        }
        #expect(Grouper.nearestFeasibleRelaxation(for: s, round: s.rounds[1].id) == [])
    }

    @Test func interestIsMaximizedAndSatisfactionReported() throws {
        let s = Self.planned(rules: GroupRules(minSize: 1, maxSize: 2, maxPerCity: 1))
        let result = try Grouper.groups(for: s, round: s.rounds[0].id, seed: 0)
        // Ana (3) and Dina (2) both want topic 1 but share a city: Ana gets it; Bo gets topic 2.
        #expect(result.assignments.first { $0.participant == ParticipantID(1) }?.topic == TopicID(1))
        #expect(result.assignments.first { $0.participant == ParticipantID(2) }?.topic == TopicID(2))
        #expect(result.totalInterest == 4)
        #expect(result.satisfaction == GroupingSatisfaction(participants: 4, withPreference: 3, gotTopChoice: 2,
                                                           gotBackedTopic: 2, gotNone: 1, withoutPreference: 1))
        #expect(result.groups.map(\.size).reduce(0, +) == 4)
        #expect(result.warnings == [])
    }

    @Test func lockedPlacesBeyondTheLimitsAreKeptWithAWarning() throws {
        var s = Self.planned(rules: GroupRules(minSize: 0, maxSize: 3, maxPerCity: 2))
        let r1 = s.rounds[0].id
        for p in 1...4 { s.must(.groups(.move(ParticipantID(p), round: r1, topic: TopicID(3), lock: true))) }
        let result = try Grouper.groups(for: s, round: r1, seed: 0)
        #expect(result.assignments.allSatisfy { $0.topic == TopicID(3) && $0.locked })
        #expect(result.warnings == ["“Talent retention” has 4 people, more than 3, because of locked places"])
        s.must(.setup(.setGroupRules(GroupRules(minSize: 0, maxSize: 10, maxPerCity: 1))))
        #expect(try Grouper.groups(for: s, round: r1, seed: 0).warnings == [
            "“Talent retention” has 2 people from Bordeaux, more than 1, because of locked places"])
    }

    @Test func groupsLargerThanTheirRoomAreFlagged() throws {
        let s = Self.planned(topicsInRound1: 1, rules: GroupRules(minSize: 0, maxSize: 20))
        var bigger = s
        for i in 0..<8 { bigger.must(.people(.add(ParticipantFields(name: "Extra \(i)", city: "Porto")))) }
        let result = try Grouper.groups(for: bigger, round: bigger.rounds[0].id, seed: 0)
        #expect(result.warnings == ["“Data mining for SMEs” has 12 people in Garonne, which has 10 seats"])
    }
}
