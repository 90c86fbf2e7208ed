import AgoraCore

/// The sessions of the library as a table: sort by date, city, area or number of projects
/// (`s`, `r` reverses), filter by host city (`c`) and focus area (`a`), search everything a
/// session holds (`/`), open one read-only (Enter). Unreadable files stay listed, last,
/// with the reason.
struct SessionsView: Equatable, Sendable {
    enum Sort: Int, CaseIterable, Sendable {
        case date, city, area, projects
        var title: String { ReviewText.table("review.sort.\(self)") }
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
        let t = ReviewText.table
        return ListMove.bindings(Action.list) + [
            KeyBinding(.enter, action: .open, description: t("review.key.open"), showsInHints: true),
            KeyBinding(Key("s"), action: .nextSort, description: t("review.key.sort"), showsInHints: true),
            KeyBinding(Key("r"), action: .reverse, description: t("review.key.reverse", ["sorts": Sort.allCases.map(\.title).joined(separator: ", ")])),
            KeyBinding(Key("c"), action: .city(1), description: t("review.key.hostCity")),
            KeyBinding(Key("C"), action: .city(-1), description: t("review.key.previousHostCity")),
            KeyBinding(Key("a"), action: .area(1), description: t("review.key.area")),
            KeyBinding(Key("A"), action: .area(-1), description: t("review.key.previousArea")),
        ] + search.bindings(Action.search, showsInHints: true, clearDescription: t("review.key.clear"),
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
            return .details(title: ReviewText.table("review.unreadableTitle", ["path": item.path]),
                            lines: [Self.reason(item.problem ?? "", path: item.path), "", ReviewText.table("review.unreadableOthers")])
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

    /// The table's columns in the language people read now; a number column is as wide as its heading.
    static var columns: [TableColumn] {
        let t = ReviewText.table
        func count(_ key: String, _ width: Int) -> TableColumn {
            let title = t(key)
            return TableColumn(title, width: .fixed(max(width, title.count)), alignment: .trailing)
        }
        return [
            TableColumn(t("review.column.date"), width: .fixed(10)), TableColumn(t("review.column.meeting"), width: .flex(4)),
            TableColumn(t("review.column.city"), width: .flex(2)), TableColumn(t("review.column.area"), width: .fixed(11)),
            count("review.column.people", 6), count("review.column.topics", 6), count("review.column.projects", 8),
        ]
    }

    func render(into buffer: inout Buffer, area: Rect, library: ReviewLibrary, focused: Bool) -> Position? {
        let layout = BrowserLayout(area)
        let direction = reversed ? " ↑" : ""
        let sorted = Typography.labelled(ReviewText.table("review.filter.sort"), sort.title + direction, in: .current)
        BrowserLayout.renderFilters([sorted, city.label, self.area.label], shown: rows.count,
                                    total: library.items.count, noun: ReviewText.table("review.files", ["count": "\(library.items.count)"]),
                                    into: &buffer, row: layout.filters)
        let searchCursor = BrowserLayout.renderSearch(search, matches: rows.count, into: &buffer, row: layout.search)
        let rows = rows
        let empty = library.items.isEmpty ? ReviewText.table("review.noFiles", ["folder": library.folder]) : ReviewText.table("review.noSessionMatches")
        let selected = TableView.render(columns: Self.columns, count: rows.count, state: list, into: &buffer, area: layout.table,
                                        focused: focused && !search.isEditing, emptyText: empty) { i in
            let item = library.items[rows[i]]
            guard let s = item.session else {
                let problem = item.problem ?? ""
                let reason = problem.hasPrefix(item.path + ":") ? String(problem.dropFirst(item.path.count + 1)) : problem
                return [ReviewText.table("review.unreadableRow"), "\(item.name).json —\(reason)"]
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
