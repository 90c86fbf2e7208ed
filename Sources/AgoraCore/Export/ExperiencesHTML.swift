/// The compendium of good practices as one self-contained, printable HTML page.
public enum ExperiencesHTML {
    public static func render(_ compendium: ExperienceCompendium) -> String {
        var body = [HTMLPage.element("h1", "Compendium of good practices"),
                    HTMLPage.element("p", "\(CountedNoun.experience(compendium.count)) shared by cities, by area and city.", class: "lead")]
        if !compendium.tags.isEmpty {
            body.append("<p class=\"tags\">" + compendium.tags.map { "<span>\(HTMLText.escape($0.tag)) (\($0.count))</span>" }.joined(separator: " ") + "</p>")
        }
        for area in compendium.areas {
            body.append(HTMLPage.element("h2", area.area.title))
            for city in area.cities {
                body.append(HTMLPage.element("h3", city.city))
                for entry in city.entries { body.append(card(entry)) }
            }
        }
        body.append("<footer>Exported by Agora.</footer>")
        return HTMLPage.document(title: "Compendium of good practices", body: body.joined(separator: "\n"))
    }

    /// One experience's card, its title a heading at `level`; the meeting left out when
    /// `showMeeting` is false (in that meeting's own report).
    static func card(_ entry: ExperienceCompendium.Entry, level: Int = 4, showMeeting: Bool = true) -> String {
        let e = entry.experience
        var out = ["<section class=\"card\">", HTMLPage.element("h\(level)", e.title)]
        out.append(HTMLPage.facts([
            ("Shared by", entry.sharedBy ?? ""), ("Challenge", e.challenge), ("What was done", e.action),
            ("Result", e.result), ("Topic", entry.topic ?? ""),
            ("Meeting", showMeeting ? "\(entry.meeting.title), \(entry.meeting.hostCity), \(entry.meeting.date)" : ""),
        ]))
        if !e.tags.isEmpty {
            out.append("<p class=\"tags\">" + e.tags.map { "<span>\(HTMLText.escape($0))</span>" }.joined(separator: " ") + "</p>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }
}
