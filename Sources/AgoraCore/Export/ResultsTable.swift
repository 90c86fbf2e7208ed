/// The vote's results as plain text: rank, topic, points, voters, cities, and the tie-break rule.
public enum ResultsTable {
    public static func text(_ results: [TopicResult], in s: Session) -> String {
        let unit = s.voting.method.unit
        var rows = [["#", "topic", unit, "voters", "cities", ""]]
        for r in results {
            let title = s.topic(r.topic)?.title ?? "?"
            let tie = r.aheadOfNextBy.map { "ahead on \($0.phrase)" } ?? ""
            rows.append(["\(r.rank)", "\(title) (\(r.topic))", "\(r.dots)", "\(r.voters)", "\(r.cities)", tie])
        }
        return (SessionSummary.table(rows, rightAligned: [0, 2, 3, 4]) + ["", Tally.tieBreakRule]).joined(separator: "\n")
    }
}

/// The plan as plain text: each round with its rooms and topics.
public enum PlanTable {
    public static func text(_ s: Session) -> String {
        var rows: [[String]] = [["round", "start", "room", "topic", "people"]]
        for (n, round) in s.rounds.enumerated() {
            for slot in s.schedule where slot.round == round.id {
                let size = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }.count
                rows.append(["\(n + 1)", round.start.description, s.room(slot.room)?.name ?? "?",
                             (s.topic(slot.topic)?.title ?? "?") + (slot.pinned ? " (pinned)" : ""), size > 0 ? "\(size)" : ""])
            }
        }
        return SessionSummary.table(rows, rightAligned: [0, 4]).joined(separator: "\n")
    }
}

/// Groups as plain text: per round, each group with its members, plus satisfaction.
public enum GroupTable {
    public static func text(_ s: Session, results: [GroupingResult]) -> String {
        var out: [String] = []
        let people = Dictionary(uniqueKeysWithValues: s.participants.map { ($0.id, $0) })
        for result in results {
            let number = s.roundNumber(result.round) ?? 0
            out.append("Round \(number)")
            let byTopic = Dictionary(grouping: s.assignments.filter { $0.round == result.round }, by: \.topic)
            for slot in s.schedule where slot.round == result.round {
                let members = byTopic[slot.topic] ?? []
                let names = members.map { a in
                    (people[a.participant].map { "\($0.name) (\($0.city))" } ?? "?") + (a.locked ? " 🔒" : "")
                }
                out.append("  \(s.topic(slot.topic)?.title ?? "?") — \(s.room(slot.room)?.name ?? "?"), \(CountedNoun.person(members.count))")
                if !names.isEmpty { out.append("    " + names.joined(separator: ", ")) }
            }
            let sat = result.satisfaction
            out.append("  Top choice: \(sat.gotTopChoice), a backed topic: \(sat.gotBackedTopic), none of theirs: \(sat.gotNone) (of \(sat.participants))")
            out += result.warnings.map { "  ! \($0)" }
        }
        return out.joined(separator: "\n")
    }
}
