import AgoraCore

/// What a ``RecordListView`` lists: the library's experiences or its projects, with the
/// filters, search words, columns, footer and details of one record.
protocol RecordList: Equatable, Sendable {
    associatedtype Record
    /// The records' noun in the filter row's count: "6 experiences".
    static var noun: CountedNoun { get }
    /// Shown when the library has no record, and when the filters leave none.
    static var emptyText: (none: String, noMatch: String) { get }
    /// The read-only viewer's phase that `o` opens the record's meeting at.
    static var meetingPhase: String { get }
    /// The filters' keys, in the order of ``filters``.
    static var filterKeys: [RecordFilterKey] { get }

    init(library: ReviewLibrary)
    func records(_ library: ReviewLibrary) -> [Record]
    /// The filters, fresh (nothing chosen).
    func filters(_ library: ReviewLibrary) -> [ChoiceFilter]
    func admits(_ record: Record, filters: [ChoiceFilter]) -> Bool
    /// The words `/` searches.
    func searchTexts(_ record: Record) -> [String]
    /// The filter row's labels ("city: all").
    func labels(_ filters: [ChoiceFilter]) -> [String]
    func columns(width: Int) -> [TableColumn]
    func cells(_ record: Record, width: Int) -> [String]
    /// The footer line about the selected record.
    func footer(_ record: Record, width: Int) -> String
    func details(_ record: Record) -> (title: String, lines: [String])
    /// The session file name (without `.json`) of the meeting the record comes from.
    func meetingSession(_ record: Record) -> String
}

/// The key of one filter: `key` steps forward, its upper case back.
struct RecordFilterKey: Sendable {
    let key: Character
    let description: String
    let backDescription: String
    var showsInHints = false
}

/// A browser view of records from every session of the library with a details box: a row of
/// filters stepped by a key each, the `/` search, the table, and a footer about the
/// selected record; Enter shows the record in full, `o` opens the meeting it came from.
/// ``ExperiencesView`` and ``ProjectsView`` are two of it.
struct RecordListView<Content: RecordList>: Equatable, Sendable {
    enum Action: Equatable, Sendable {
        case list(ListMove)
        /// Steps the filter at `index` by `by` (1 forward, -1 back).
        case filter(Int, by: Int)
        case search(SearchField.Action)
        case details, openMeeting
    }

    var list = ListState()
    var search = SearchField()
    var filters: [ChoiceFilter]
    let content: Content
    /// Indices into the library's records, in display order.
    private(set) var rows: [Int] = []

    init(library: ReviewLibrary) {
        content = Content(library: library)
        filters = content.filters(library)
        refresh(library)
    }

    /// The filter called `name` ("tag").
    func filter(named name: String) -> ChoiceFilter? { filters.first { $0.name == name } }

    func bindings() -> [KeyBinding<Action>] {
        var keys = ListMove.bindings(Action.list) + [
            KeyBinding(.enter, action: .details, description: ReviewText.table("review.key.details"), showsInHints: true),
            KeyBinding(Key("o"), action: .openMeeting, description: ReviewText.table("review.key.openMeeting"), showsInHints: true),
        ]
        for (i, f) in Content.filterKeys.enumerated() {
            keys.append(KeyBinding(Key(f.key), action: .filter(i, by: 1), description: f.description, showsInHints: f.showsInHints))
            keys.append(KeyBinding(Key(Character(f.key.uppercased())), action: .filter(i, by: -1), description: f.backDescription))
        }
        return keys + search.bindings(Action.search, clearDescription: ReviewText.table("review.key.clear"),
                                      clearsToo: filters.contains(where: \.isActive))
    }

    var selectedIndex: Int? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    mutating func reduce(_ action: Action, library: ReviewLibrary, visible: Int) -> ReviewRequest? {
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: visible)
        case .filter(let i, let d): filters[i].step(by: d); refresh(library)
        case .search(let a):
            if search.reduce(a) { filters = content.filters(library); refresh(library) }
        case .details:
            guard let i = selectedIndex else { return .bell }
            let d = content.details(content.records(library)[i])
            return .details(title: d.title, lines: d.lines)
        case .openMeeting:
            guard let i = selectedIndex, let item = library.index(ofSession: content.meetingSession(content.records(library)[i]))
            else { return .bell }
            return .open(item: item, phase: Content.meetingPhase)
        }
        return nil
    }

    /// A key or paste while the search is typed (nil when it is left to the list).
    mutating func input(_ event: TerminalEvent, library: ReviewLibrary) -> [Effect]? {
        guard let effects = search.input(event) else { return nil }
        refresh(library)
        return effects
    }

    /// Recomputes the rows from the filters and the search, keeping the selected record selected.
    mutating func refresh(_ library: ReviewLibrary) {
        let previous = selectedIndex
        let records = content.records(library)
        rows = records.indices.filter { i in
            content.admits(records[i], filters: filters) && search.matches(content.searchTexts(records[i]))
        }
        if let previous, let i = rows.firstIndex(of: previous) { list.selected = i }
        list.move(by: 0, count: rows.count)
        list.offset = min(list.offset, list.selected)
    }

    // MARK: View

    func render(into buffer: inout Buffer, area: Rect, library: ReviewLibrary, focused: Bool) -> Position? {
        let layout = BrowserLayout(area)
        let records = content.records(library)
        BrowserLayout.renderFilters(content.labels(filters), shown: rows.count, total: records.count,
                                    noun: Content.noun.noun(for: records.count), into: &buffer, row: layout.filters)
        let searchCursor = BrowserLayout.renderSearch(search, matches: rows.count, into: &buffer, row: layout.search)
        let rows = rows, content = content, width = area.width
        let selected = TableView.render(columns: content.columns(width: width), count: rows.count, state: list, into: &buffer,
                                        area: layout.table, focused: focused && !search.isEditing,
                                        emptyText: records.isEmpty ? Content.emptyText.none : Content.emptyText.noMatch) { i in
            content.cells(records[rows[i]], width: width)
        }
        if let i = selectedIndex {
            buffer.write(content.footer(records[i], width: width), in: layout.footer, role: .dim)
        } else {
            buffer.fill(layout.footer, role: .normal)
        }
        return searchCursor ?? selected
    }
}
