/// The compendium of good practices as one self-contained, printable HTML page.
public enum ExperiencesHTML {
    public static func render(_ compendium: ExperienceCompendium, in language: Language = .en) -> String {
        let title = ExportText.text("export.experiences.title", in: language)
        var body = [HTMLPage.element("h1", title),
                    HTMLPage.element("p", ExportText.text("export.experiences.lead", in: language, ["count": String(compendium.count)]),
                                     class: "lead")]
        if !compendium.tags.isEmpty {
            body.append("<p class=\"tags\">" + compendium.tags.map { "<span>\(HTMLText.escape($0.tag)) (\($0.count))</span>" }.joined(separator: " ") + "</p>")
        }
        for area in compendium.areas {
            body.append(HTMLPage.element("h2", area.area.title))
            for city in area.cities {
                body.append(HTMLPage.element("h3", city.city))
                for entry in city.entries { body.append(card(entry, in: language)) }
            }
        }
        body.append("<footer>\(HTMLText.escape(ExportText.text("export.footer", in: language)))</footer>")
        return HTMLPage.document(title: title, body: body.joined(separator: "\n"), language: language)
    }

    /// One experience's card, its title a heading at `level`; the meeting left out when
    /// `showMeeting` is false (in that meeting's own report).
    static func card(_ entry: ExperienceCompendium.Entry, level: Int = 4, showMeeting: Bool = true, in language: Language) -> String {
        let e = entry.experience
        var out = ["<section class=\"card\">", HTMLPage.element("h\(level)", e.title)]
        out.append(HTMLPage.facts(facts(entry, showMeeting: showMeeting, tags: false, in: language)))
        if !e.tags.isEmpty {
            out.append("<p class=\"tags\">" + e.tags.map { "<span>\(HTMLText.escape($0))</span>" }.joined(separator: " ") + "</p>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    /// An experience's labelled facts in the order both formats show them, empty ones left
    /// out: who shared it, the challenge, what was done, the result, (the tags, where they
    /// are not shown apart), the topic, the meeting.
    static func facts(_ entry: ExperienceCompendium.Entry, showMeeting: Bool, tags: Bool, in language: Language) -> [(String, String)] {
        let e = entry.experience
        func label(_ key: String) -> String { ExportText.text("export.experiences." + key, in: language) }
        var facts: [(String, String)] = [
            (label("sharedBy"), entry.sharedBy ?? ""), (label("challenge"), e.challenge), (label("action"), e.action),
            (label("result"), e.result),
        ]
        if tags { facts.append((label("tags"), e.tags.joined(separator: ", "))) }
        facts.append((label("topic"), entry.topic ?? ""))
        if showMeeting { facts.append((label("meeting"), ExportText.meeting(entry.meeting, in: language))) }
        return facts.filter { !$0.1.isEmpty }
    }
}
