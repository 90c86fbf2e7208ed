import AgoraCore

/// The sessions of the library as a table: sort by date, city, area or number of projects
/// (`s`, `r` reverses), filter by host city (`c`) and focus area (`a`), search everything a
/// session holds (`/`), open one read-only (Enter). Unreadable files stay listed, last,
/// with the reason.
struct SessionsView: Equatable, Sendable {
    enum Sort: Int, CaseIterable, Sendable {
        case date, city, area, projects
        var title: String { ["date", "city", "area", "projects"][rawValue] }
    }

    enum Action: Equatable, Sendable {
        case list(ListMove)
        case nextSort, reverse
        case city(Int), area(Int)
        case search(SearchField.Action)
        case open
    }

    var list = ListState()
    var search = SearchField()
    var sort: Sort = .date
    /// Flips the sort's natural direction (newest, A→Z, area order, most projects first).
    var reversed = false
    var city: ChoiceFilter
    var area: ChoiceFilter
    /// Indices into the library's items, in display order.
    private(set) var rows: [Int] = []

    init(library: ReviewLibrary) {
        city = ChoiceFilter("city", values: ChoiceFilter.distinct(library.items.compactMap { $0.session?.meeting.hostCity }))
        let areas = Set(library.items.compactMap { $0.session?.meeting.area })
        area = ChoiceFilter("area", values: FocusArea.allCases.filter(areas.contains).map(\.shortTitle))
        refresh(library)
    }


    func bindings() -> [KeyBinding<Action>] {
        return ListMove.bindings(Action.list) + [
            KeyBinding(.enter, action: .open, description: "open read-only", showsInHints: true),
            KeyBinding(Key("s"), action: .nextSort, description: "sort", showsInHints: true),
            KeyBinding(Key("r"), action: .reverse, description: "reverse the sort (date, city, area, projects)"),
            KeyBinding(Key("c"), action: .city(1), description: "host city filter (C back)"),
            KeyBinding(Key("C"), action: .city(-1), description: "previous host city"),
            KeyBinding(Key("a"), action: .area(1), description: "focus area filter (A back)"),
            KeyBinding(Key("A"), action: .area(-1), description: "previous focus area"),
        ] + search.bindings(Action.search, showsInHints: true, clearDescription: "clear the search and filters",
                                clearsToo: city.isActive || area.isActive)
    }

