import AgoraCore
import Foundation

/// The session at a glance: the meeting, its counts, and tabs with the participants,
/// the topics and the dots per topic. Lists filter with `/`; `a` adds a participant with
/// a form, `p` marks present/absent, `d` removes (after a confirmation).
public struct OverviewScreen: Screen {
    public enum Tab: Int, CaseIterable, Sendable {
        case participants, topics, votes
        var title: String { OverviewText.table("overview.tab.\(self)") }
    }

    public enum Action: Equatable, Sendable {
        case move(Int), page(Int), first, last
        case show(Tab), nextTab
        case search(SearchField.Action)
        case togglePresent, remove, startAdd
    }

    public var tab: Tab = .participants
    public var participants = ListState()
    public var topics = ListState()
    /// The filter typed after `/`; applies to names, cities, organizations and titles.
    var search = SearchField()
    /// The add-participant form, while open.
    public var addForm: FormState?
    /// Indices into `session.participants` / `session.topics` that match the filter.
    public private(set) var participantRows: [Int] = []
    public private(set) var topicRows: [Int] = []
    /// The vote's results, computed once per change of the session (not per keystroke).
    var results: [TopicResult] = []

    public init() {}

    public var title: String { OverviewText.table("overview.title") }
    public var isEditingText: Bool { search.isEditing || addForm != nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = OverviewText.table
        var list: [KeyBinding<Action>] = [
            KeyBinding(keys: [Key("j"), .down], action: .move(1), description: t("overview.key.next")),
            KeyBinding(keys: [Key("k"), .up], action: .move(-1), description: t("overview.key.previous")),
            KeyBinding(keys: [.pageDown, Key(" ")], action: .page(1), description: t("overview.key.pageDown")),
            KeyBinding(.pageUp, action: .page(-1), description: t("overview.key.pageUp")),
            KeyBinding(keys: [Key("g"), .home], action: .first, description: t("overview.key.first")),
            KeyBinding(keys: [Key("G"), .end], action: .last, description: t("overview.key.last")),
            // Not Tab or digits: those switch screens in the meeting.
            KeyBinding(Key("v"), action: .nextTab, description: t("overview.key.nextTab"), showsInHints: true),
        ] + search.bindings(Action.search, description: t("overview.key.filter"), showsInHints: true, clearDescription: t("overview.key.clearFilter"))
        if tab == .participants {
            list += [
                KeyBinding(Key("a"), action: .startAdd, description: t("overview.key.add"), showsInHints: true),
                KeyBinding(Key("h"), action: .togglePresent, description: t("overview.key.present")),
                KeyBinding(Key("d"), action: .remove, description: t("overview.key.remove")),
            ]
        }
        return list
    }

