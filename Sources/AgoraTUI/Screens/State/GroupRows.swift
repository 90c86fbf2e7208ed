import AgoraCore

/// The groups of one round as rows: each group's line, then its members with their
/// interest in its topic; present people without a group come last. The lines are
/// written once per change of the session (look-ups by dictionary), so scrolling through
/// thousands of people stays cheap.
struct GroupRows: Equatable, Sendable {
    enum Row: Equatable, Sendable {
        /// A group: its topic and room, and its number (1…) for the move keys.
        case group(Slot, number: Int)
        case member(ParticipantID, topic: TopicID?, locked: Bool)
        /// The heading of the people not placed.
        case unplaced(count: Int)
    }

    var rows: [Row] = []
    /// The text of each row.
    var texts: [String] = []
    /// Present people of the round without a group (all of them, whatever the search).
    var unplaced = 0

    init() {}

    /// The rows of `round`; with a search, only the members it matches (groups stay).
    init(_ s: Session, round: RoundID, search: SearchField = SearchField()) {
        let slots = s.schedule.filter { $0.round == round }
        let assignments = s.assignments.filter { $0.round == round }
        let placed = Set(assignments.map(\.participant))
        unplaced = s.participants.filter { $0.present && !placed.contains($0.id) }.count
        // A round with no groups yet has no rows: nothing more to look up, however many people
        // (the screen is told of every change, phones' ballots included).
        if slots.isEmpty { return }
        let people = Dictionary(s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let interests = s.interests
        func interest(_ p: ParticipantID, _ t: TopicID) -> Int { interests[p]?.first { $0.topic == t }?.count ?? 0 }
        func shown(_ p: Participant?) -> Bool {
            guard search.isActive, let p else { return true }
            return search.matches([p.name, p.city, p.organization])
        }
        func add(_ row: Row, _ text: String) { rows.append(row); texts.append(text) }
        func memberText(_ p: Participant?, interest: Int, locked: Bool) -> String {
            let dots = interest > 0 ? " " + String(repeating: "●", count: min(interest, 5)) + " \(interest)" : " –"
            return "    \(p?.name ?? "?") · \(p?.city ?? "")\(dots)\(locked ? "  " + GroupRowsText.table("groupRows.locked") : "")"
        }

        let byTopic = Dictionary(grouping: assignments, by: \.topic)
        for (i, slot) in slots.enumerated() {
            let members = byTopic[slot.topic] ?? []
            let total = members.reduce(0) { $0 + interest($1.participant, slot.topic) }
            let cities = Set(members.compactMap { people[$0.participant]?.city }).count
            let room = s.room(slot.room)
            add(.group(slot, number: i + 1), GroupRowsText.table("groupRows.group", [
                "number": "\(i + 1)", "topic": s.topic(slot.topic)?.title ?? "?", "room": room?.name ?? "?",
                "capacity": "\(room?.capacity ?? 0)", "people": "\(members.count)", "cities": "\(cities)", "interest": "\(total)"]))
            for a in members where shown(people[a.participant]) {
                add(.member(a.participant, topic: slot.topic, locked: a.locked),
                    memberText(people[a.participant], interest: interest(a.participant, slot.topic), locked: a.locked))
            }
        }
        let left = s.participants.filter { $0.present && !placed.contains($0.id) && shown($0) }
        if !left.isEmpty {
            add(.unplaced(count: left.count), GroupRowsText.table("groupRows.unplaced", ["count": "\(left.count)"]))
            for p in left { add(.member(p.id, topic: nil, locked: false), memberText(p, interest: 0, locked: false)) }
        }
    }
}

extension GroupingSatisfaction {
    /// One line on how well a round's groups follow the votes (``unplaced``: present people
    /// without a group).
    func text(unplaced: Int) -> String {
        let t = GroupRowsText.table
        var parts = [t("groupRows.placed", ["count": "\(participants)"]), t("groupRows.topChoice", ["count": "\(gotTopChoice)"]),
                     t("groupRows.backed", ["count": "\(gotBackedTopic)"])]
        if gotNone > 0 { parts.append(t("groupRows.none", ["count": "\(gotNone)"])) }
        if withoutPreference > 0 { parts.append(t("groupRows.noPreference", ["count": "\(withoutPreference)"])) }
        if unplaced > 0 { parts.append(t("groupRows.notPlaced", ["count": "\(unplaced)"])) }
        return parts.joined(separator: " · ")
    }
}
