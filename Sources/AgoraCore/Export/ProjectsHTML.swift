/// Projects as one self-contained, printable HTML page: an overview table and a card per project.
public enum ProjectsHTML {
    public static func render(_ projects: [ProjectRecord]) -> String {
        let meetings = Set(projects.map(\.meeting.session)).count
        var body = [HTMLPage.element("h1", "Collaboration projects"),
                    HTMLPage.element("p", "\(CountedNoun.collaborationProject(projects.count)) identified in \(CountedNoun.meeting(meetings)).", class: "lead")]
        if !projects.isEmpty {
            body.append(HTMLPage.table(
                ["No.", "Project", "Lead city", "Partner cities", "Status", "Meeting", "Next activity"],
                projects.enumerated().map { n, p in
                    [String(n + 1), p.title, p.leadCity, p.partnerCities.joined(separator: ", "), p.status.phrase,
                     "\(p.meeting.hostCity), \(p.meeting.date)",
                     p.nextActivity.map { "\(ProjectRecord.day($0)): \($0.text)" } ?? ""]
                }, numeric: [0]))
        }
        for (n, p) in projects.enumerated() { body.append(card(p, number: n + 1)) }
        body.append("<footer>Exported by Agora.</footer>")
        return HTMLPage.document(title: "Collaboration projects", body: body.joined(separator: "\n"))
    }

    static func card(_ p: ProjectRecord, number: Int) -> String {
        var out = ["<section class=\"card\">",
                   HTMLPage.element("h2", "Project \(number): \(p.title)")]
        if !p.question.isEmpty { out.append(HTMLPage.element("p", p.question, class: "question")) }
        out.append(HTMLPage.facts([
            ("Lead city", p.leadCity),
            ("Partner cities", p.partnerCities.joined(separator: ", ")),
            ("Interested cities", p.interestedCities.joined(separator: ", ")),
            ("Status", p.status.phrase),
            ("Themes", p.themes.joined(separator: ", ")),
            ("Meeting", "\(p.meeting.title), \(p.meeting.hostCity), \(p.meeting.date) (\(p.meeting.area.title))"),
        ]))
        if !p.description.isEmpty { out.append(HTMLPage.element("p", p.description, class: "text")) }
        if !p.activities.isEmpty {
            out += [HTMLPage.element("h3", "Methodology"), HTMLPage.list(p.activities.map(ProjectRecord.line))]
        }
        if !p.nextSteps.isEmpty {
            out += [HTMLPage.element("h3", "Next steps"), HTMLPage.list(p.nextSteps, ordered: true)]
        }
        let origins = p.originTopics.map { "topic “\($0)”" } + p.originExperiences.map { "experience “\($0)”" }
        if !origins.isEmpty { out.append(HTMLPage.element("p", "Came from: " + origins.joined(separator: "; "), class: "lead")) }
        out.append("</section>")
        return out.joined(separator: "\n")
    }
}
