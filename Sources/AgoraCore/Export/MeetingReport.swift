/// The meeting report as Markdown, in the spirit of the UCLG report that started Agora:
/// the meeting, its focus area, the Mini BarCamp method, the topics with their votes, the plan
/// and groups, the experiences shared, and each collaboration project identified.
public enum MeetingReport {
    /// One report for one session, or, for several, one section per session ordered by date
    /// then title under a common heading.
    public static func render(_ sessions: [NamedSession]) -> String {
        let ordered = NamedSession.ordered(sessions)
        if ordered.count == 1 { return section(ordered[0], level: 1) + "\n" }
        var out = ["# Meeting reports", ""]
        if let first = ordered.first, let last = ordered.last {
            out.append("\(CountedNoun.meeting(ordered.count)), from \(first.session.meeting.date) to \(last.session.meeting.date).")
        } else {
            out.append("No meetings.")
        }
        for named in ordered { out += ["", section(named, level: 2)] }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report of one meeting, its title a heading at `level`: the framing's context and
    /// synthesis first, then the meeting's results, and the framing's contact line last.
    static func section(_ named: NamedSession, level: Int) -> String {
        let c = MeetingReportContent(named), m = c.meeting
        func heading(_ depth: Int, _ text: String) -> String { String(repeating: "#", count: level + depth) + " " + text }
        var out = [heading(0, MarkdownText.escape(m.title)), ""]
        out.append("**" + MarkdownText.escape(m.hostCity) + "** · " + c.place.map(MarkdownText.escape).joined(separator: " · "))

        // The secretariat's framing
        if !c.framing.context.isEmpty { out += ["", heading(1, "Context"), "", MarkdownText.paragraphs(c.framing.context)] }
        if !c.framing.synthesis.isEmpty { out += ["", heading(1, "Synthesis"), "", MarkdownText.paragraphs(c.framing.synthesis)] }

        // Meeting
        out += ["", heading(1, "Meeting"), "", MarkdownText.escape(c.about)]
        if !c.organizations.isEmpty {
            out += ["", "**Organizations:** " + MarkdownText.escape(c.organizations.joined(separator: ", "))]
        }

        // Method
        out += ["", heading(1, "Method"), "", MarkdownText.escape(c.method)]

        // Topics and votes
        out += ["", heading(1, "Topics and votes"), "", MarkdownText.escape(c.topicsSummary)]
        if !c.results.isEmpty {
            out += ["", MarkdownText.table(c.resultsHeader, c.results, rightAligned: MeetingReportContent.resultsNumeric)]
        }
        if let rule = c.tieBreakRule { out += ["", MarkdownText.escape(rule)] }
        if let note = c.wallNote { out += ["", MarkdownText.escape(note)] }
        if !c.goneTopics.isEmpty { out += [""] + c.goneTopics.map { "- " + MarkdownText.escape($0) } }

        // Plan and groups
        if !c.rounds.isEmpty {
            out += ["", heading(1, "Plan and groups")]
            for round in c.rounds {
                out += ["", heading(2, round.heading), ""]
                out.append(MarkdownText.table(["Room", "Topic", "People", "Cities"], round.rows, rightAligned: [2]))
                if !round.members.isEmpty {
                    out += [""] + round.members.map { "- **\(MarkdownText.escape($0.topic)):** " + MarkdownText.escape($0.people) }
                }
            }
        }

        // Experiences
        out += ["", heading(1, "Experiences shared"), "", MarkdownText.escape(c.experiencesSummary)]
        for entry in c.experiences {
            out += ["", ExperiencesMarkdown.entrySection(entry, level: level + 2, showMeeting: false)]
        }

        // Projects
        out += ["", heading(1, "Collaboration projects"), "", c.projectsSummary]
        for (n, p) in c.projects.enumerated() {
            out += ["", ProjectsMarkdown.section(p, number: n + 1, level: level + 2, showMeeting: false)]
        }

        // Contact
        if !c.framing.contact.isEmpty { out += ["", heading(1, "Contact"), "", MarkdownText.escape(c.framing.contact)] }
        return out.joined(separator: "\n")
    }

    /// The Mini BarCamp, as run: topics on the spot, the vote, small groups.
    static func method(_ s: Session) -> String {
        let v = s.voting
        let vote: String
        switch v.method {
        case .dots:
            vote = "a dot vote (\(CountedNoun.dot(v.dotsPerParticipant)) each" + (v.capPerTopic.map { ", at most \($0) on one topic" } ?? "") + ")"
        case .approval:
            vote = "an approval vote (each person marked any number of topics once)"
        case .ranked:
            vote = "a ranked vote (each person ranked up to \(CountedNoun.topic(v.dotsPerParticipant)); Borda count)"
        }
        let rooms = s.rooms.map { "\($0.name), \($0.capacity) seats" }.joined(separator: "; ")
        var text = "The meeting was run as a Mini BarCamp: participants proposed the topics of discussion on the spot, chose among them with \(vote), and worked in small groups"
        if !s.rounds.isEmpty {
            text += " in \(CountedNoun.round(s.rounds.count)) across \(CountedNoun.room(s.rooms.count))" + (rooms.isEmpty ? "" : " (\(rooms))")
        }
        text += " to share experiences and projects and to identify possible collaboration projects."
        let g = s.groupRules
        var sizes = "Groups had at least \(CountedNoun.person(g.minSize))" + (g.maxSize.map { " and at most \($0)" } ?? "")
        if let k = g.maxPerCity { sizes += ", with at most \(k) from one city" }
        return text + " " + sizes + "."
    }
}
