import AgoraCore

/// Every project of the library, followed across meetings: lead city, partners, status,
/// the meeting it came from and its next activity. Filter by city (lead, partner or
/// interested; `c`), status (`s`) and the meeting's focus area (`a`); search with `/`;
/// Enter shows the whole project, `o` opens the meeting it came from.
typealias ProjectsView = RecordListView<ProjectList>

/// The projects of the library as a ``RecordListView`` shows them.
struct ProjectList: RecordList {
    static var noun: CountedNoun { DomainWord.project.noun(in: .current) }
    static var emptyText: (none: String, noMatch: String) {
        (ReviewText.table("review.projects.none"), ReviewText.table("review.projects.noMatch"))
    }
    static var meetingPhase: String { SessionViewer.projectsPhase }
    static var filterKeys: [RecordFilterKey] {
        let t = ReviewText.table
        return [
            RecordFilterKey(key: "c", description: t("review.key.projectCity"), backDescription: t("review.key.previousCity")),
            RecordFilterKey(key: "s", description: t("review.key.status"), backDescription: t("review.key.statusBack"), showsInHints: true),
            RecordFilterKey(key: "a", description: t("review.key.meetingArea"), backDescription: t("review.key.previousArea")),
        ]
    }
    /// Below this width the next activity leaves the table for the footer.
    static let wideLayout = 100

    init(library: ReviewLibrary) {}

    func records(_ library: ReviewLibrary) -> [ProjectRecord] { library.projects }

    func filters(_ library: ReviewLibrary) -> [ChoiceFilter] {
        let statuses = Set(library.projects.map(\.status)), areas = Set(library.projects.map(\.meeting.area))
        return [ChoiceFilter("city", values: ChoiceFilter.distinct(library.projects.flatMap { [$0.leadCity] + $0.partnerCities + $0.interestedCities })),
                ChoiceFilter("status", values: ProjectStatus.allCases.filter(statuses.contains).map(\.phrase)),
                ChoiceFilter("area", values: FocusArea.allCases.filter(areas.contains).map(\.shortTitle))]
    }

    func admits(_ p: ProjectRecord, filters f: [ChoiceFilter]) -> Bool {
        f[0].admits([p.leadCity] + p.partnerCities + p.interestedCities) && f[1].admits(p.status.phrase) && f[2].admits(p.meeting.area.shortTitle)
    }

    func searchTexts(_ p: ProjectRecord) -> [String] {
        [p.title, p.question, p.leadCity, p.description, p.meeting.title, p.meeting.hostCity]
            + p.partnerCities + p.interestedCities + p.themes + p.activities.map(\.text) + p.nextSteps
    }

    func labels(_ f: [ChoiceFilter]) -> [String] { f.map(\.label) }

    func columns(width: Int) -> [TableColumn] {
        let t = ReviewText.table
        let columns = [
            TableColumn(t("review.column.project"), width: .flex(4)), TableColumn(t("review.column.lead"), width: .flex(2)),
            TableColumn(t("review.column.partners"), width: .flex(3)), TableColumn(t("review.column.status"), width: .fixed(11)),
            TableColumn(t("review.column.meeting"), width: .flex(3)),
        ]
        return width < Self.wideLayout ? columns : columns + [TableColumn(t("review.column.nextActivity"), width: .flex(4))]
    }

    func cells(_ p: ProjectRecord, width: Int) -> [String] {
        [p.title, p.leadCity, p.partnerCities.joined(separator: ", "), p.status.phrase, "\(p.meeting.date) \(p.meeting.hostCity)"]
            + (width >= Self.wideLayout ? [Self.nextActivity(p)] : [])
    }

    /// The question (wide, where the table shows the next activity), else "Next: …".
    func footer(_ p: ProjectRecord, width: Int) -> String {
        let next = Self.nextActivity(p)
        return width >= Self.wideLayout || next.isEmpty ? (p.question.isEmpty ? ReviewText.table("review.from", ["title": p.meeting.title]) : p.question)
            : ReviewText.table("review.next", ["text": next])
    }

    /// "2013-09-16 Online exchange every four months", else the first activity or next step.
    static func nextActivity(_ p: ProjectRecord) -> String {
        if let a = p.nextActivity { return [ProjectRecord.day(a, in: .current), a.text].filter { !$0.isEmpty }.joined(separator: " ") }
        return p.activities.first?.text ?? p.nextSteps.first ?? ""
    }

    /// The project in full, for the details box.
    func details(_ p: ProjectRecord) -> (title: String, lines: [String]) {
        var out: [String] = []
        let t = ReviewText.table
        if !p.question.isEmpty { out.append(t("review.project.question", ["text": p.question])) }
        out.append(t("review.project.lead", ["city": p.leadCity]))
        if !p.partnerCities.isEmpty { out.append(t("review.project.partners", ["cities": p.partnerCities.joined(separator: ", ")])) }
        if !p.interestedCities.isEmpty { out.append(t("review.project.interested", ["cities": p.interestedCities.joined(separator: ", ")])) }
        out.append(t("review.project.status", ["status": p.status.phrase]))
        let m = p.meeting
        out.append(t("review.project.from", ["title": m.title, "city": m.hostCity, "date": "\(m.date)", "area": m.area.title, "file": m.session]))
        if !p.originTopics.isEmpty { out.append(t("review.project.topics", ["topics": p.originTopics.joined(separator: "; ")])) }
        if !p.originExperiences.isEmpty { out.append(t("review.project.buildsOn", ["experiences": p.originExperiences.joined(separator: "; ")])) }
        if !p.themes.isEmpty { out.append(t("review.project.themes", ["themes": p.themes.joined(separator: ", ")])) }
        if !p.description.isEmpty { out += ["", p.description] }
        if !p.activities.isEmpty { out += [""] + [t("review.project.activities")] + p.activities.map { "• " + ProjectRecord.line($0, in: .current) } }
        if !p.nextSteps.isEmpty { out += [""] + [t("review.project.nextSteps")] + p.nextSteps.map { "• " + $0 } }
        return (p.title, out)
    }

    func meetingSession(_ p: ProjectRecord) -> String { p.meeting.session }
}
