import AgoraCore

/// The compendium of good practices across meetings: every experience by focus area and
/// city, filtered by area (`a`), city (`c`) and tag (`t`, most used first), searched with
/// `/`; Enter shows the challenge, what was done and the result, `o` opens the meeting.
typealias ExperiencesView = RecordListView<ExperienceList>

/// The experiences of the library as a ``RecordListView`` shows them.
struct ExperienceList: RecordList {
    static var noun: CountedNoun { DomainWord.experience.noun(in: .current) }
    static var emptyText: (none: String, noMatch: String) {
        (ReviewText.table("review.experiences.none"), ReviewText.table("review.experiences.noMatch"))
    }
    static var meetingPhase: String { SessionViewer.experiencesPhase }
    static var filterKeys: [RecordFilterKey] {
        let t = ReviewText.table
        return [
            RecordFilterKey(key: "a", description: t("review.key.area"), backDescription: t("review.key.previousArea")),
            RecordFilterKey(key: "c", description: t("review.key.city"), backDescription: t("review.key.previousCity")),
            RecordFilterKey(key: "t", description: t("review.key.tag"), backDescription: t("review.key.previousTag"), showsInHints: true),
        ]
    }

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
        let t = ReviewText.table
        return [TableColumn(t("review.column.area"), width: .fixed(11)), TableColumn(t("review.column.city"), width: .flex(2)),
                TableColumn(t("review.column.experience"), width: .flex(4)), TableColumn(t("review.column.tags"), width: .flex(2)),
                TableColumn(t("review.column.meeting"), width: .flex(2))]
    }

    func cells(_ r: ReviewExperience, width: Int) -> [String] {
        let e = r.entry.experience
        return [r.area.shortTitle, e.city, e.title, e.tags.joined(separator: ", "), "\(r.entry.meeting.date) \(r.entry.meeting.hostCity)"]
    }

    /// "challenge → result", else where it was shared.
    func footer(_ r: ReviewExperience, width: Int) -> String {
        let e = r.entry.experience
        let line = [e.challenge, e.result].filter { !$0.isEmpty }.joined(separator: " → ")
        return line.isEmpty ? ReviewText.table("review.sharedAt", ["title": r.entry.meeting.title]) : line
    }

    /// The experience in full, for the details box.
    func details(_ r: ReviewExperience) -> (title: String, lines: [String]) {
        let e = r.entry.experience, m = r.entry.meeting, t = ReviewText.table
        var out = [t("review.experience.area", ["area": r.area.title, "city": e.city])]
        if let by = r.entry.sharedBy { out.append(t("review.experience.sharedBy", ["name": by])) }
        out.append(t("review.experience.meeting", ["title": m.title, "city": m.hostCity, "date": "\(m.date)", "file": m.session]))
        if let topic = r.entry.topic { out.append(t("review.experience.topic", ["topic": topic])) }
        if !e.tags.isEmpty { out.append(t("review.experience.tags", ["tags": e.tags.joined(separator: ", ")])) }
        if !e.challenge.isEmpty { out += ["", t("review.experience.challenge", ["text": e.challenge])] }
        if !e.action.isEmpty { out += ["", t("review.experience.action", ["text": e.action])] }
        if !e.result.isEmpty { out += ["", t("review.experience.result", ["text": e.result])] }
        return (Typography.labelled(e.city, e.title, in: .current), out)
    }

    func meetingSession(_ r: ReviewExperience) -> String { r.entry.meeting.session }
}
