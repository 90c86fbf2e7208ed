import AgoraCore
import AgoraStore
import Foundation

/// Topics pitched in the room: propose on the spot (`a`, title, Tab, a few letters of the
/// proposer's name, Enter), edit (`e`), merge a duplicate into another topic keeping its
/// votes (`m`, pick the other topic, Enter), withdraw or restore (`w`), search (`/`).
public struct TopicsScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case propose, edit, merge, withdraw, search, clearSearch
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

    public var title: String { "Topics" }
    public var isEditingText: Bool { (topicForm != nil || search.isEditing) }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        if merging != nil {
            return ListMove.bindings(Action.list) + [
                KeyBinding(.enter, action: .confirmMerge, description: "merge into the selected topic", showsInHints: true),
                KeyBinding(.escape, action: .cancelMerge, description: "cancel the merge", showsInHints: true),
            ]
        }
        var keys = ListMove.bindings(Action.list) + [
            KeyBinding(Key("a"), action: .propose, description: "propose a topic", showsInHints: !context.isReadOnly),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: "edit the topic"),
            KeyBinding(Key("m"), action: .merge, description: "merge a duplicate", showsInHints: !context.isReadOnly),
            KeyBinding(Key("w"), action: .withdraw, description: "withdraw (or restore) the topic"),
            KeyBinding(Key("/"), action: .search, description: "search"),
        ]
        if search.isActive { keys.append(KeyBinding(.escape, action: .clearSearch, description: "clear the search")) }
        return keys + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .search, .clearSearch: true
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
        let s = context.session
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: visibleRows(context.area))
        case .propose:
            topicForm = TopicForm(form: Self.form())
        case .edit:
            guard let t = selectedTopic(s) else { return [.bell] }
            topicForm = TopicForm(form: Self.form(title: t.title, proposer: t.proposer.flatMap { s.participant($0)?.name } ?? "",
                                                  description: t.description), editing: t.id)
        case .merge:
            guard let t = selectedTopic(s), t.isActive else { return [.error("Select an open topic to merge")] }
            merging = t.id
            return [.status("Merge “\(t.title)” into… pick the topic it duplicates and press Enter (Esc cancels)")]
        case .confirmMerge:
            guard let from = merging, let into = selectedTopic(s) else { return [.bell] }
            merging = nil
            return [.apply(.topics(.merge(from, into: into.id)))]
        case .cancelMerge:
            merging = nil
            return [.status("Merge cancelled")]
        case .withdraw:
            guard let t = selectedTopic(s) else { return [.bell] }
            switch t.status {
            case .withdrawn: return [.apply(.topics(.restore(t.id)))]
            case .merged: return [.error("“\(t.title)” was merged; undo with u to bring it back")]
            default:
                return [.confirm(ConfirmRequest(title: "Withdraw topic",
                                                message: "Withdraw “\(t.title)”? Its dots go back to their owners. Undo with u.",
                                                confirmLabel: "Withdraw"),
                                 onConfirm: [.apply(.topics(.withdraw(t.id)))])]
            }
        case .search: search.isEditing = true
        case .clearSearch: search = SearchField(); refresh(s)
        case .meeting(.projector): return [.projector(.results)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    static func form(title: String = "", proposer: String = "", description: String = "") -> FormState {
        FormState([.init("Title", value: title), .init("Proposer", value: proposer, placeholder: "a few letters of a name (optional)"),
                   .init("Description", value: description, placeholder: "optional")])
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
        if let effects = topicForm.feed(event, context: context, errorPrefix: "Proposer: ",
                                        edited: { if $0.form.text("Proposer") != before { $0.highlighted = 0 } },
                                        submit: { .apply(try Self.operation($0, context.session)) }) {
            if adding, effects.appliesChange { list.select(Int.max, count: rows.count + 1) }   // follow the new topic
            return effects
        }
        if search.isEditing {
            guard search.feed(event) else { return nil }
            refresh(context.session)
            return []
        }
        return nil
    }

    /// "Looks like #3 “Talent retention” · Enter saves anyway" while the typed title resembles an
    /// active topic (Core's ``Session/similarTopics(to:except:)``); nil otherwise.
    static func similarNote(_ open: TopicForm, in s: Session) -> String? {
        let similar = s.similarTopics(to: open.form.text("Title"), except: open.editing)
        guard let first = similar.first else { return nil }
        let others = similar.count > 1 ? " (and \(similar.count - 1) more)" : ""
        return "Looks like #\(first.id.rawValue) “\(first.title)”\(others) · Enter saves anyway"
    }

    /// The operation the topic form describes; throws when the proposer cannot be picked.
    static func operation(_ open: TopicForm, _ s: Session) throws -> AgoraCore.Operation {
        let proposer = try NameCompletion.pick(open.form.text("Proposer"), highlighted: open.highlighted, in: s)
        let fields = TopicFields(title: open.form.text("Title"), description: open.form.text("Description"), proposer: proposer,
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
        let s = context.session
        buffer.fill(area, role: .normal)
        let counts = Dictionary(grouping: s.topics, by: \.status).mapValues(\.count)
        var summary = "Topics · \(s.activeTopics.count) open"
        for status in [TopicStatus.selected, .merged, .withdrawn] where (counts[status] ?? 0) > 0 {
            summary += " · \(counts[status]!) \(status.rawValue)"
        }
        let body = PhaseHeader.render(summary, context: context, into: &buffer, area: area)
        var cursor: Position?
        let line = body.row(0)
        if let merging, let t = s.topic(merging) {
            buffer.write(message: "Merge “\(t.title)” into: select the topic it duplicates, Enter (Esc cancels)", in: line, role: .warning)
        } else if search.isActive {
            cursor = search.render(matches: rows.count, into: &buffer, row: line)
        } else {
            buffer.write(context.isReadOnly ? "/ search · p projector" : "a propose · e edit · m merge · w withdraw · / search · p projector",
                         in: line, role: .dim)
        }
        let showsTallies = VoteScreen.talliesVisible(s)
        let dots = self.dots
        let rows = self.rows
        let p = TableView.render(
            columns: [TableColumn("#", width: .fixed(3), alignment: .trailing), TableColumn("Title", width: .flex(5)),
                      TableColumn("Proposed by", width: .flex(3)), TableColumn("Dots", width: .fixed(4), alignment: .trailing),
                      TableColumn("Status", width: .fixed(9))],
            count: rows.count, state: list, into: &buffer, area: body.droppingTop(1), focused: !search.isEditing,
            emptyText: search.isActive ? "No topic matches the search." : context.isReadOnly ? "No topics." : "No topics yet. Press a to propose one.") { i in
            let t = s.topics[rows[i]]
            let dots = !t.isActive ? "" : showsTallies ? String(dots[t.id] ?? 0) : "–"
            var status = t.status.rawValue
            if t.status == .merged, let into = t.mergedInto { status = "→ #\(into.rawValue)" }
            return [String(t.id.rawValue), t.title, t.proposer.flatMap { s.participant($0)?.name } ?? "", dots, status]
        }
        if !search.isEditing, cursor == nil { cursor = p }
        if let open = topicForm {
            let candidates = open.form.focusedLabel == "Proposer"
                ? NameCompletion.participants(matching: open.form.text("Proposer"), in: s) : []
            let extra = 7
            cursor = FormBox.render(open.form, title: open.editing == nil ? "Propose a topic" : "Edit topic #\(open.editing!.rawValue)",
                                    note: open.error ?? Self.similarNote(open, in: s) ?? "Enter saves · Tab next field · ↑/↓ pick a name · Esc cancels",
                                    extraRows: extra, readOnly: context.isReadOnly, into: &buffer, area: area)
            let under = FormBox.extraArea(fieldCount: open.form.fields.count, extraRows: extra, in: area)
            NameCompletion.render(candidates, highlighted: open.highlighted, into: &buffer, area: under.droppingTop(1))
            if let error = open.error {
                let box = FormBox.frame(fieldCount: open.form.fields.count, extraRows: extra, in: area)
                buffer.write(error, in: Rect(x: box.x + 2, y: box.maxY - 2, width: box.width - 4, height: 1), role: .error)
            }
        }
        return cursor
    }
}
