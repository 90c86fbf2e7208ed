import AgoraCore

/// One activity of a project in a form: every field ``WorkOperation/editActivity(_:activity:_:)``
/// takes. A new one reads its kind, cadence and any vague time ("in the fall of 2014") from
/// its words, as `agora project activity add` does; a field filled in overrides them.
struct ActivityForm: Equatable, Sendable {
    var form: FormState
    var project: ProjectID
    /// The number of the activity edited; nil for a new one.
    var editing: Int?
    var error: String?

    static let labels = (text: "Activity", kind: "Kind", every: "Every", due: "Start or due", end: "End", owner: "Owner")

    init(project: ProjectID, activity a: Activity? = nil) {
        self.project = project
        editing = a?.id
        let l = Self.labels
        form = FormState([
            .init(l.text, value: a?.text ?? "", placeholder: "e.g. online exchange every four months"),
            .init(l.kind, value: a?.kind.rawValue ?? "", placeholder: ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")),
            .init(l.every, value: a?.cadence.map { "\($0.every) \($0.unit.rawValue)\($0.every == 1 ? "" : "s")" } ?? "",
                  placeholder: "4 months, 2 weeks, 1 year; empty: once"),
            .init(l.due, value: a?.due?.description ?? "", placeholder: "YYYY-MM-DD"),
            .init(l.end, value: a?.end?.description ?? "", placeholder: "YYYY-MM-DD: last day of a repeat or a range"),
            .init(l.owner, value: a?.owner ?? "", placeholder: "the city or person who carries it"),
        ])
    }

    /// The operation the form describes; a field typed wrong throws a message naming it.
    func operation(_ s: Session) throws -> AgoraCore.Operation {
        let l = Self.labels
        func field<T>(_ label: String, _ read: () throws -> T) throws -> T {
            do { return try read() } catch let error as AgoraError {
                throw AgoraError(error.kind, "\(label): \(error.message)", hint: error.hint)
            }
        }
        let text = form.text(l.text)
        var a = editing == nil ? ActivityText.parse(text, in: s) : Activity(text: text)
        a.id = editing
        if editing != nil || !form.text(l.kind).isEmpty { a.kind = try field(l.kind) { try ActivityText.kind(typed: form.text(l.kind), text: text) } }
        if editing != nil || !form.text(l.every).isEmpty { a.cadence = try field(l.every) { try ActivityText.cadence(typed: form.text(l.every)) } }
        if editing != nil || !form.text(l.due).isEmpty { a.due = try field(l.due) { try ActivityText.date(typed: form.text(l.due)) } }
        if editing != nil || !form.text(l.end).isEmpty { a.end = try field(l.end) { try ActivityText.date(typed: form.text(l.end)) } }
        a.owner = form.text(l.owner)
        return editing.map { .work(.editActivity(project, activity: $0, a)) } ?? .work(.addActivity(project, a))
    }
}

extension ActivityForm: OpenForm {}

/// A project's activities, one at a time: pick one with ↑/↓, `e` or Enter edits it in an
/// ``ActivityForm``, `a` adds one, `d` removes it (the others keep every field), Esc closes.
public struct ActivitiesDialog: Equatable, Sendable {
    public enum Action: Equatable, Sendable { case up, down, edit, add, remove, close }

    var project: ProjectID
    var selected = 0
    var form: ActivityForm?

    static let keys: [KeyBinding<Action>] = [
        KeyBinding(keys: [.up, Key("k")], action: .up, description: "previous activity", showsInHints: false),
        KeyBinding(keys: [.down, Key("j")], action: .down, description: "next activity", showsInHints: false),
        KeyBinding(keys: [Key("e"), .enter], action: .edit, description: "edit the activity", showsInHints: true),
        KeyBinding(Key("a"), action: .add, description: "add an activity", showsInHints: true),
        KeyBinding(keys: [Key("d"), .delete], action: .remove, description: "remove the activity", showsInHints: true),
        KeyBinding(.escape, action: .close, description: "close the activities", showsInHints: true),
    ]

    /// The project's activities with their numbers (``ActivityNumbers``).
    static func activities(of project: Project?) -> [Activity] { ActivityNumbers.numbered(project?.activities ?? []) }

    /// What an action does; nil closes the dialog.
    mutating func reduce(_ action: Action, session s: Session) -> (close: Bool, effects: [Effect]) {
        let project = s.project(self.project)
        let activities = Self.activities(of: project)
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, activities.count - 1), selected + 1)
        case .add: form = ActivityForm(project: self.project)
        case .edit:
            guard activities.indices.contains(selected) else { return (false, [.error("No activity yet: a adds one")]) }
            form = ActivityForm(project: self.project, activity: activities[selected])
        case .remove:
            guard activities.indices.contains(selected), let number = activities[selected].id, let project else { return (false, [.bell]) }
            return (false, [.confirm(ConfirmRequest(title: "Remove activity",
                                                    message: "Remove “\(activities[selected].text)” from “\(project.title)”? Undo with u.",
                                                    confirmLabel: "Remove"),
                                     onConfirm: [.apply(.work(.removeActivity(self.project, activity: number)))])])
        case .close: return (true, [])
        }
        return (false, [])
    }

    /// Keeps the selection on an existing activity after a change.
    mutating func clamp(_ s: Session) {
        selected = min(selected, max(0, Self.activities(of: s.project(project)).count - 1))
    }

    /// Draws the list (and the form over it when one is open); returns the cursor.
    func render(_ s: Session, readOnly: Bool, into buffer: inout Buffer, area: Rect) -> Position? {
        let project = s.project(self.project)
        let activities = Self.activities(of: project)
        let rows = max(1, min(activities.count, max(1, area.height - 6)))
        let box = area.centered(Size(width: min(area.width, 90), height: rows + 4))
        guard box.width >= 8, box.height >= 3 else { return nil }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: "Activities of “\(project?.title ?? "?")”", role: .border)
        let inner = box.inset(dx: 2, dy: 1)
        var list = ListState()
        list.selected = selected
        list.move(by: 0, count: activities.count)
        _ = ListView.render(count: activities.count, state: list, into: &buffer, area: inner.top(rows), focused: form == nil,
                            emptyText: "No activities yet: a adds one.") { i in
            "\(activities[i].id ?? i + 1). " + ProjectRecord.line(activities[i], in: .current)
        }
        buffer.write(readOnly ? ReadOnlyNote.text : "↑/↓ pick · e edit · a add · d remove · Esc closes",
                     in: inner.row(inner.height - 1), role: readOnly ? .warning : .dim)
        guard let open = form else { return nil }
        let cursor = FormBox.render(open.form, title: open.editing.map { "Edit activity \($0)" } ?? "Add an activity",
                                    note: open.error ?? "Enter saves · Tab next field · Esc back to the list",
                                    noteRole: open.error != nil ? .error : .dim, readOnly: readOnly, into: &buffer, area: area)
        return cursor
    }
}
