/// The compendium of good practices as Markdown: by area, then city; each experience with
/// its challenge, what was done, the result, tags and the meeting it was shared at.
public enum ExperiencesMarkdown {
    public static func render(_ compendium: ExperienceCompendium, in language: Language = .en) -> String {
        var out = ["# " + ExportText.text("export.experiences.title", in: language), ""]
        out.append(ExportText.text("export.experiences.lead", in: language, ["count": String(compendium.count)]))
        if !compendium.tags.isEmpty {
            out += ["", MarkdownText.boldLabel(ExportText.text("export.experiences.tags", in: language), in: language)
                        + compendium.tags.map { MarkdownText.escape($0.tag) + " (\($0.count))" }.joined(separator: ", ")]
        }
        for area in compendium.areas {
            out += ["", "## \(area.area.title)"]
            for city in area.cities {
                out += ["", "### \(MarkdownText.escape(city.city))"]
                for entry in city.entries { out += ["", entrySection(entry, level: 4, showMeeting: true, in: language)] }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One experience: a heading with its title, then its fields as a list.
    static func entrySection(_ entry: ExperienceCompendium.Entry, level: Int, showMeeting: Bool, in language: Language) -> String {
        var out = [String(repeating: "#", count: level) + " " + MarkdownText.escape(entry.experience.title), ""]
        out += ExperiencesHTML.facts(entry, showMeeting: showMeeting, tags: true, in: language)
            .map { MarkdownText.fact($0.0, $0.1, in: language) }
        return out.joined(separator: "\n")
    }
}
