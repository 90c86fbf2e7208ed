import AgoraCore

/// Every project of the library, followed across meetings: lead city, partners, status,
/// the meeting it came from and its next activity. Filter by city (lead, partner or
/// interested; `c`), status (`s`) and the meeting's focus area (`a`); search with `/`;
/// Enter shows the whole project, `o` opens the meeting it came from.
struct ProjectsView: Equatable, Sendable {
    enum Action: Equatable, Sendable {
        case list(ListMove)
        case city(Int), status(Int), area(Int)
        case search, clear, details, openOrigin
    }

    var list = ListState()
    var search = SearchField()
    var city: ChoiceFilter
    var status: ChoiceFilter
    var area: ChoiceFilter
    /// Indices into the library's projects, in display order.
    private(set) var rows: [Int] = []

    init(library: ReviewLibrary) {
        city = ChoiceFilter("city", values: ChoiceFilter.distinct(library.projects.flatMap {
            [$0.leadCity] + $0.partnerCities + $0.interestedCities
        }))
        let statuses = Set(library.projects.map(\.status))
        status = ChoiceFilter("status", values: ProjectStatus.allCases.filter(statuses.contains).map(\.phrase))
        let areas = Set(library.projects.map(\.meeting.area))
        area = ChoiceFilter("area", values: FocusArea.allCases.filter(areas.contains).map(\.shortTitle))
        refresh(library)
    }

    var hasFilters: Bool { search.isActive || city.isActive || status.isActive || area.isActive }

    func bindings() -> [KeyBinding<Action>] {
        var keys = ListMove.bindings(Action.list) + [
            KeyBinding(.enter, action: .details, description: "details", showsInHints: true),
            KeyBinding(Key("o"), action: .openOrigin, description: "open meeting", showsInHints: true),
            KeyBinding(Key("c"), action: .city(1), description: "city filter: lead, partner or interested (C back)"),
            KeyBinding(Key("C"), action: .city(-1), description: "previous city"),
            KeyBinding(Key("s"), action: .status(1), description: "status", showsInHints: true),
            KeyBinding(Key("S"), action: .status(-1), description: "status filter, backwards"),
            KeyBinding(Key("a"), action: .area(1), description: "meeting's focus area filter (A back)"),
            KeyBinding(Key("A"), action: .area(-1), description: "previous focus area"),
            KeyBinding(Key("/"), action: .search, description: "search"),
        ]
        if hasFilters { keys.append(KeyBinding(.escape, action: .clear, description: "clear the search and filters")) }
        return keys
    }

