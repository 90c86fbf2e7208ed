/// Projects as Markdown: an overview table, then one section per project in the words of
/// the seed report (guiding question, cities, methodology, next steps, status).
public enum ProjectsMarkdown {
    public static func render(_ projects: [ProjectRecord]) -> String {
        let meetings = Set(projects.map(\.meeting.session)).count
        var out = ["# Collaboration projects", ""]
        out.append("\(CountedNoun.collaborationProject(projects.count)) identified in \(CountedNoun.meeting(meetings)).")
        if !projects.isEmpty {
            out += ["", MarkdownText.table(
                ["No.", "Project", "Lead city", "Partner cities", "Status", "Meeting", "Next activity"],
                projects.enumerated().map { n, p in
                    [String(n + 1), p.title, p.leadCity, p.partnerCities.joined(separator: ", "), p.status.phrase,
                     "\(p.meeting.hostCity), \(p.meeting.date)",
                     p.nextActivity.map { "\(ProjectRecord.day($0)): \($0.text)" } ?? ""]
                }, rightAligned: [0])]
        }
        for (n, p) in projects.enumerated() {
            out += ["", section(p, number: n + 1, level: 2, showMeeting: true)]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One project: a heading "Project N: title" at `level`, the guiding question, the cities,
    /// what it is, its methodology (activities with cadence and dates), next steps, origins.
    static func section(_ p: ProjectRecord, number: Int, level: Int, showMeeting: Bool) -> String {
        let hashes = String(repeating: "#", count: level)
        var out = ["\(hashes) Project \(number): \(MarkdownText.escape(p.title))", ""]
        if !p.question.isEmpty { out += ["> \(MarkdownText.escape(p.question))", ""] }
        var facts: [(String, String)] = [("Lead city", p.leadCity)]
        if !p.partnerCities.isEmpty { facts.append(("Partner cities", p.partnerCities.joined(separator: ", "))) }
        if !p.interestedCities.isEmpty { facts.append(("Interested cities", p.interestedCities.joined(separator: ", "))) }
        facts.append(("Status", p.status.phrase))
        if !p.themes.isEmpty { facts.append(("Themes", p.themes.joined(separator: ", "))) }
        if showMeeting {
            facts.append(("From the meeting", "\(p.meeting.title), \(p.meeting.hostCity), \(p.meeting.date) (\(p.meeting.area.title))"))
        }
        out += facts.map { "- **\($0.0):** \(MarkdownText.escape($0.1))" }
        if !p.description.isEmpty { out += ["", MarkdownText.paragraphs(p.description)] }
        if !p.activities.isEmpty {
            out += ["", "**Methodology**", ""]
            out += p.activities.map { "- " + MarkdownText.escape(ProjectRecord.line($0)) }
        }
        if !p.nextSteps.isEmpty {
            out += ["", "**Next steps**", ""]
            out += p.nextSteps.enumerated().map { "\($0 + 1). " + MarkdownText.escape($1) }
        }
        let origins = p.originTopics.map { "topic “\($0)”" } + p.originExperiences.map { "experience “\($0)”" }
        if !origins.isEmpty { out += ["", "*Came from:* " + MarkdownText.escape(origins.joined(separator: "; "))] }
        return out.joined(separator: "\n")
    }
}
