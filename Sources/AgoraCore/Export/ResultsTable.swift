/// The vote's results as plain text: rank, topic, points, voters, cities, and the tie-break rule.
public enum ResultsTable {
    public static func text(_ results: [TopicResult], in s: Session, language: Language = .en) -> String {
        let t = { (key: String) in PlainTableText.table.format(key, in: language, [:]) }
        let unit = s.voting.method.countedUnit(in: language).plural
        var rows = [["#", t("plainTable.topic"), unit, t("plainTable.voters"), t("plainTable.cities"), ""]]
        for r in results {
            let title = s.topic(r.topic)?.title ?? "?"
            let tie = r.aheadOfNextBy.map { PlainTableText.table.format("plainTable.aheadOn", in: language, ["reason": $0.phrase(in: language)]) } ?? ""
            rows.append(["\(r.rank)", "\(title) (\(r.topic))", "\(r.dots)", "\(r.voters)", "\(r.cities)", tie])
        }
        return (SessionSummary.table(rows, rightAligned: [0, 2, 3, 4]) + ["", Tally.tieBreakRule(in: language)]).joined(separator: "\n")
    }
}

/// The plan as plain text: each round with its rooms and topics.
public enum PlanTable {
    public static func text(_ s: Session, in language: Language = .en) -> String {
        let t = { (key: String) in PlainTableText.table.format(key, in: language, [:]) }
        var rows: [[String]] = [[t("plainTable.round"), t("plainTable.start"), t("plainTable.room"), t("plainTable.topic"), t("plainTable.people")]]
        for (n, round) in s.rounds.enumerated() {
            for slot in s.schedule where slot.round == round.id {
                let size = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }.count
                rows.append(["\(n + 1)", round.start.description, s.room(slot.room)?.name ?? "?",
                             (s.topic(slot.topic)?.title ?? "?") + (slot.pinned ? " " + t("plainTable.pinned") : ""), size > 0 ? "\(size)" : ""])
            }
        }
        return SessionSummary.table(rows, rightAligned: [0, 4]).joined(separator: "\n")
    }
}

/// Groups as plain text: per round, each group with its members, plus satisfaction.
public enum GroupTable {
    public static func text(_ s: Session, results: [GroupingResult], in language: Language = .en) -> String {
        let table = PlainTableText.table
        var out: [String] = []
        let people = Dictionary(uniqueKeysWithValues: s.participants.map { ($0.id, $0) })
        for result in results {
            let number = s.roundNumber(result.round) ?? 0
            out.append(table.format("plainTable.roundTitle", in: language, ["number": "\(number)"]))
            let byTopic = Dictionary(grouping: s.assignments.filter { $0.round == result.round }, by: \.topic)
            for slot in s.schedule where slot.round == result.round {
                let members = byTopic[slot.topic] ?? []
                let names = members.map { a in
                    (people[a.participant].map { "\($0.name) (\($0.city))" } ?? "?") + (a.locked ? " 🔒" : "")
                }
                out.append("  " + table.format("plainTable.group", in: language, [
                    "topic": s.topic(slot.topic)?.title ?? "?", "room": s.room(slot.room)?.name ?? "?", "count": "\(members.count)"]))
                if !names.isEmpty { out.append("    " + names.joined(separator: ", ")) }
            }
            let sat = result.satisfaction
            out.append("  " + table.format("plainTable.satisfaction", in: language, [
                "top": "\(sat.gotTopChoice)", "backed": "\(sat.gotBackedTopic)", "none": "\(sat.gotNone)", "count": "\(sat.participants)"]))
            out += result.warnings.map { "  ! \($0)" }
        }
        return out.joined(separator: "\n")
    }
}
