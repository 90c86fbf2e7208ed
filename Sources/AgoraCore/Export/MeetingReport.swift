/// The meeting report as Markdown, in the spirit of the UCLG report that started Agora:
/// the meeting, its focus area, the Mini BarCamp method, the topics with their votes, the plan
/// and groups, the experiences shared, and each collaboration project identified.
public enum MeetingReport {
    /// One report for one session, or, for several, one section per session ordered by date
    /// then title under a common heading.
    public static func render(_ sessions: [NamedSession], in language: Language = .en) -> String {
        let ordered = NamedSession.ordered(sessions)
        if ordered.count == 1 { return section(ordered[0], level: 1, in: language) + "\n" }
        var out = ["# " + ReportText.text("report.many.title", in: language), "", lead(ordered, in: language)]
        for named in ordered { out += ["", section(named, level: 2, in: language)] }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report of one meeting, its title a heading at `level`: the framing's context and
    /// synthesis first, then the meeting's results, and the framing's contact line last.
    /// "3 meetings, from 2013-05-20 to 2014-03-12.", under the heading of several reports.
    static func lead(_ ordered: [NamedSession], in language: Language) -> String {
        guard let first = ordered.first, let last = ordered.last else { return ReportText.text("report.many.none", in: language) }
        return ReportText.text("report.many.lead", in: language, [
            "count": String(ordered.count), "first": ExportText.date(first.session.meeting.date, in: language),
            "last": ExportText.date(last.session.meeting.date, in: language)])
    }

    static func section(_ named: NamedSession, level: Int, in language: Language) -> String {
        let c = MeetingReportContent(named, in: language), m = c.meeting
        func heading(_ depth: Int, _ key: String) -> String {
            String(repeating: "#", count: level + depth) + " " + ReportText.text("report.section." + key, in: language)
        }
        var out = [String(repeating: "#", count: level) + " " + MarkdownText.escape(m.title), ""]
        out.append("**" + MarkdownText.escape(m.hostCity) + "** · " + c.place.map(MarkdownText.escape).joined(separator: " · "))

        // The secretariat's framing
        if !c.framing.context.isEmpty { out += ["", heading(1, "context"), "", MarkdownText.paragraphs(c.framing.context)] }
        if !c.framing.synthesis.isEmpty { out += ["", heading(1, "synthesis"), "", MarkdownText.paragraphs(c.framing.synthesis)] }

        // Meeting
        out += ["", heading(1, "meeting"), "", MarkdownText.escape(c.about)]
        if !c.organizations.isEmpty {
            out += ["", MarkdownText.boldLabel(ReportText.text("report.organizations", in: language), in: language)
                        + MarkdownText.escape(c.organizations.joined(separator: ", "))]
        }

        // Method
        out += ["", heading(1, "method"), "", MarkdownText.escape(c.method)]

        // Topics and votes
        out += ["", heading(1, "topics"), "", MarkdownText.escape(c.topicsSummary)]
        if !c.results.isEmpty {
            out += ["", MarkdownText.table(c.resultsHeader, c.results, rightAligned: MeetingReportContent.resultsNumeric)]
        }
        if let rule = c.tieBreakRule { out += ["", MarkdownText.escape(rule)] }
        if let note = c.wallNote { out += ["", MarkdownText.escape(note)] }
        if !c.goneTopics.isEmpty { out += [""] + c.goneTopics.map { "- " + MarkdownText.escape($0) } }

        // Plan and groups
        if !c.rounds.isEmpty {
            out += ["", heading(1, "plan")]
            for round in c.rounds {
                out += ["", String(repeating: "#", count: level + 2) + " " + round.heading, ""]
                out.append(MarkdownText.table(c.planHeader, round.rows, rightAligned: [2]))
                if !round.members.isEmpty {
                    out += [""] + round.members.map { "- " + MarkdownText.boldLabel(MarkdownText.escape($0.topic), in: language) + MarkdownText.escape($0.people) }
                }
            }
        }

        // Experiences
        out += ["", heading(1, "experiences"), "", MarkdownText.escape(c.experiencesSummary)]
        for entry in c.experiences {
            out += ["", ExperiencesMarkdown.entrySection(entry, level: level + 2, showMeeting: false, in: language)]
        }

        // Projects
        out += ["", heading(1, "projects"), "", c.projectsSummary]
        for (n, p) in c.projects.enumerated() {
            out += ["", ProjectsMarkdown.section(p, number: n + 1, level: level + 2, showMeeting: false, in: language)]
        }

        // Contact
        if !c.framing.contact.isEmpty { out += ["", heading(1, "contact"), "", MarkdownText.escape(c.framing.contact)] }
        return out.joined(separator: "\n")
    }

    /// The Mini BarCamp, as run: topics on the spot, the vote, small groups.
    static func method(_ s: Session, in language: Language) -> String {
        func say(_ key: String, _ values: [String: String] = [:]) -> String { ReportText.text(key, in: language, values) }
        let v = s.voting
        let vote: String
        switch v.method {
        case .dots:
            vote = v.capPerTopic.map { say("report.method.dotsCapped", ["count": String(v.dotsPerParticipant), "cap": String($0)]) }
                ?? say("report.method.dots", ["count": String(v.dotsPerParticipant)])
        case .approval: vote = say("report.method.approval")
        case .ranked: vote = say("report.method.ranked", ["count": String(v.dotsPerParticipant)])
        }
        let rooms = s.rooms.map { say("report.method.room", ["name": $0.name, "count": String($0.capacity)]) }.joined(separator: ExportText.semicolon(in: language))
        var place = ""
        if !s.rounds.isEmpty {
            place = " " + say("report.method.where", ["rounds": String(s.rounds.count), "rooms": String(s.rooms.count)])
                + (rooms.isEmpty ? "" : " (\(rooms))")
        }
        let text = say("report.method", ["vote": vote, "where": place])
        let g = s.groupRules
        var sizes = say("report.method.minSize", ["count": String(g.minSize)])
            + (g.maxSize.map { " " + say("report.method.maxSize", ["count": String($0)]) } ?? "")
        if let k = g.maxPerCity { sizes += ", " + say("report.method.perCity", ["count": String(k)]) }
        return text + " " + sizes + "."
    }
}
