/// Projects as Markdown: an overview table, then one section per project in the words of
/// the seed report (guiding question, cities, methodology, next steps, status).
public enum ProjectsMarkdown {
    public static func render(_ projects: [ProjectRecord], in language: Language = .en) -> String {
        var out = ["# " + ExportText.text("export.projects.title", in: language), "", ProjectsHTML.lead(projects, in: language)]
        if !projects.isEmpty {
            out += ["", MarkdownText.table(ProjectsHTML.overviewHeader(in: language),
                                           ProjectsHTML.overviewRows(projects, in: language), rightAligned: [0])]
        }
        for (n, p) in projects.enumerated() {
            out += ["", section(p, number: n + 1, level: 2, showMeeting: true, in: language)]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One project: a heading "Project N: title" at `level`, the guiding question, the cities,
    /// what it is, its methodology (activities with cadence and dates), next steps, origins.
    static func section(_ p: ProjectRecord, number: Int, level: Int, showMeeting: Bool, in language: Language) -> String {
        func say(_ key: String) -> String { ExportText.text("export.projects." + key, in: language) }
        let hashes = String(repeating: "#", count: level)
        let heading = ExportText.text("export.projects.heading", in: language, ["number": String(number)])
        var out = [hashes + " " + Typography.labelled(heading, MarkdownText.escape(p.title), in: language), ""]
        if !p.question.isEmpty { out += ["> \(MarkdownText.escape(p.question))", ""] }
        var facts: [(String, String)] = [(say("leadCity"), p.leadCity)]
        if !p.partnerCities.isEmpty { facts.append((say("partnerCities"), p.partnerCities.joined(separator: ", "))) }
        if !p.interestedCities.isEmpty { facts.append((say("interestedCities"), p.interestedCities.joined(separator: ", "))) }
        facts.append((say("status"), ExportText.status(p.status, in: language)))
        if !p.themes.isEmpty { facts.append((say("themes"), p.themes.joined(separator: ", "))) }
        if showMeeting { facts.append((say("fromMeeting"), ProjectsHTML.meeting(p, in: language))) }
        out += facts.map { MarkdownText.fact($0.0, $0.1, in: language) }
        if !p.description.isEmpty { out += ["", MarkdownText.paragraphs(p.description)] }
        if !p.activities.isEmpty {
            out += ["", "**\(say("methodology"))**", ""]
            out += p.activities.map { "- " + MarkdownText.escape(ProjectRecord.line($0, in: language)) }
        }
        if !p.nextSteps.isEmpty {
            out += ["", "**\(say("nextSteps"))**", ""]
            out += p.nextSteps.enumerated().map { "\($0 + 1). " + MarkdownText.escape($1) }
        }
        let origins = p.origins(in: language)
        if !origins.isEmpty {
            out += ["", "*" + Typography.labelled(say("cameFrom"), "", in: language).dropLast() + "* " + MarkdownText.escape(origins)]
        }
        return out.joined(separator: "\n")
    }
}