    var selectedProject: Int? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    mutating func reduce(_ action: Action, library: ReviewLibrary, visible: Int) -> ReviewRequest? {
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: visible)
        case .city(let d): city.step(by: d); refresh(library)
        case .status(let d): status.step(by: d); refresh(library)
        case .area(let d): area.step(by: d); refresh(library)
        case .search: search.isEditing = true
        case .clear: search = SearchField(); city.chosen = nil; status.chosen = nil; area.chosen = nil; refresh(library)
        case .details:
            guard let i = selectedProject else { return .bell }
            let p = library.projects[i]
            return .details(title: p.title, lines: Self.details(p))
        case .openOrigin:
            guard let i = selectedProject, let item = library.index(ofSession: library.projects[i].meeting.session) else { return .bell }
            return .open(item: item, phase: SessionViewer.projectsPhase)
        }
        return nil
    }

    mutating func feedSearch(_ event: TerminalEvent, library: ReviewLibrary) -> Bool {
        let used = search.feed(event)
        refresh(library)
        return used
    }

    /// Recomputes the rows from the filters and the search, keeping the selected project selected.
    mutating func refresh(_ library: ReviewLibrary) {
        let previous = selectedProject
        rows = library.projects.indices.filter { i in
            let p = library.projects[i]
            return city.admits([p.leadCity] + p.partnerCities + p.interestedCities) && status.admits(p.status.phrase)
                && area.admits(p.meeting.area.shortTitle)
                && search.matches([p.title, p.question, p.leadCity, p.description, p.meeting.title, p.meeting.hostCity]
                                  + p.partnerCities + p.interestedCities + p.themes + p.activities.map(\.text) + p.nextSteps)
        }
        if let previous, let i = rows.firstIndex(of: previous) { list.selected = i }
        list.move(by: 0, count: rows.count)
        list.offset = min(list.offset, list.selected)
    }

    /// "2013-09-16 Online exchange every four months", else the first activity or next step.
    static func nextActivity(_ p: ProjectRecord) -> String {
        if let a = p.nextActivity { return [ProjectRecord.day(a), a.text].filter { !$0.isEmpty }.joined(separator: " ") }
        return p.activities.first?.text ?? p.nextSteps.first ?? ""
    }

    /// The project in full, for the details box.
    static func details(_ p: ProjectRecord) -> [String] {
        var out: [String] = []
        if !p.question.isEmpty { out.append("Question: \(p.question)") }
        out.append("Lead city: \(p.leadCity)")
        if !p.partnerCities.isEmpty { out.append("Partners: \(p.partnerCities.joined(separator: ", "))") }
        if !p.interestedCities.isEmpty { out.append("Interested: \(p.interestedCities.joined(separator: ", "))") }
        out.append("Status: \(p.status.phrase)")
        let m = p.meeting
        out.append("From: \(m.title) — \(m.hostCity), \(m.date), \(m.area.title) (\(m.session).json)")
        if !p.originTopics.isEmpty { out.append("Topics: \(p.originTopics.joined(separator: "; "))") }
        if !p.originExperiences.isEmpty { out.append("Builds on: \(p.originExperiences.joined(separator: "; "))") }
        if !p.themes.isEmpty { out.append("Themes: \(p.themes.joined(separator: ", "))") }
        if !p.description.isEmpty { out += ["", p.description] }
        if !p.activities.isEmpty { out += [""] + ["Activities:"] + p.activities.map { "• " + ProjectRecord.line($0) } }
        if !p.nextSteps.isEmpty { out += [""] + ["Next steps:"] + p.nextSteps.map { "• " + $0 } }
        return out
    }

    // MARK: View

    /// Below this width the next activity leaves the table for the footer.
    static let wideLayout = 100

    static func columns(width: Int) -> [TableColumn] {
        let columns = [
            TableColumn("Project", width: .flex(4)), TableColumn("Lead", width: .flex(2)), TableColumn("Partners", width: .flex(3)),
            TableColumn("Status", width: .fixed(11)), TableColumn("Meeting", width: .flex(3)),
        ]
        return width < wideLayout ? columns : columns + [TableColumn("Next activity", width: .flex(4))]
    }

    func render(into buffer: inout Buffer, area: Rect, library: ReviewLibrary, focused: Bool) -> Position? {
        let layout = BrowserLayout(area)
        let count = library.projects.count
        BrowserLayout.renderFilters([city.label, status.label, self.area.label], shown: rows.count, total: count,
                                    noun: CountedNoun.project.noun(for: count), into: &buffer, row: layout.filters)
        let searchCursor = BrowserLayout.renderSearch(search, matches: rows.count, into: &buffer, row: layout.search)
        let rows = rows
        let empty = count == 0 ? "No projects in these sessions yet." : "No project matches the search and filters."
        let wide = area.width >= Self.wideLayout
        let selected = TableView.render(columns: Self.columns(width: area.width), count: rows.count, state: list, into: &buffer, area: layout.table,
                                        focused: focused && !search.isEditing, emptyText: empty) { i in
            let p = library.projects[rows[i]]
            return [p.title, p.leadCity, p.partnerCities.joined(separator: ", "), p.status.phrase,
                    "\(p.meeting.date) \(p.meeting.hostCity)"] + (wide ? [Self.nextActivity(p)] : [])
        }
        if let i = selectedProject {
            let p = library.projects[i]
            let next = Self.nextActivity(p)
            let line = wide || next.isEmpty ? (p.question.isEmpty ? "From \(p.meeting.title)" : p.question) : "Next: \(next)"
            buffer.write(line, in: layout.footer, role: .dim)
        } else {
            buffer.fill(layout.footer, role: .normal)
        }
        return searchCursor ?? selected
    }
}
