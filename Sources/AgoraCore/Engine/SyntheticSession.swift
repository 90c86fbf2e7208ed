import Foundation

extension Session {
    /// A made-up meeting of any size, for tests and benchmarks: the same arguments always
    /// give the same session.
    ///
    /// Built through operations like a real one: rooms (capacities from 1.5× down to 0.9×
    /// an even share of the people, so every round has spare seats), rounds, voting rules,
    /// participants from `cities` cities (a few big delegations, many small), topics, a
    /// vote (about one person in ten does not vote; the others place the budget with a skew
    /// towards popular topics and their city's favourites), the selection
    /// (``Selection/choose(in:count:)``) and the plan (``Scheduler/schedule(_:seed:)``).
    ///
    /// - Parameters:
    ///   - groupRules: nil picks min 2, room-size maximum, and a city limit of 1.5× the
    ///     biggest delegation's even share of a round's groups.
    ///   - method: dot, approval or ranked ballots (dots: 5 per person, at most 3 per topic).
    public static func synthetic(participants: Int, topics: Int, rounds: Int, rooms: Int, cities: Int,
                                 seed: UInt64, groupRules: GroupRules? = nil,
                                 method: VotingMethod = .dots) -> Session {
        precondition(participants >= 0 && topics >= 1 && rounds >= 1 && rooms >= 1 && cities >= 1)
        var rng = SeededGenerator(seed: seed)
        let date = Date(timeIntervalSince1970: 1_369_040_400)
        var session = Session(meeting: Meeting(title: "Synthetic meeting", hostCity: "City 1",
                                               date: CalendarDate(year: 2013, month: 5, day: 20)!, area: .economy))
        func must(_ op: Operation) {
            do { try session.apply(op, at: date) } catch { preconditionFailure("synthetic session: \(error)") }
        }

        // Frame.
        var frame: [Operation] = []
        let share = max(1, (participants + rooms - 1) / rooms)
        for r in 0..<rooms {
            let factor = rooms == 1 ? 1.5 : 1.5 - 0.6 * Double(r) / Double(rooms - 1)
            frame.append(.setup(.addRoom(name: "Room \(r + 1)", capacity: max(1, Int((Double(share) * factor).rounded(.up))))))
        }
        for r in 0..<rounds {
            frame.append(.setup(.addRound(start: ClockTime(hour: 9, minute: 0)!.adding(minutes: 60 * r), minutes: 45)))
        }
        let dots = 5
        frame.append(.setup(.setVotingRules(VotingRules(method: method, dotsPerParticipant: dots,
                                                        capPerTopic: method == .dots ? 3 : nil,
                                                        hideTalliesUntilClose: true))))
        must(.batch(summary: "Frame", operations: frame))

        // People: city sizes follow 1/(c+1); names are unique by construction.
        let cityWeights = (0..<cities).map { 1.0 / Double($0 + 1) }
        var cityOf: [Int] = []
        var people: [Operation] = []
        for p in 0..<participants {
            let c = pick(cityWeights, &rng)
            cityOf.append(c)
            people.append(.people(.add(ParticipantFields(name: "Person \(p + 1)", city: "City \(c + 1)"))))
        }
        var topicOps: [Operation] = []
        for t in 0..<topics {
            topicOps.append(.topics(.propose(TopicFields(title: "Topic \(t + 1)", proposer: participants > 0
                ? ParticipantID(1 + rng.below(participants)) : nil))))
        }
        addInBulk(people, to: &session, at: date)
        must(.batch(summary: "Topics", operations: topicOps))

        // The vote: global popularity 1/(t+1)^0.75 (square roots only: correctly rounded on
        // every platform, so every machine draws the same votes), tripled for a city's three favourites.
        let popularity = (0..<topics).map { t -> Double in
            let root = Double(t + 1).squareRoot()
            return 1.0 / (root * root.squareRoot())
        }
        let favourites = (0..<cities).map { _ in (0..<3).map { _ in rng.below(topics) } }
        var votes: [Operation] = [.voting(.open)]
        for p in 0..<participants where rng.below(10) != 0 {
            var weights = popularity
            for f in favourites[cityOf[p]] { weights[f] *= 3 }
            let voter = ParticipantID(p + 1)
            switch method {
            case .dots:
                var placed: [Int: Int] = [:]
                var left = dots
                var tries = 0
                while left > 0 && tries < 50 {
                    tries += 1
                    let t = pick(weights, &rng)
                    let room = min(3 - placed[t, default: 0], left, 1 + rng.below(2))
                    guard room > 0 else { continue }
                    placed[t, default: 0] += room; left -= room
                }
                for (t, count) in placed.sorted(by: { $0.key < $1.key }) {
                    votes.append(.voting(.addDots(voter, TopicID(t + 1), count: count)))
                }
            case .approval, .ranked:
                var chosen: [Int] = []
                let wanted = min(topics, 1 + rng.below(dots))
                var tries = 0
                while chosen.count < wanted && tries < 50 {
                    tries += 1
                    let t = pick(weights, &rng)
                    if !chosen.contains(t) { chosen.append(t) }
                }
                if method == .ranked {
                    votes.append(.voting(.setRanking(voter, chosen.map { TopicID($0 + 1) })))
                } else {
                    votes += chosen.sorted().map { .voting(.addDots(voter, TopicID($0 + 1), count: 1)) }
                }
            }
        }
        votes.append(.voting(.close))
        must(.batch(summary: "Vote", operations: votes))

        // Selection and plan.
        must(.plan(.setSelection(Selection.choose(in: session))))
        do { must(try Scheduler.schedule(session, seed: seed).operation) } catch {
            preconditionFailure("synthetic session: \(error)")
        }

        // Group rules.
        let biggest = cityOf.reduce(into: [Int](repeating: 0, count: cities)) { $0[$1] += 1 }.max() ?? 0
        let perRound = max(1, session.schedule.count / rounds)
        let limit = max(1, Int((1.5 * Double(biggest) / Double(perRound)).rounded(.up)))
        must(.setup(.setGroupRules(groupRules ?? GroupRules(minSize: 2, maxSize: nil, maxPerCity: limit))))
        return session
    }

    /// Adds people with the reducer's checks when few, or directly when many (the reducer's
    /// duplicate-name check compares every pair, which is too slow for thousands; the names
    /// here are unique by construction).
    private static func addInBulk(_ people: [Operation], to session: inout Session, at date: Date) {
        if people.count <= 1000 {
            do { try session.apply(.batch(summary: "People", operations: people), at: date) } catch {
                preconditionFailure("synthetic session: \(error)")
            }
            return
        }
        for case .people(.add(let fields)) in people {
            let id = ParticipantID(session.nextIDs.participant)
            session.nextIDs.participant += 1
            session.participants.append(Participant(id: id, name: fields.name, city: fields.city))
        }
        session.log.append(LogEntry(at: date, text: "Added \(CountedNoun.participant(people.count))"))
    }

    /// An index drawn with probability proportional to its weight.
    private static func pick(_ weights: [Double], _ rng: inout SeededGenerator) -> Int {
        let total = weights.reduce(0, +)
        var x = Double(rng.next() >> 11) / Double(1 << 53) * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }
}
