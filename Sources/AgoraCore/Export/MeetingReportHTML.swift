/// The meeting report as one self-contained page to publish and print: the same content as
/// the Markdown report (``MeetingReportContent``), the secretariat's context and synthesis
/// first and its contact line last. In print, each big section starts on a new page and
/// nothing but the report is on the paper. Every text goes through ``HTMLText/escape(_:)``.
public enum MeetingReportHTML {
    /// One report for one session, or, for several, one part per session ordered by date then
    /// title under a common heading, each starting on a new page in print.
    public static func render(_ sessions: [NamedSession], in language: Language = .en) -> String {
        let ordered = NamedSession.ordered(sessions)
        if ordered.count == 1 {
            return HTMLPage.document(title: ordered[0].session.meeting.title, body: section(ordered[0], level: 1, in: language),
                                     moreCSS: css, language: language)
        }
        let title = ReportText.text("report.many.title", in: language)
        var body = [HTMLPage.element("h1", title), HTMLPage.element("p", MeetingReport.lead(ordered, in: language), class: "lead")]
        for named in ordered { body += ["<article class=\"meeting\">", section(named, level: 2, in: language), "</article>"] }
        return HTMLPage.document(title: title, body: body.joined(separator: "\n"), moreCSS: css, language: language)
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
    static func section(_ named: NamedSession, level: Int, in language: Language) -> String {
        let c = MeetingReportContent(named, in: language), m = c.meeting
        func h(_ depth: Int, _ key: String) -> String {
            HTMLPage.element("h\(level + depth)", ReportText.text("report.section." + key, in: language))
        }
        var out = ["<header>", HTMLPage.element("h\(level)", m.title), HTMLPage.element("p", ([m.hostCity] + c.place).joined(separator: " · "), class: "place"), "</header>"]

        if !c.framing.context.isEmpty {
            out += ["<section class=\"framing\">", h(1, "context"), paragraphs(c.framing.context), "</section>"]
        }
        if !c.framing.synthesis.isEmpty {
            out += ["<section class=\"framing\">", h(1, "synthesis"), paragraphs(c.framing.synthesis), "</section>"]
        }

        out += ["<section>", h(1, "meeting"), HTMLPage.element("p", c.about)]
        if !c.organizations.isEmpty {
            out.append("<p>" + HTMLPage.strongLabel(ReportText.text("report.organizations", in: language), in: language)
                       + HTMLText.escape(c.organizations.joined(separator: ", ")) + "</p>")
        }
        out += [h(1, "method"), HTMLPage.element("p", c.method), "</section>"]

        out += ["<section class=\"major\">", h(1, "topics"), HTMLPage.element("p", c.topicsSummary)]
        if !c.results.isEmpty { out.append(HTMLPage.table(c.resultsHeader, c.results, numeric: MeetingReportContent.resultsNumeric)) }
        if let rule = c.tieBreakRule { out.append(HTMLPage.element("p", rule, class: "lead")) }
        if let note = c.wallNote { out.append(HTMLPage.element("p", note, class: "lead")) }
        out += [HTMLPage.list(c.goneTopics), "</section>"].filter { !$0.isEmpty }

        if !c.rounds.isEmpty {
            out += ["<section class=\"major\">", h(1, "plan")]
            for round in c.rounds {
                out += [HTMLPage.element("h\(level + 2)", round.heading), HTMLPage.table(c.planHeader, round.rows, numeric: [2])]
                if !round.members.isEmpty {
                    out += ["<ul>"] + round.members.map { "<li>" + HTMLPage.strongLabel($0.topic, in: language) + HTMLText.escape($0.people) + "</li>" } + ["</ul>"]
                }
            }
            out.append("</section>")
        }

        out += ["<section class=\"major\">", h(1, "experiences"), HTMLPage.element("p", c.experiencesSummary)]
        out += c.experiences.map { ExperiencesHTML.card($0, level: level + 2, showMeeting: false, in: language) }
        out.append("</section>")

        out += ["<section class=\"major\">", h(1, "projects"), HTMLPage.element("p", c.projectsSummary)]
        out += c.projects.enumerated().map { ProjectsHTML.card($1, number: $0 + 1, level: level + 2, showMeeting: false, in: language) }
        out.append("</section>")

        if !c.framing.contact.isEmpty {
            out += ["<footer class=\"contact\">", h(1, "contact"), HTMLPage.element("p", c.framing.contact), "</footer>"]
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