    /// Moving, switching views and filtering only look; adding, marking present and removing
    /// change the session.
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .togglePresent, .remove, .startAdd: false
        default: true
        }
    }

    // MARK: Reducer

    var rowCount: Int { tab == .topics ? topicRows.count : tab == .participants ? participantRows.count : 0 }

    /// Rows of the table visible in `area` (header, tabs, meeting lines and filter taken off).
    func visibleRows(_ area: Rect) -> Int { max(1, area.height - 5) }

    mutating func updateList(_ change: (inout ListState, Int) -> Void, context: ScreenContext) {
        let count = rowCount, rows = visibleRows(context.area)
        switch tab {
        case .participants: change(&participants, count); participants = participants.scrolled(visibleRows: rows, count: count)
        case .topics: change(&topics, count); topics = topics.scrolled(visibleRows: rows, count: count)
        case .votes: break
        }
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let page = visibleRows(context.area)
        switch action {
        case .move(let d): updateList({ $0.move(by: d, count: $1) }, context: context)
        case .page(let d): updateList({ $0.move(by: d * page, count: $1) }, context: context)
        case .first: updateList({ $0.select(0, count: $1) }, context: context)
        case .last: updateList({ $0.select($1 - 1, count: $1) }, context: context)
        case .show(let t): tab = t
        case .nextTab: tab = Tab(rawValue: (tab.rawValue + 1) % Tab.allCases.count)!
        case .search(let a): if search.reduce(a) { refilter(context.session) }
        case .togglePresent:
            guard let p = selectedParticipant(context.session) else { return [.bell] }
            return [.apply(.people(.setPresent(p.id, !p.present)))]
        case .remove:
            guard let p = selectedParticipant(context.session) else { return [.bell] }
            let t = OverviewText.table
            return [.confirm(ConfirmRequest(title: t("overview.remove.title"),
                                            message: t("overview.remove.message", ["name": p.name, "city": p.city]),
                                            confirmLabel: t("overview.remove.confirm")),
                             onConfirm: [.apply(.people(.remove(p.id)))])]
        case .startAdd:
            let f = Self.fieldLabels
            addForm = FormState([.init(f.name, label: f.name), .init(f.city, label: f.city), .init(f.organization, label: f.organization, placeholder: OverviewText.table("overview.field.optional"))])
        }
        return []
    }

    /// The add form's labels, which are also the keys of its values: in the language people
    /// read now, the same when the form opens and when it is saved.
    static var fieldLabels: (name: String, city: String, organization: String) {
        let t = OverviewText.table
        return (t("overview.field.name"), t("overview.field.city"), t("overview.field.organization"))
    }

    func selectedParticipant(_ session: Session) -> Participant? {
        guard tab == .participants, participantRows.indices.contains(participants.selected) else { return nil }
        return session.participants[participantRows[participants.selected]]
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        if var form = addForm {
            defer { if addForm != nil { addForm = form } }
            switch event {
            case .paste(let text): form.paste(text); return []
            case .key(.escape): addForm = nil; return [.status(OverviewText.table("overview.cancelled"))]
            case .key(.enter):
                let v = form.values, f = Self.fieldLabels
                addForm = nil
                return [.apply(.people(.add(ParticipantFields(name: v[f.name] ?? "", city: v[f.city] ?? "",
                                                              organization: v[f.organization] ?? ""))))]
            case .key(let key): return form.handle(key) ? [] : nil
            default: return nil
            }
        }
        if let effects = search.input(event) {
            refilter(context.session)
            return effects
        }
        if case .mouse(let m) = event, m.kind == .click {
            let tableTop = context.area.y + 5
            if m.position.y == context.area.y + 2 { // the tab row
                let x = m.position.x - context.area.x
                var start = 0
                for t in Tab.allCases {
                    let w = t.title.count + 5
                    if x >= start && x < start + w { tab = t; return [] }
                    start += w
                }
            } else if m.position.y >= tableTop {
                let offset = tab == .topics ? topics.offset : participants.offset
                let index = offset + m.position.y - tableTop
                updateList({ $0.select(index, count: $1) }, context: context)
                return []
            }
        }
        return nil
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        results = context.results
        refilter(context.session)
    }

    /// Recomputes the rows that match the filter.
    mutating func refilter(_ session: Session) {
        participantRows = session.participants.indices.filter {
            let p = session.participants[$0]
            return search.matches([p.name, p.city, p.organization])
        }
        topicRows = session.topics.indices.filter { search.matches([session.topics[$0].title]) }
        // Keep the selection on a row that exists; render scrolls it into view.
        participants.move(by: 0, count: participantRows.count)
        participants.offset = min(participants.offset, participants.selected)
        topics.move(by: 0, count: topicRows.count)
        topics.offset = min(topics.offset, topics.selected)
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        let m = s.meeting
        let venue = m.venue.isEmpty ? "" : " · \(m.venue)"
        buffer.write("\(m.area.title) · \(m.hostCity) · \(m.date)\(venue)", in: area.row(0), role: .title)
        let present = s.participants.lazy.filter(\.present).count
        // Dots on ballots and dots counted on the wall apart, as the Vote tab counts them.
        let dots = s.ballots.reduce(0) { $0 + $1.dotsUsed }, wall = s.wallCounts.reduce(0) { $0 + $1.count }
        let t = OverviewText.table
        let counts = [t("overview.count.participants", ["participants": "\(s.participants.count)", "present": "\(present)"]),
                      t("overview.count.topics", ["topics": "\(s.topicCount)"]),
                      t("overview.count.dots", ["dots": "\(dots)", "ballots": "\(s.ballots.count)"])]
            + (wall > 0 ? [t("overview.count.wall", ["wall": "\(wall)"])] : [])
            + [t("overview.count.projects", ["projects": "\(s.projects.count)"])]
        // As many of the counts as fit whole, in this order: never a count cut mid-word.
        let forms = (1...counts.count).reversed().map { counts.prefix($0).joined(separator: " · ") }
        buffer.write(TextFit.first(forms, width: area.width, measure: buffer.measure),
                     in: area.row(1), role: .dim)
        // Its views are not numbered: the digits go to the meeting's tabs; v switches views.
        var cursor = Tabs.render(Tab.allCases.map(\.title), selected: tab.rawValue, into: &buffer, area: area.row(2), numbered: false)
        let table = area.droppingTop(4)
        if let p = search.render(matches: rowCount, into: &buffer, row: area.row(3)) { cursor = p }

        switch tab {
        case .participants:
            let rows = participantRows
            let p = TableView.render(
                columns: [TableColumn("#", width: .fixed(5), alignment: .trailing), TableColumn(t("overview.field.name"), width: .flex(3)),
                          TableColumn(t("overview.field.city"), width: .flex(2)), TableColumn(t("overview.field.organization"), width: .flex(3)),
                          TableColumn(t("overview.column.here"), width: .fixed(4))],
                count: rows.count, state: participants, into: &buffer, area: table, focused: !search.isEditing,
                emptyText: t(search.field.isEmpty ? "overview.noParticipants" : "overview.noParticipantMatches")) { i in
                let p = s.participants[rows[i]]
                return [String(p.id.rawValue), p.name, p.city, p.organization, t(p.present ? "overview.yes" : "overview.no")]
            }
            if !search.isEditing, p != nil { cursor = p }
        case .topics:
            let rows = topicRows
            let visible = Tally.isVisible(in: s)
            let dotsByTopic = Dictionary(uniqueKeysWithValues: results.map { ($0.topic, $0.dots) })
            let p = TableView.render(
                columns: [TableColumn("#", width: .fixed(4), alignment: .trailing), TableColumn(t("overview.column.title"), width: .flex(4)),
                          TableColumn(t("overview.column.proposer"), width: .flex(2)),
                          TableColumn(t("overview.column.dots"), width: .fixed(5), alignment: .trailing),
                          TableColumn(t("overview.column.status"), width: .fixed(9))],
                count: rows.count, state: topics, into: &buffer, area: table, focused: !search.isEditing,
                emptyText: search.field.isEmpty ? t("overview.noTopics", ["command": ":topic add \"Title\" --by NAME"]) : t("overview.noTopicMatches")) { i in
                let topic = s.topics[rows[i]]
                return [String(topic.id.rawValue), topic.title, topic.proposer.flatMap { s.participant($0)?.name } ?? "",
                        visible ? String(dotsByTopic[topic.id] ?? 0) : "–", t("overview.topicStatus.\(topic.status)")]
            }
            if !search.isEditing, p != nil { cursor = p }
        case .votes:
            // Rank order and points from Core's tally (Borda for ranked ballots, the tie-break rule).
            let items = results.map { BarChart.Item(s.topic($0.topic)?.title ?? "?", $0.dots) }
            if !Tally.isVisible(in: s) {
                buffer.write(t("overview.hidden"), in: table.row(0), role: .dim)
            } else if items.isEmpty { buffer.write(t("overview.nothingToVoteOn"), in: table.row(0), role: .dim) }
            else { BarChart.render(items, into: &buffer, area: table) }
        }

        if let form = addForm {
            let box = area.centered(Size(width: min(area.width, 60), height: form.fields.count + 4))
            buffer.fill(box, role: .modal)
            buffer.box(box, title: t("overview.addTitle"))
            cursor = Form.render(form, into: &buffer, area: box.inset(dx: 2, dy: 1).droppingBottom(1))
        }
        return cursor
    }
}
