/// The meeting report as one self-contained page to publish and print: the same content as
/// the Markdown report (``MeetingReportContent``), the secretariat's context and synthesis
/// first and its contact line last. In print, each big section starts on a new page and
/// nothing but the report is on the paper. Every text goes through ``HTMLText/escape(_:)``.
public enum MeetingReportHTML {
    /// One report for one session, or, for several, one part per session ordered by date then
    /// title under a common heading, each starting on a new page in print.
    public static func render(_ sessions: [NamedSession]) -> String {
        let ordered = NamedSession.ordered(sessions)
        if ordered.count == 1 {
            return HTMLPage.document(title: ordered[0].session.meeting.title, body: section(ordered[0], level: 1), moreCSS: css)
        }
        var body = [HTMLPage.element("h1", "Meeting reports")]
        if let first = ordered.first, let last = ordered.last {
            body.append(HTMLPage.element("p", "\(CountedNoun.meeting(ordered.count)), from \(first.session.meeting.date) to \(last.session.meeting.date).", class: "lead"))
        } else {
            body.append(HTMLPage.element("p", "No meetings.", class: "lead"))
        }
        for named in ordered { body += ["<article class=\"meeting\">", section(named, level: 2), "</article>"] }
        return HTMLPage.document(title: "Meeting reports", body: body.joined(separator: "\n"), moreCSS: css)
    }

    /// The report's own print rules: big sections (and each meeting of several) begin a page;
    /// framing text reads as prose.
    static let css = """
    .place { color: var(--muted); margin-top: 0; font-size: 1.05rem; }
    .framing p, .contact p { max-width: 42rem; }
    .contact { margin-top: 2.5rem; border-top: 2px solid var(--rule); padding-top: .5rem; }
    @media print {
      .major, article.meeting + article.meeting { break-before: page; page-break-before: always; }
      .contact { break-inside: avoid; page-break-inside: avoid; }
    }
    """

    /// One meeting's report, its title a heading at `level` and its sections one below.
    static func section(_ named: NamedSession, level: Int) -> String {
        let c = MeetingReportContent(named), m = c.meeting
        func h(_ depth: Int, _ text: String) -> String { HTMLPage.element("h\(level + depth)", text) }
        var out = ["<header>", h(0, m.title), HTMLPage.element("p", ([m.hostCity] + c.place).joined(separator: " · "), class: "place"), "</header>"]

        if !c.framing.context.isEmpty {
            out += ["<section class=\"framing\">", h(1, "Context"), paragraphs(c.framing.context), "</section>"]
        }
        if !c.framing.synthesis.isEmpty {
            out += ["<section class=\"framing\">", h(1, "Synthesis"), paragraphs(c.framing.synthesis), "</section>"]
        }

        out += ["<section>", h(1, "Meeting"), HTMLPage.element("p", c.about)]
        if !c.organizations.isEmpty {
            out.append("<p><strong>Organizations:</strong> \(HTMLText.escape(c.organizations.joined(separator: ", ")))</p>")
        }
        out += [h(1, "Method"), HTMLPage.element("p", c.method), "</section>"]

        out += ["<section class=\"major\">", h(1, "Topics and votes"), HTMLPage.element("p", c.topicsSummary)]
        if !c.results.isEmpty { out.append(HTMLPage.table(c.resultsHeader, c.results, numeric: MeetingReportContent.resultsNumeric)) }
        if let rule = c.tieBreakRule { out.append(HTMLPage.element("p", rule, class: "lead")) }
        if let note = c.wallNote { out.append(HTMLPage.element("p", note, class: "lead")) }
        out += [HTMLPage.list(c.goneTopics), "</section>"].filter { !$0.isEmpty }

        if !c.rounds.isEmpty {
            out += ["<section class=\"major\">", h(1, "Plan and groups")]
            for round in c.rounds {
                out += [h(2, round.heading), HTMLPage.table(["Room", "Topic", "People", "Cities"], round.rows, numeric: [2])]
                if !round.members.isEmpty {
                    out += ["<ul>"] + round.members.map { "<li><strong>\(HTMLText.escape($0.topic)):</strong> \(HTMLText.escape($0.people))</li>" } + ["</ul>"]
                }
            }
            out.append("</section>")
        }

        out += ["<section class=\"major\">", h(1, "Experiences shared"), HTMLPage.element("p", c.experiencesSummary)]
        out += c.experiences.map { ExperiencesHTML.card($0, level: level + 2, showMeeting: false) }
        out.append("</section>")

        out += ["<section class=\"major\">", h(1, "Collaboration projects"), HTMLPage.element("p", c.projectsSummary)]
        out += c.projects.enumerated().map { ProjectsHTML.card($1, number: $0 + 1, level: level + 2, showMeeting: false) }
        out.append("</section>")

        if !c.framing.contact.isEmpty {
            out += ["<footer class=\"contact\">", h(1, "Contact"), HTMLPage.element("p", c.framing.contact), "</footer>"]
        }
        return out.joined(separator: "\n")
    }

    /// Multi-line text as paragraphs: a blank line starts a new one; a single line break stays
    /// one (`.text` keeps it).
    static func paragraphs(_ text: String) -> String {
        var paragraphs: [[Substring]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) { if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) } }
            else { paragraphs[paragraphs.count - 1].append(line) }
        }
        return paragraphs.filter { !$0.isEmpty }.map { HTMLPage.element("p", $0.joined(separator: "\n"), class: "text") }
            .joined(separator: "\n")
    }
}
