import AgoraCore
import AgoraStore
import Foundation

/// Topics pitched in the room: propose on the spot (`a`, title, Tab, a few letters of the
/// proposer's name, Enter), edit (`e`), merge a duplicate into another topic keeping its
/// votes (`m`, pick the other topic, Enter), withdraw or restore (`w`), search (`/`).
public struct TopicsScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case propose, edit, merge, withdraw
        case search(SearchField.Action)
        case confirmMerge, cancelMerge
        case meeting(MeetingKey)
    }

    /// The open propose/edit form.
    public struct TopicForm: Equatable, Sendable {
        public var form: FormState
        /// The topic being edited; nil when proposing.
        public var editing: TopicID?
        /// Which name completion is chosen for the proposer.
        public var highlighted = 0
        public var error: String?
    }

    public var list = ListState()
    var search = SearchField()
    public var topicForm: TopicForm?
    /// The duplicate being merged; the selection picks where it goes.
    public var merging: TopicID?
    /// Indices into `session.topics` shown (all, or those matching the search).
    public private(set) var rows: [Int] = []
    /// Points per active topic (ballots and wall), computed when the session changes.
    var dots: [TopicID: Int] = [:]

    public init() {}

    public var title: String { TopicsText.table("topicsScreen.title") }
    public var isEditingText: Bool { (topicForm != nil || search.isEditing) }
    /// Merging keeps the keys until Enter or Esc.
    public var holdsKeys: Bool { merging != nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = TopicsText.table
        if merging != nil {
            return ListMove.bindings(Action.list) + [
                KeyBinding(.enter, action: .confirmMerge, description: t("topicsScreen.key.mergeInto"), showsInHints: true),
                KeyBinding(.escape, action: .cancelMerge, description: t("topicsScreen.key.cancelMerge"), showsInHints: true),
            ]
        }
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("a"), action: .propose, description: t("topicsScreen.key.propose"), showsInHints: !context.isReadOnly),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: t("topicsScreen.key.edit")),
            KeyBinding(Key("m"), action: .merge, description: t("topicsScreen.key.merge"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("w"), action: .withdraw, description: t("topicsScreen.key.withdraw")),
        ] + search.bindings(Action.search) + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .search: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    // MARK: Reducer

    func visibleRows(_ area: Rect) -> Int { max(1, area.height - 3) }

    func selectedTopic(_ session: Session) -> Topic? {
        rows.indices.contains(list.selected) ? session.topics[rows[list.selected]] : nil
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session, text = TopicsText.table
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: visibleRows(context.area))
        case .propose:
            topicForm = TopicForm(form: Self.form())
        case .edit:
            guard let t = selectedTopic(s) else { return [.bell] }
            topicForm = TopicForm(form: Self.form(title: t.title, proposer: t.proposer.flatMap { s.participant($0)?.name } ?? "",
                                                  description: t.description), editing: t.id)
        case .merge:
            guard let t = selectedTopic(s), t.isActive else { return [.error(text("topicsScreen.selectToMerge"))] }
            merging = t.id
            return [.status(text("topicsScreen.mergeStarted", ["title": TopicsText.quoted(t.title)]))]
        case .confirmMerge:
            guard let from = merging, let into = selectedTopic(s) else { return [.bell] }
            merging = nil
            return [.apply(.topics(.merge(from, into: into.id)))]
        case .cancelMerge:
            merging = nil
            return [.status(text("topicsScreen.mergeCancelled"))]
        case .withdraw:
            guard let t = selectedTopic(s) else { return [.bell] }
            switch t.status {
            case .withdrawn: return [.apply(.topics(.restore(t.id)))]
            case .merged: return [.error(text("topicsScreen.wasMerged", ["title": TopicsText.quoted(t.title)]))]
            default:
                return [.confirm(ConfirmRequest(title: text("topicsScreen.withdraw.title"),
                                                message: text("topicsScreen.withdraw.message", ["title": TopicsText.quoted(t.title)]),
                                                confirmLabel: text("topicsScreen.withdraw")),
                                 onConfirm: [.apply(.topics(.withdraw(t.id)))])]
            }
        case .search(let a): if search.reduce(a) { refresh(s) }
        case .meeting(.projector): return [.projector(.results)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    static func form(title: String = "", proposer: String = "", description: String = "") -> FormState {
        let t = TopicsText.table
        return FormState([.init("Title", label: t("topicsScreen.field.title"), value: title),
                          .init("Proposer", label: t("topicsScreen.field.proposer"), value: proposer, placeholder: t("topicsScreen.proposerPlaceholder")),
                          .init("Description", label: t("topicsScreen.field.description"), paragraphs: description,
                                placeholder: CommonText.table("common.form.optional"))])
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        if var open = topicForm {
            let candidates = NameCompletion.participants(matching: open.form.text("Proposer"), in: context.session)
            if case .key(let k) = event, open.form.focusedLabel == "Proposer", k == .up || k == .down, !candidates.isEmpty {
                open.highlighted = (open.highlighted + (k == .down ? 1 : candidates.count - 1)) % candidates.count
                topicForm = open
                return []
            }
        }
        let before = topicForm?.form.text("Proposer"), adding = topicForm?.editing == nil
        if let effects = topicForm.feed(event, context: context,
                                        edited: { if $0.form.text("Proposer") != before { $0.highlighted = 0 } },
                                        submit: { .apply(try Self.operation($0, context.session)) }) {
            if adding, effects.appliesChange { list.select(Int.max, count: rows.count + 1) }   // follow the new topic
            return effects
        }
        guard let effects = search.input(event) else { return nil }
        refresh(context.session)
        return effects
    }

    /// "Looks like #3 “Talent retention” · Enter saves anyway" while the typed title resembles an
    /// active topic (Core's ``Session/similarTopics(to:except:)``); nil otherwise.
    static func similarNote(_ open: TopicForm, in s: Session) -> String? {
        let similar = s.similarTopics(to: open.form.text("Title"), except: open.editing)
        guard let first = similar.first else { return nil }
        let t = TopicsText.table
        let others = similar.count > 1 ? t("topicsScreen.andMore", ["count": "\(similar.count - 1)"]) : ""
        return t("topicsScreen.looksLike", ["id": "\(first.id.rawValue)", "title": TopicsText.quoted(first.title), "others": others])
    }

    /// The operation the topic form describes; throws when the proposer cannot be picked.
    static func operation(_ open: TopicForm, _ s: Session) throws -> AgoraCore.Operation {
        let proposer = try open.form.reading("Proposer") { try NameCompletion.pick(open.form.text("Proposer"), highlighted: open.highlighted, in: s) }
        let fields = TopicFields(title: open.form.text("Title"), description: open.form.paragraphs("Description"), proposer: proposer,
                                 area: open.editing.flatMap { s.topic($0)?.area } ?? s.meeting.area)
        return open.editing.map { .topics(.edit($0, fields)) } ?? .topics(.propose(fields))
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        dots = Dictionary(context.results.map { ($0.topic, $0.dots) }, uniquingKeysWith: +)
        refresh(context.session)
    }

    mutating func refresh(_ s: Session) {
        rows = s.topics.indices.filter { i in
            let t = s.topics[i]
            return search.matches([t.title, t.description, t.proposer.flatMap { s.participant($0)?.name } ?? ""])
        }
        list.move(by: 0, count: rows.count)
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session, text = TopicsText.table
        buffer.fill(area, role: .normal)
        let counts = Dictionary(grouping: s.topics, by: \.status).mapValues(\.count)
        var summary = text("topicsScreen.header", ["count": "\(s.activeTopics.count)"])
        for status in [TopicStatus.selected, .merged, .withdrawn] where (counts[status] ?? 0) > 0 {
            summary += " · " + text("topicsScreen.count.\(status.rawValue)", ["count": "\(counts[status]!)"])
        }
        let body = PhaseHeader.render(summary, context: context, into: &buffer, area: area)
        var cursor: Position?
        let line = body.row(0)
        if let merging, let t = s.topic(merging) {
            buffer.write(message: text("topicsScreen.mergeLine", ["title": TopicsText.quoted(t.title)]), in: line, role: .warning)
        } else if search.isActive {
            cursor = search.render(matches: rows.count, into: &buffer, row: line)
        } else {
            buffer.write(text(context.isReadOnly ? "topicsScreen.hintsReadOnly" : "topicsScreen.hints"), in: line, role: .dim)
        }
        let showsTallies = VoteScreen.talliesVisible(s)
        let dots = self.dots
        let rows = self.rows
        let p = TableView.render(
            columns: [TableColumn("#", width: .fixed(3), alignment: .trailing), TableColumn(text("topicsScreen.column.title"), width: .flex(5)),
                      TableColumn(text("topicsScreen.column.proposer"), width: .flex(3)),
                      TableColumn(text("topicsScreen.column.dots"), width: .fixed(4), alignment: .trailing),
                      TableColumn(text("topicsScreen.column.status"), width: .fixed(9))],
            count: rows.count, state: list, into: &buffer, area: body.droppingTop(1), focused: !search.isEditing,
            emptyText: text(search.isActive ? "topicsScreen.noMatch" : context.isReadOnly ? "topicsScreen.none" : "topicsScreen.noneYet")) { i in
            let t = s.topics[rows[i]]
            let dots = !t.isActive ? "" : showsTallies ? String(dots[t.id] ?? 0) : "–"
            var status = text("topicsScreen.status.\(t.status.rawValue)")
            if t.status == .merged, let into = t.mergedInto { status = "→ #\(into.rawValue)" }
            return [String(t.id.rawValue), t.title, t.proposer.flatMap { s.participant($0)?.name } ?? "", dots, status]
        }
        if !search.isEditing, cursor == nil { cursor = p }
        if let open = topicForm {
            let candidates = open.form.focusedLabel == "Proposer"
                ? NameCompletion.participants(matching: open.form.text("Proposer"), in: s) : []
            let extra = 7
            let note = open.error ?? Self.similarNote(open, in: s) ?? text("topicsScreen.form.note")
            cursor = FormBox.render(open.form, title: open.editing.map { text("topicsScreen.form.edit", ["n": "\($0.rawValue)"]) } ?? text("topicsScreen.form.propose"),
                                    note: note, noteRole: open.error != nil ? .error : .dim,
                                    extraRows: extra, readOnly: context.isReadOnly, into: &buffer, area: area)
            let under = FormBox.extraArea(fieldCount: open.form.fields.count, extraRows: extra, note: note, readOnly: context.isReadOnly,
                                          in: area, measure: buffer.measure)
            NameCompletion.render(candidates, highlighted: open.highlighted, into: &buffer, area: under.droppingTop(1))
        }
        return cursor
    }
}
