import AgoraCore

/// The compendium of good practices across meetings: every experience by focus area and
/// city, filtered by area (`a`), city (`c`) and tag (`t`, most used first), searched with
/// `/`; Enter shows the challenge, what was done and the result, `o` opens the meeting.
struct ExperiencesView: Equatable, Sendable {
    enum Action: Equatable, Sendable {
        case list(ListMove)
        case area(Int), city(Int), tag(Int)
        case search, clear, details, openMeeting
    }

    var list = ListState()
    var search = SearchField()
    var area: ChoiceFilter
    var city: ChoiceFilter
    var tag: ChoiceFilter
    /// How many experiences carry each tag, by its search key.
    let tagCounts: [String: Int]
    /// Indices into the library's experiences, in compendium order.
    private(set) var rows: [Int] = []

    init(library: ReviewLibrary) {
        area = ChoiceFilter("area", values: library.compendium.areas.map(\.area.shortTitle))
        city = ChoiceFilter("city", values: ChoiceFilter.distinct(library.experiences.map(\.entry.experience.city)))
        tag = ChoiceFilter("tag", values: library.compendium.tags.map(\.tag))
        tagCounts = Dictionary(library.compendium.tags.map { (TextRules.searchKey($0.tag), $0.count) }, uniquingKeysWith: +)
        refresh(library)
    }

    var hasFilters: Bool { search.isActive || area.isActive || city.isActive || tag.isActive }

    func bindings() -> [KeyBinding<Action>] {
        var keys = ListMove.bindings(Action.list) + [
            KeyBinding(.enter, action: .details, description: "details", showsInHints: true),
            KeyBinding(Key("o"), action: .openMeeting, description: "open meeting", showsInHints: true),
            KeyBinding(Key("a"), action: .area(1), description: "focus area filter (A back)"),
            KeyBinding(Key("A"), action: .area(-1), description: "previous focus area"),
            KeyBinding(Key("c"), action: .city(1), description: "city filter (C back)"),
            KeyBinding(Key("C"), action: .city(-1), description: "previous city"),
            KeyBinding(Key("t"), action: .tag(1), description: "tag filter", showsInHints: true),
            KeyBinding(Key("T"), action: .tag(-1), description: "previous tag"),
            KeyBinding(Key("/"), action: .search, description: "search"),
        ]
        if hasFilters { keys.append(KeyBinding(.escape, action: .clear, description: "clear the search and filters")) }
        return keys
    }

    var selectedExperience: Int? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    mutating func reduce(_ action: Action, library: ReviewLibrary, visible: Int) -> ReviewRequest? {
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: visible)
        case .area(let d): area.step(by: d); refresh(library)
        case .city(let d): city.step(by: d); refresh(library)
        case .tag(let d): tag.step(by: d); refresh(library)
        case .search: search.isEditing = true
        case .clear: search = SearchField(); area.chosen = nil; city.chosen = nil; tag.chosen = nil; refresh(library)
        case .details:
            guard let i = selectedExperience else { return .bell }
            let e = library.experiences[i]
            return .details(title: "\(e.entry.experience.city): \(e.entry.experience.title)", lines: Self.details(e))
        case .openMeeting:
            guard let i = selectedExperience, let item = library.index(ofSession: library.experiences[i].entry.meeting.session)
            else { return .bell }
            return .open(item: item, phase: SessionViewer.experiencesPhase)
        }
        return nil
    }

    mutating func feedSearch(_ event: TerminalEvent, library: ReviewLibrary) -> Bool {
        let used = search.feed(event)
        refresh(library)
        return used
    }

    /// Recomputes the rows from the filters and the search, keeping the selected experience selected.
    mutating func refresh(_ library: ReviewLibrary) {
        let previous = selectedExperience
        rows = library.experiences.indices.filter { i in
            let r = library.experiences[i], e = r.entry.experience
            return area.admits(r.area.shortTitle) && city.admits(e.city) && tag.admits(e.tags)
                && search.matches([e.title, e.city, e.challenge, e.action, e.result, r.entry.topic ?? "",
                                   r.entry.meeting.title, r.entry.sharedBy ?? ""] + e.tags)
        }
        if let previous, let i = rows.firstIndex(of: previous) { list.selected = i }
        list.move(by: 0, count: rows.count)
        list.offset = min(list.offset, list.selected)
    }

    /// The experience in full, for the details box.
    static func details(_ r: ReviewExperience) -> [String] {
        let e = r.entry.experience, m = r.entry.meeting
        var out = ["Area: \(r.area.title) · city: \(e.city)"]
        if let by = r.entry.sharedBy { out.append("Shared by: \(by)") }
        out.append("Meeting: \(m.title) — \(m.hostCity), \(m.date) (\(m.session).json)")
        if let topic = r.entry.topic { out.append("Topic: \(topic)") }
        if !e.tags.isEmpty { out.append("Tags: \(e.tags.joined(separator: ", "))") }
        if !e.challenge.isEmpty { out += ["", "Challenge: \(e.challenge)"] }
        if !e.action.isEmpty { out += ["", "What was done: \(e.action)"] }
        if !e.result.isEmpty { out += ["", "Result: \(e.result)"] }
        return out
    }

    // MARK: View

    static let columns = [
        TableColumn("Area", width: .fixed(11)), TableColumn("City", width: .flex(2)), TableColumn("Experience", width: .flex(4)),
        TableColumn("Tags", width: .flex(2)), TableColumn("Meeting", width: .flex(2)),
    ]

    func render(into buffer: inout Buffer, area: Rect, library: ReviewLibrary, focused: Bool) -> Position? {
        let layout = BrowserLayout(area)
        let count = library.experiences.count
        var tagLabel = tag.label
        if let t = tag.value, let n = tagCounts[TextRules.searchKey(t)] { tagLabel += " ×\(n)" }
        BrowserLayout.renderFilters([self.area.label, city.label, tagLabel], shown: rows.count, total: count,
                                    noun: CountedNoun.experience.noun(for: count), into: &buffer, row: layout.filters)
        let searchCursor = BrowserLayout.renderSearch(search, matches: rows.count, into: &buffer, row: layout.search)
        let rows = rows
        let empty = count == 0 ? "No experiences shared in these sessions yet." : "No experience matches the search and filters."
        let selected = TableView.render(columns: Self.columns, count: rows.count, state: list, into: &buffer, area: layout.table,
                                        focused: focused && !search.isEditing, emptyText: empty) { i in
            let r = library.experiences[rows[i]], e = r.entry.experience
            return [r.area.shortTitle, e.city, e.title, e.tags.joined(separator: ", "), "\(r.entry.meeting.date) \(r.entry.meeting.hostCity)"]
        }
        if let i = selectedExperience {
            let e = library.experiences[i].entry.experience
            let line = [e.challenge, e.result].filter { !$0.isEmpty }.joined(separator: " → ")
            buffer.write(line.isEmpty ? "Shared at \(library.experiences[i].entry.meeting.title)" : line, in: layout.footer, role: .dim)
        } else {
            buffer.fill(layout.footer, role: .normal)
        }
        return searchCursor ?? selected
    }
}
