import AgoraCore

/// The compendium of good practices across meetings: every experience by focus area and
/// city, filtered by area (`a`), city (`c`) and tag (`t`, most used first), searched with
/// `/`; Enter shows the challenge, what was done and the result, `o` opens the meeting.
typealias ExperiencesView = RecordListView<ExperienceList>

/// The experiences of the library as a ``RecordListView`` shows them.
struct ExperienceList: RecordList {
    static let noun = CountedNoun.experience
    static let emptyText = (none: "No experiences shared in these sessions yet.", noMatch: "No experience matches the search and filters.")
    static var meetingPhase: String { SessionViewer.experiencesPhase }
    static let filterKeys = [
        RecordFilterKey(key: "a", description: "focus area filter (A back)", backDescription: "previous focus area"),
        RecordFilterKey(key: "c", description: "city filter (C back)", backDescription: "previous city"),
        RecordFilterKey(key: "t", description: "tag filter", backDescription: "previous tag", showsInHints: true),
    ]

    /// How many experiences carry each tag, by its search key.
    let tagCounts: [String: Int]

    init(library: ReviewLibrary) {
        tagCounts = Dictionary(library.compendium.tags.map { (TextRules.searchKey($0.tag), $0.count) }, uniquingKeysWith: +)
    }

    func records(_ library: ReviewLibrary) -> [ReviewExperience] { library.experiences }

    func filters(_ library: ReviewLibrary) -> [ChoiceFilter] {
        [ChoiceFilter("area", values: library.compendium.areas.map(\.area.shortTitle)),
         ChoiceFilter("city", values: ChoiceFilter.distinct(library.experiences.map(\.entry.experience.city))),
         ChoiceFilter("tag", values: library.compendium.tags.map(\.tag))]
    }

    func admits(_ r: ReviewExperience, filters f: [ChoiceFilter]) -> Bool {
        f[0].admits(r.area.shortTitle) && f[1].admits(r.entry.experience.city) && f[2].admits(r.entry.experience.tags)
    }

    func searchTexts(_ r: ReviewExperience) -> [String] {
        let e = r.entry.experience
        return [e.title, e.city, e.challenge, e.action, e.result, r.entry.topic ?? "", r.entry.meeting.title, r.entry.sharedBy ?? ""] + e.tags
    }

    /// The tag's label counts its experiences: "tag: mobility ×3".
    func labels(_ f: [ChoiceFilter]) -> [String] {
        var tag = f[2].label
        if let t = f[2].value, let n = tagCounts[TextRules.searchKey(t)] { tag += " ×\(n)" }
        return [f[0].label, f[1].label, tag]
    }

    func columns(width: Int) -> [TableColumn] {
        [TableColumn("Area", width: .fixed(11)), TableColumn("City", width: .flex(2)), TableColumn("Experience", width: .flex(4)),
         TableColumn("Tags", width: .flex(2)), TableColumn("Meeting", width: .flex(2))]
    }

    func cells(_ r: ReviewExperience, width: Int) -> [String] {
        let e = r.entry.experience
        return [r.area.shortTitle, e.city, e.title, e.tags.joined(separator: ", "), "\(r.entry.meeting.date) \(r.entry.meeting.hostCity)"]
    }

    /// "challenge → result", else where it was shared.
    func footer(_ r: ReviewExperience, width: Int) -> String {
        let e = r.entry.experience
        let line = [e.challenge, e.result].filter { !$0.isEmpty }.joined(separator: " → ")
        return line.isEmpty ? "Shared at \(r.entry.meeting.title)" : line
    }

    /// The experience in full, for the details box.
    func details(_ r: ReviewExperience) -> (title: String, lines: [String]) {
        let e = r.entry.experience, m = r.entry.meeting
        var out = ["Area: \(r.area.title) · city: \(e.city)"]
        if let by = r.entry.sharedBy { out.append("Shared by: \(by)") }
        out.append("Meeting: \(m.title) — \(m.hostCity), \(m.date) (\(m.session).json)")
        if let topic = r.entry.topic { out.append("Topic: \(topic)") }
        if !e.tags.isEmpty { out.append("Tags: \(e.tags.joined(separator: ", "))") }
        if !e.challenge.isEmpty { out += ["", "Challenge: \(e.challenge)"] }
        if !e.action.isEmpty { out += ["", "What was done: \(e.action)"] }
        if !e.result.isEmpty { out += ["", "Result: \(e.result)"] }
        return ("\(e.city): \(e.title)", out)
    }

    func meetingSession(_ r: ReviewExperience) -> String { r.entry.meeting.session }
}
