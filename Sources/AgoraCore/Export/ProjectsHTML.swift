/// Projects as one self-contained, printable HTML page: an overview table and a card per project.
public enum ProjectsHTML {
    public static func render(_ projects: [ProjectRecord], in language: Language = .en) -> String {
        let title = ExportText.text("export.projects.title", in: language)
        var body = [HTMLPage.element("h1", title), HTMLPage.element("p", lead(projects, in: language), class: "lead")]
        if !projects.isEmpty {
            body.append(HTMLPage.table(overviewHeader(in: language), overviewRows(projects, in: language), numeric: [0]))
        }
        for (n, p) in projects.enumerated() { body.append(card(p, number: n + 1, in: language)) }
        body.append("<footer>\(HTMLText.escape(ExportText.text("export.footer", in: language)))</footer>")
        return HTMLPage.document(title: title, body: body.joined(separator: "\n"), language: language)
    }

    /// "2 collaboration projects identified in 1 meeting."
    static func lead(_ projects: [ProjectRecord], in language: Language) -> String {
        ExportText.text("export.projects.lead", in: language, [
            "count": String(projects.count), "meetings": String(Set(projects.map(\.meeting.session)).count)])
    }

    /// The overview table's columns (Markdown and HTML).
    static func overviewHeader(in language: Language) -> [String] {
        ["number", "project", "leadCity", "partnerCities", "status", "meeting", "nextActivity"]
            .map { ExportText.text("export.projects." + $0, in: language) }
    }

    /// A row per project: number, title, cities, status, meeting, next activity.
    static func overviewRows(_ projects: [ProjectRecord], in language: Language) -> [[String]] {
        projects.enumerated().map { n, p in
            [String(n + 1), p.title, p.leadCity, p.partnerCities.joined(separator: ", "), ExportText.status(p.status, in: language),
             "\(p.meeting.hostCity), \(ExportText.date(p.meeting.date, in: language))", ProjectRecord.next(p, in: language)]
        }
    }

    /// "Title, Bordeaux, 2013-05-20 (Smart Economy)": the meeting a project came from.
    static func meeting(_ p: ProjectRecord, in language: Language) -> String {
        "\(ExportText.meeting(p.meeting, in: language)) (\(p.meeting.area.title))"
    }

    /// One project's card, its title a heading at `level`; the meeting it came from left
    /// out when `showMeeting` is false (in that meeting's own report).
    static func card(_ p: ProjectRecord, number: Int, level: Int = 2, showMeeting: Bool = true, in language: Language) -> String {
        func say(_ key: String) -> String { ExportText.text("export.projects." + key, in: language) }
        let heading = ExportText.text("export.projects.heading", in: language, ["number": String(number)])
        var out = ["<section class=\"card\">", HTMLPage.element("h\(level)", Typography.labelled(heading, p.title, in: language))]
        if !p.question.isEmpty { out.append(HTMLPage.element("p", p.question, class: "question")) }
        out.append(HTMLPage.facts([
            (say("leadCity"), p.leadCity),
            (say("partnerCities"), p.partnerCities.joined(separator: ", ")),
            (say("interestedCities"), p.interestedCities.joined(separator: ", ")),
            (say("status"), ExportText.status(p.status, in: language)),
            (say("themes"), p.themes.joined(separator: ", ")),
            (say("meeting"), showMeeting ? meeting(p, in: language) : ""),
        ]))
        if !p.description.isEmpty { out.append(HTMLPage.element("p", p.description, class: "text")) }
        if !p.activities.isEmpty {
            out += [HTMLPage.element("h\(level + 1)", say("methodology")), HTMLPage.list(p.activities.map { ProjectRecord.line($0, in: language) })]
        }
        if !p.nextSteps.isEmpty {
            out += [HTMLPage.element("h\(level + 1)", say("nextSteps")), HTMLPage.list(p.nextSteps, ordered: true)]
        }
        let origins = p.origins(in: language)
        if !origins.isEmpty { out.append(HTMLPage.element("p", Typography.labelled(say("cameFrom"), origins, in: language), class: "lead")) }
        out.append("</section>")
        return out.joined(separator: "\n")
    }
}
