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
}
