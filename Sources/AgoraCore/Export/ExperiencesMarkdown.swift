/// The compendium of good practices as Markdown: by area, then city; each experience with
/// its challenge, what was done, the result, tags and the meeting it was shared at.
public enum ExperiencesMarkdown {
    public static func render(_ compendium: ExperienceCompendium) -> String {
        var out = ["# Compendium of good practices", ""]
        out.append("\(CountedNoun.experience(compendium.count)) shared by cities, by area and city.")
        if !compendium.tags.isEmpty {
            out += ["", "**Tags:** " + compendium.tags.map { MarkdownText.escape($0.tag) + " (\($0.count))" }.joined(separator: ", ")]
        }
        for area in compendium.areas {
            out += ["", "## \(area.area.title)"]
            for city in area.cities {
                out += ["", "### \(MarkdownText.escape(city.city))"]
                for entry in city.entries { out += ["", entrySection(entry, level: 4, showMeeting: true)] }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One experience: a heading with its title, then its fields as a list.
    static func entrySection(_ entry: ExperienceCompendium.Entry, level: Int, showMeeting: Bool) -> String {
        let e = entry.experience
        var out = [String(repeating: "#", count: level) + " " + MarkdownText.escape(e.title), ""]
        var facts: [(String, String)] = []
        if let by = entry.sharedBy { facts.append(("Shared by", by)) }
        facts += [("Challenge", e.challenge), ("What was done", e.action), ("Result", e.result),
                  ("Tags", e.tags.joined(separator: ", "))]
        if let topic = entry.topic { facts.append(("Topic", topic)) }
        if showMeeting {
            facts.append(("Meeting", "\(entry.meeting.title), \(entry.meeting.hostCity), \(entry.meeting.date)"))
        }
        out += facts.filter { !$0.1.isEmpty }.map { "- **\($0.0):** \(MarkdownText.escape($0.1))" }
        return out.joined(separator: "\n")
    }
}
