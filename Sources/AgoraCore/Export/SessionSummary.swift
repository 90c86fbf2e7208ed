/// The readable text summary of a session printed by `agora show`: the setup, people,
/// topics, the plan with its warnings (groups that break the group rules, rooms with fewer
/// seats than backers), experiences, projects (question, cities, activities with when they
/// happen, next steps) and the report's framing.
public enum SessionSummary {
    /// Written in `language` (the caller passes the one its reader reads); what people typed stays as typed.
    public static func text(_ s: Session, in language: Language = .en) -> String {
        func say(_ key: String, _ values: [String: String] = [:]) -> String { SummaryText.text(key, in: language, values) }
        var out: [String] = []
        let m = s.meeting
        out.append(m.title)
        out.append([m.hostCity, m.venue, ExportText.date(m.date, in: language), m.area.title].filter { !$0.isEmpty }.joined(separator: " · "))
        out.append("")
        out.append(SetupSummary.rooms(s, in: language))
        out.append(SetupSummary.rounds(s, in: language))
        out.append(SetupSummary.voting(s, in: language) + " — " + say("summary.status.\(s.votingStatus.rawValue)"))

        out.append("")
        let cityCount = Set(s.participants.map(\.city)).count
        out.append(say("summary.participants", ["count": String(s.participants.count), "cities": String(cityCount)]))
        out += table(s.participants.map { p in
            [String(p.id.rawValue), p.name, p.city, p.organization, p.present ? "" : say("summary.absent")]
        }, rightAligned: [0])

        out.append("")
        out.append(say("summary.topics", ["active": String(s.activeTopics.count), "count": String(s.topics.count)]))
        let votes = Tally.isVisible(in: s) ? Dictionary(uniqueKeysWithValues: Tally.results(of: s).map { ($0.topic, $0) }) : [:]
        out += table(s.topics.map { t in
            let status = t.status == .merged ? say("summary.topic.merged", ["topic": t.mergedInto.map(String.init(describing:)) ?? "?"])
                : say("summary.topic.\(t.status.rawValue)")
            let points = votes[t.id].map { "\($0.dots)" } ?? ""
            return [String(t.id.rawValue), t.title, t.proposer.map { s.name(of: $0) } ?? "", points, status]
        }, rightAligned: [0, 3])

        if !s.schedule.isEmpty {
            out.append("")
            out.append(say("summary.plan"))
            for (n, round) in s.rounds.enumerated() {
                for slot in s.schedule where slot.round == round.id {
                    let size = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }.count
                    let group = size > 0 ? " — " + say("summary.people", ["count": String(size)]) : ""
                    let place = Typography.labelled(s.room(slot.room)?.name ?? "?", s.topic(slot.topic)?.title ?? "?", in: language)
                    out.append("  \(say("summary.round", ["number": String(n + 1)])) \(round.start)  \(place)\(group)")
                }
            }
        }

        let breaches = s.groupRuleBreaches, shortages = s.seatShortages()
        if !breaches.isEmpty || !shortages.isEmpty {
            out.append("")
            out.append(say("summary.warnings"))
            for b in breaches {
                let round = say("summary.round", ["number": s.roundNumber(b.round).map(String.init) ?? "?"])
                out.append("  " + Typography.labelled(round, b.message(in: s), in: language))
            }
            for shortage in shortages { out.append("  \(shortage.message(in: s))") }
        }

        out.append("")
        out.append(say("summary.experiences", ["count": String(s.experiences.count)]))
        for e in s.experiences { out.append("  \(e.id)  " + Typography.labelled(e.city, e.title, in: language)) }

        out.append("")
        out.append(say("summary.projects", ["count": String(s.projects.count)]))
        for p in s.projects {
            out.append("  \(p.id)  \(p.title) — \(say("summary.ledBy", ["city": p.leadCity])) [\(say("summary.project.\(p.status.rawValue)"))]")
            func labelled(_ key: String, _ text: String) {
                if !text.isEmpty { out.append("     " + Typography.labelled(say(key), text, in: language)) }
            }
            labelled("summary.question", p.question)
            labelled("summary.partners", p.partnerCities.joined(separator: ", "))
            labelled("summary.interested", p.interestedCities.joined(separator: ", "))
            // Each activity by the number `agora project activity edit` takes, then when it happens
            // in the exports' words (cadence, start and end, a range) and who carries it.
            for a in ActivityNumbers.numbered(p.activities) { out.append("     \(a.id ?? 0). " + ProjectRecord.line(a, in: language)) }
            labelled("summary.nextSteps", p.nextSteps.joined(separator: ExportText.semicolon(in: language)))
        }

        if let framing = s.framing, !framing.isEmpty {
            out.append("")
            out.append(say("summary.framing"))
            for (key, text) in [("context", framing.context), ("synthesis", framing.synthesis), ("contact", framing.contact)] where !text.isEmpty {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                out.append("  " + Typography.labelled(say("summary.framing.\(key)"), String(lines[0]), in: language))
                out += lines.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The summary's tables: ``PlainTable`` indented by two.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        PlainTable.lines(rows, rightAligned: rightAligned, indent: "  ")
    }
}
