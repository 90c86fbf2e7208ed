import AgoraCore

/// The groups of one round as rows: each group's line, then its members with their
/// interest in its topic; present people without a group come last.
struct GroupRows: Equatable, Sendable {
    enum Row: Equatable, Sendable {
        /// A group: its topic and room, and its number (1…) for the move keys.
        case group(Slot, number: Int)
        case member(ParticipantID, topic: TopicID?, locked: Bool)
        /// The heading of the people not placed.
        case unplaced(count: Int)
    }

    var rows: [Row] = []

    init() {}

    /// The rows of `round`; with a search, only the members it matches (groups stay).
    init(_ s: Session, round: RoundID, search: SearchField = SearchField()) {
        func shown(_ id: ParticipantID) -> Bool {
            guard search.isActive, let p = s.participant(id) else { return true }
            return search.matches([p.name, p.city, p.organization])
        }
        let slots = s.schedule.filter { $0.round == round }
        let assignments = s.assignments.filter { $0.round == round }
        for (i, slot) in slots.enumerated() {
            rows.append(.group(slot, number: i + 1))
            for a in assignments where a.topic == slot.topic && shown(a.participant) {
                rows.append(.member(a.participant, topic: slot.topic, locked: a.locked))
            }
        }
        let placed = Set(assignments.map(\.participant))
        let left = s.participants.filter { $0.present && !placed.contains($0.id) && shown($0.id) }
        if !slots.isEmpty && !left.isEmpty {
            rows.append(.unplaced(count: left.count))
            rows += left.map { .member($0.id, topic: nil, locked: false) }
        }
    }
}

/// How well the groups of a round follow people's votes.
struct GroupSatisfaction: Equatable {
    /// Placed people; of them, in the round's topic they gave most dots, in one they gave
    /// any; those who backed no topic of the round, and those who did not vote.
    var placed = 0, topChoice = 0, backed = 0, none = 0, noBallot = 0, unplaced = 0

    /// The rows of `round`; with a search, only the members it matches (groups stay).
    init(_ s: Session, round: RoundID, search: SearchField = SearchField()) {
        func shown(_ id: ParticipantID) -> Bool {
            guard search.isActive, let p = s.participant(id) else { return true }
            return search.matches([p.name, p.city, p.organization])
        }
        let topics = s.schedule.filter { $0.round == round }.map(\.topic)
        let assigned = Dictionary(s.assignments.filter { $0.round == round }.map { ($0.participant, $0.topic) },
                                  uniquingKeysWith: { a, _ in a })
        for p in s.participants where p.present {
            guard let topic = assigned[p.id] else { unplaced += 1; continue }
            placed += 1
            let best = topics.map { s.interest(of: p.id, in: $0) }.max() ?? 0
            let got = s.interest(of: p.id, in: topic)
            if s.ballot(of: p.id)?.isEmpty ?? true { noBallot += 1; continue }
            if best == 0 { none += 1; continue }
            if got == best { topChoice += 1 }
            if got > 0 { backed += 1 }
        }
    }

    var text: String {
        var parts = ["\(placed) placed", "\(topChoice) top choice", "\(backed) a topic they backed"]
        if none > 0 { parts.append("\(none) backed none of this round") }
        if noBallot > 0 { parts.append("\(noBallot) without a ballot") }
        if unplaced > 0 { parts.append("\(unplaced) not placed") }
        return parts.joined(separator: " · ")
    }
}
