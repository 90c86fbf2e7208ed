/// The readable text summary of a session printed by `agora show`: the setup, people,
/// topics, the plan with its warnings (groups that break the group rules, rooms with fewer
/// seats than backers), experiences and projects.
public enum SessionSummary {
    public static func text(_ s: Session) -> String {
        var out: [String] = []
        let m = s.meeting
        out.append(m.title)
        out.append([m.hostCity, m.venue, m.date.description, m.area.title].filter { !$0.isEmpty }.joined(separator: " · "))
        out.append("")
        out.append(SetupSummary.rooms(s))
        out.append(SetupSummary.rounds(s))
        out.append(SetupSummary.voting(s) + " — \(s.votingStatus.rawValue)")

        out.append("")
        let cityCount = Set(s.participants.map(\.city)).count
        out.append("Participants (\(s.participants.count), \(CountedNoun.city(cityCount)))")
        out += table(s.participants.map { p in
            [String(p.id.rawValue), p.name, p.city, p.organization, p.present ? "" : "absent"]
        }, rightAligned: [0])

        out.append("")
        out.append("Topics (\(s.activeTopics.count) active of \(s.topics.count))")
        let votes = Tally.isVisible(in: s) ? Dictionary(uniqueKeysWithValues: Tally.results(of: s).map { ($0.topic, $0) }) : [:]
        out += table(s.topics.map { t in
            let status = t.status == .merged ? "merged into \(t.mergedInto.map(String.init(describing:)) ?? "?")" : t.status.rawValue
            let points = votes[t.id].map { "\($0.dots)" } ?? ""
            return [String(t.id.rawValue), t.title, t.proposer.map { s.name(of: $0) } ?? "", points, status]
        }, rightAligned: [0, 3])

        if !s.schedule.isEmpty {
            out.append("")
            out.append("Plan")
            for (n, round) in s.rounds.enumerated() {
                for slot in s.schedule where slot.round == round.id {
                    let size = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }.count
                    let group = size > 0 ? " — \(CountedNoun.person(size))" : ""
                    out.append("  Round \(n + 1) \(round.start)  \(s.room(slot.room)?.name ?? "?"): \(s.topic(slot.topic)?.title ?? "?")\(group)")
                }
            }
        }

        let breaches = s.groupRuleBreaches, shortages = s.seatShortages()
        if !breaches.isEmpty || !shortages.isEmpty {
            out.append("")
            out.append("Warnings")
            for b in breaches {
                out.append("  Round \(s.roundNumber(b.round).map(String.init) ?? "?"): \(b.message(in: s))")
            }
            for shortage in shortages { out.append("  \(shortage.message(in: s))") }
        }

        out.append("")
        out.append("Experiences (\(s.experiences.count))")
        for e in s.experiences { out.append("  \(e.id)  \(e.city): \(e.title)") }

        out.append("")
        out.append("Projects (\(s.projects.count))")
        for p in s.projects {
            out.append("  \(p.id)  \(p.title) — led by \(p.leadCity) [\(p.status.rawValue)]")
            if !p.partnerCities.isEmpty { out.append("     partners: \(p.partnerCities.joined(separator: ", "))") }
            for a in p.activities {
                let when = a.window != nil ? ProjectRecord.when(a)
                    : [a.cadence?.description, a.due.map { "from \($0)" }].compactMap { $0 }.joined(separator: ", ")
                out.append("     • \(a.text)\(when.isEmpty ? "" : " (\(when))")")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The summary's tables: ``PlainTable`` indented by two.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        PlainTable.lines(rows, rightAligned: rightAligned, indent: "  ")
    }
}