    mutating func reduce(_ action: Action, library: ReviewLibrary, visible: Int) -> ReviewRequest? {
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: visible)
        case .nextSort: sort = Sort(rawValue: (sort.rawValue + 1) % Sort.allCases.count)!; reversed = false; refresh(library)
        case .reverse: reversed.toggle(); refresh(library)
        case .city(let d): city.step(by: d); refresh(library)
        case .area(let d): area.step(by: d); refresh(library)
        case .search(let a): if search.reduce(a) { city.chosen = nil; area.chosen = nil; refresh(library) }
        case .open:
            guard let i = selectedItem else { return .bell }
            let item = library.items[i]
            if item.isReadable { return .open(item: i, phase: nil) }
            return .details(title: "Unreadable: \(item.path)", lines: [Self.reason(item.problem ?? "", path: item.path), "",
                                                                      "The other files of the folder are listed as usual."])
        }
        return nil
    }

    /// A key or paste while the search is typed (nil when it is left to the list).
    mutating func input(_ event: TerminalEvent, library: ReviewLibrary) -> [Effect]? {
        guard let effects = search.input(event) else { return nil }
        refresh(library)
        return effects
    }

    var selectedItem: Int? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    /// Recomputes the rows from the filters, the search and the sort, keeping the selected file selected.
    mutating func refresh(_ library: ReviewLibrary) {
        let previous = selectedItem
        let key = search.key
        let matching = library.items.indices.filter { i in
            let item = library.items[i]
            if !key.isEmpty && !item.searchText.contains(key) { return false }
            guard city.isActive || area.isActive else { return true }
            guard let m = item.session?.meeting else { return false }
            return city.admits(m.hostCity) && area.admits(m.area.shortTitle)
        }
        rows = order(matching, library)
        if let previous, let i = rows.firstIndex(of: previous) { list.selected = i }
        list.move(by: 0, count: rows.count)
        list.offset = min(list.offset, list.selected)
    }

    /// Readable sessions by the chosen sort (ties by date, newest first, then title and path);
    /// unreadable files last, by path.
    func order(_ indices: [Int], _ library: ReviewLibrary) -> [Int] {
        let readable = indices.filter { library.items[$0].isReadable }
        let broken = indices.filter { !library.items[$0].isReadable }.sorted { library.items[$0].path < library.items[$1].path }
        func newer(_ a: Session, _ b: Session, _ pa: String, _ pb: String) -> Bool {
            if a.meeting.date != b.meeting.date { return a.meeting.date > b.meeting.date }
            return (a.meeting.title, pa) < (b.meeting.title, pb)
        }
        let sorted = readable.sorted { i, j in
            let a = library.items[i], b = library.items[j]
            let sa = a.session!, sb = b.session!
            let first: Bool?
            switch sort {
            case .date: first = nil
            case .city:
                let ka = TextRules.searchKey(sa.meeting.hostCity), kb = TextRules.searchKey(sb.meeting.hostCity)
                first = ka == kb ? nil : (ka < kb) != reversed
            case .area:
                let ra = FocusArea.allCases.firstIndex(of: sa.meeting.area)!, rb = FocusArea.allCases.firstIndex(of: sb.meeting.area)!
                first = ra == rb ? nil : (ra < rb) != reversed
            case .projects:
                first = sa.projects.count == sb.projects.count ? nil : (sa.projects.count > sb.projects.count) != reversed
            }
            if let first { return first }
            return sort == .date && reversed ? newer(sb, sa, b.path, a.path) : newer(sa, sb, a.path, b.path)
        }
        return sorted + broken
    }

    /// "PATH: reason", unless the store's reason already names the file first.
    static func reason(_ problem: String, path: String) -> String {
        problem.hasPrefix(path) ? problem : "\(path): \(problem)"
    }

    // MARK: View

    static let columns = [
        TableColumn("Date", width: .fixed(10)), TableColumn("Meeting", width: .flex(4)), TableColumn("City", width: .flex(2)),
        TableColumn("Area", width: .fixed(11)), TableColumn("People", width: .fixed(6), alignment: .trailing),
        TableColumn("Topics", width: .fixed(6), alignment: .trailing), TableColumn("Projects", width: .fixed(8), alignment: .trailing),
    ]

    func render(into buffer: inout Buffer, area: Rect, library: ReviewLibrary, focused: Bool) -> Position? {
        let layout = BrowserLayout(area)
        let direction = reversed ? " ↑" : ""
        BrowserLayout.renderFilters(["sort: \(sort.title)\(direction)", city.label, self.area.label], shown: rows.count,
                                    total: library.items.count, noun: CountedNoun.file.noun(for: library.items.count),
                                    into: &buffer, row: layout.filters)
        let searchCursor = BrowserLayout.renderSearch(search, matches: rows.count, into: &buffer, row: layout.search)
        let rows = rows
        let empty = library.items.isEmpty ? "No session files in \(library.folder)." : "No session matches the search and filters."
        let selected = TableView.render(columns: Self.columns, count: rows.count, state: list, into: &buffer, area: layout.table,
                                        focused: focused && !search.isEditing, emptyText: empty) { i in
            let item = library.items[rows[i]]
            guard let s = item.session else {
                let problem = item.problem ?? ""
                let reason = problem.hasPrefix(item.path + ":") ? String(problem.dropFirst(item.path.count + 1)) : problem
                return ["unreadable", "\(item.name).json —\(reason)"]
            }
            let m = s.meeting
            return [m.date.description, m.title, m.hostCity, m.area.shortTitle, String(s.participants.count),
                    String(s.topics.count), String(s.projects.count)]
        }
        if let i = selectedItem {
            let item = library.items[i]
            let text = item.problem.map { "⚠ " + Self.reason($0, path: item.path) } ?? item.path
            buffer.write(text, in: layout.footer, role: item.isReadable ? .dim : .warning)
        } else {
            buffer.fill(layout.footer, role: .normal)
        }
        return searchCursor ?? selected
    }
}
