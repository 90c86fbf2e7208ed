/// A group of a round that breaks one of the ``GroupRules``: the Groups screen flags it after a
/// manual move or a change of the rules, a move's summary warns about it, `agora show` lists it.
///
/// The rules as the grouper applies them: a group is the people placed on one of the round's
/// planned topics; it has at least ``GroupRules/minSize`` people and at most
/// ``GroupRules/maxSize`` (or its room's seats when there is no maximum), and at most
/// ``GroupRules/maxPerCity`` people of one city. A planned topic nobody is placed on is not a
/// group and breaks nothing. A move that breaks a rule still applies: the facilitator decides.
public struct GroupRuleBreach: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Fewer people than the smallest group size.
        case tooSmall(size: Int, min: Int)
        /// More people than the largest group size (or the room's seats).
        case tooLarge(size: Int, max: Int, isRoomSize: Bool)
        /// More people of `city` than the limit per city.
        case tooManyFromCity(city: String, count: Int, max: Int)
    }

    public var round: RoundID
    public var topic: TopicID
    public var kind: Kind

    /// "“Open data” has 1 person; groups have at least 2", without the round, in the language
    /// people read now.
    public func message(in session: Session) -> String { phrase(in: session).description }

    /// ``message(in:)`` kept to be written in each reader's language.
    public func phrase(in session: Session) -> Phrase {
        let title = session.topic(topic)?.title
        let someTopic = PlanText.phrase("group.breach.someTopic", ["id": "\(topic)"])
        let phrase: Phrase
        switch kind {
        case .tooSmall(let size, let min):
            phrase = PlanText.phrase("group.breach.tooSmall", ["size": "\(size)", "min": "\(min)"])
        case .tooLarge(let size, let max, let isRoomSize):
            phrase = PlanText.phrase(isRoomSize ? "group.breach.roomFull" : "group.breach.tooLarge", ["size": "\(size)", "max": "\(max)"])
        case .tooManyFromCity(let city, let count, let max):
            phrase = PlanText.phrase("group.breach.perCity", ["city": city, "count": "\(count)", "max": "\(max)"])
        }
        return Phrase(table: phrase.table, key: phrase.key, values: phrase.values,
                      parts: ["title": title.map(Phrase.verbatim) ?? someTopic])
    }
}

extension Session {
    /// The groups of `round` that break the group rules, by the round's room order (as
    /// planned), then kind: size first, then cities in sorted order.
    public func groupRuleBreaches(in round: RoundID, rules: GroupRules? = nil) -> [GroupRuleBreach] {
        let rules = rules ?? groupRules
        let cityOf = Dictionary(participants.map { ($0.id, $0.city) }, uniquingKeysWith: { a, _ in a })
        var members: [TopicID: [String]] = [:]
        for a in assignments where a.round == round { members[a.topic, default: []].append(cityOf[a.participant] ?? "") }
        var breaches: [GroupRuleBreach] = []
        for slot in schedule where slot.round == round {
            guard let cities = members[slot.topic], !cities.isEmpty else { continue }
            func add(_ kind: GroupRuleBreach.Kind) { breaches.append(GroupRuleBreach(round: round, topic: slot.topic, kind: kind)) }
            if cities.count < rules.minSize { add(.tooSmall(size: cities.count, min: rules.minSize)) }
            let seats = room(slot.room)?.capacity ?? .max
            let largest = rules.maxSize ?? seats
            if cities.count > largest { add(.tooLarge(size: cities.count, max: largest, isRoomSize: rules.maxSize == nil)) }
            if let k = rules.maxPerCity {
                var perCity: [String: Int] = [:]
                for city in cities { perCity[city, default: 0] += 1 }
                for (city, count) in perCity.sorted(by: { $0.key < $1.key }) where count > k {
                    add(.tooManyFromCity(city: city, count: count, max: k))
                }
            }
        }
        return breaches
    }

    /// Every round's breaches, round by round.
    public var groupRuleBreaches: [GroupRuleBreach] { rounds.flatMap { groupRuleBreaches(in: $0.id) } }

    /// "; warning: …; …" for the breaches of `topics`' groups in `round` (empty when none): what a
    /// change that still applies appends to its summary.
    func breachWarning(in round: RoundID, topics: Set<TopicID>? = nil) -> Phrase {
        let found = groupRuleBreaches(in: round).filter { topics?.contains($0.topic) ?? true }
        guard !found.isEmpty else { return .verbatim("") }
        return PlanText.phrase("group.warning", parts: ["list": .joined(found.map { $0.phrase(in: self) }, separator: SetupText.phrase("setup.semicolon"))])
    }
}
