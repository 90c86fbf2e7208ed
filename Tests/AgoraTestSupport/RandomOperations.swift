import AgoraCore

/// Turns random numbers into operations aimed at a session's current state: most name things
/// that exist (so they often succeed), some name things that don't (so rules get exercised).
/// Used by property tests of the reducer and of the store.
public enum RandomOperations {
    /// An operation chosen by `choice` (any integers), using `text` for names and titles.
    public static func operation(for s: Session, choice c: [Int], text: String) -> Operation {
        func pick<T>(_ items: [T], _ n: Int) -> T? { items.isEmpty ? nil : items[abs(n) % items.count] }
        let n = c.count > 1 ? c[1] : 0, m = c.count > 2 ? c[2] : 0, k = c.count > 3 ? c[3] : 0
        let person = pick(s.participants.map(\.id), n) ?? ParticipantID(abs(n) % 5 + 1)
        let topic = pick(s.topics.map(\.id), m) ?? TopicID(abs(m) % 5 + 1)
        let round = pick(s.rounds.map(\.id), k) ?? RoundID(1)
        let cities = ["Bordeaux", "Lappeenranta", "Rabat", "Durban", text]
        switch abs(c.first ?? 0) % 16 {
        case 0, 1: return .people(.add(ParticipantFields(name: text + String(n % 7), city: cities[abs(m) % cities.count])))
        case 2: return .topics(.propose(TopicFields(title: text + String(m % 11), description: text,
                                                    proposer: s.participants.isEmpty ? nil : person)))
        case 3, 4, 5: return .voting(.addDots(person, topic, count: abs(k) % 3 + 1))
        case 6: return .voting(.removeDots(person, topic, count: abs(k) % 2 + 1))
        case 7: return .voting(.setWallCount(topic, count: abs(k) % 6))
        case 8: return [.voting(.open), .voting(.close)][abs(k) % 2]
        case 9: return .topics(.merge(topic, into: pick(s.topics.map(\.id), k) ?? topic))
        case 10: return .topics(.withdraw(topic))
        case 11:
            let chosen = Array(s.activeTopics.map(\.id).prefix(abs(n) % 4 + 1))
            return .plan(.setSelection(chosen))
        case 12:
            let room = pick(s.rooms.map(\.id), n) ?? RoomID(1)
            return .plan(.place(topic, round: round, room: room, pinned: k % 2 == 0))
        case 13: return .groups(.move(person, round: round, topic: topic, lock: n % 2 == 0))
        case 14: return .work(.addExperience(ExperienceFields(city: cities[abs(n) % cities.count], title: text,
                                                              challenge: text, tags: [text])))
        default: return .work(.addProject(ProjectFields(title: text, leadCity: cities[abs(k) % cities.count],
                                                        partnerCities: [cities[abs(n) % cities.count]],
                                                        activities: [ActivityText.parse(text + " every 4 months")])))
        }
    }

    /// Numbers at and past every edge: `Int.max`, `Int.min`, 0, -1, and each ``DomainRange``'s
    /// bounds and one past them.
    public static let extremeNumbers: [Int] = {
        var numbers: Set<Int> = [.max, .min, 0, -1, 1, .max - 1, .min + 1]
        for range in [DomainRange.capacity, .roundMinutes, .dotsPerParticipant, .capPerTopic, .dotCount, .wallCount,
                      .groupMinSize, .groupMaxSize, .maxPerCity, .cadenceEvery, .rooms, .rounds] {
            for n in [range.bounds.lowerBound, range.bounds.upperBound] {
                numbers.formUnion([n, n &- 1, n &+ 1])
            }
        }
        return numbers.sorted()
    }()

    /// An operation that puts an extreme number (``extremeNumbers``) or an extreme text where
    /// a count, size, time or name goes. `choice` picks which; any integers, even `Int.min`.
    public static func extremeOperation(for s: Session, choice c: [Int], text: String) -> Operation {
        func index(_ n: Int, _ count: Int) -> Int { Int(n.magnitude % UInt(count)) }
        func number(_ n: Int) -> Int { extremeNumbers[index(n, extremeNumbers.count)] }
        let n = c.count > 1 ? c[1] : 0, m = c.count > 2 ? c[2] : 0, k = c.count > 3 ? c[3] : 0
        let person = s.participants.isEmpty ? ParticipantID(1) : s.participants[index(n, s.participants.count)].id
        let topic = s.topics.isEmpty ? TopicID(1) : s.topics[index(m, s.topics.count)].id
        let room = s.rooms.isEmpty ? RoomID(1) : s.rooms[index(k, s.rooms.count)].id
        let roundID = s.rounds.isEmpty ? RoundID(1) : s.rounds[index(k, s.rounds.count)].id
        let start = ClockTime(hour: index(n, 24), minute: index(m, 60))!
        switch index(c.first ?? 0, 13) {
        case 0: return .setup(.addRoom(name: text, capacity: number(n)))
        case 1: return .setup(.editRoom(room, name: text + "x", capacity: number(m)))
        case 2: return .setup(.addRound(start: start, minutes: number(k)))
        case 3: return .setup(.editRound(roundID, start: start, minutes: number(n)))
        case 4:
            var rules = s.voting
            rules.dotsPerParticipant = number(n)
            rules.capPerTopic = m % 3 == 0 ? nil : number(m)
            return .setup(.setVotingRules(rules))
        case 5:
            return .setup(.setGroupRules(GroupRules(minSize: number(n), maxSize: m % 3 == 0 ? nil : number(m),
                                                    maxPerCity: k % 3 == 0 ? nil : number(k))))
        case 6: return .voting(.addDots(person, topic, count: number(k)))
        case 7: return .voting(.removeDots(person, topic, count: number(k)))
        case 8: return .voting(.setWallCount(topic, count: number(k)))
        case 9: return .people(.add(ParticipantFields(name: text, city: text, organization: text, role: text)))
        case 10: return .topics(.propose(TopicFields(title: text, description: text)))
        case 11:
            return .work(.addProject(ProjectFields(title: text, leadCity: "Rabat", activities: [
                Activity(text: "Exchange", cadence: Cadence(every: number(n), unit: .month))])))
        default: return .groups(.move(person, round: roundID, topic: topic, lock: k % 2 == 0))
        }
    }
}
