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

    /// The fields' names (their labels are ``ActivitiesDialogText``'s, in the language shown).
    static let labels = (text: "Activity", kind: "Kind", every: "Every", due: "Start or due", end: "End", owner: "Owner")

    init(project: ProjectID, activity a: Activity? = nil) {
        self.project = project
        editing = a?.id
        let l = Self.labels, t = ActivitiesDialogText.table
        form = FormState([
            .init(l.text, label: t("activitiesDialog.field.text"), value: a?.text ?? "", placeholder: t("activitiesDialog.placeholder.text")),
            .init(l.kind, label: t("activitiesDialog.field.kind"), value: a.map { ActivityText.kindName($0.kind, in: .current) } ?? "",
                  placeholder: ActivityText.kindChoices(in: .current)),
            .init(l.every, label: t("activitiesDialog.field.every"),
                  // As it is typed, in the language shown ("4 mois"): the field reads it back.
                  value: a?.cadence.map { ActivityText.typed($0, in: .current) } ?? "",
                  placeholder: t("activitiesDialog.placeholder.every")),
            .init(l.due, label: t("activitiesDialog.field.due"), value: a?.due?.description ?? "",
                  placeholder: CommonText.table("common.form.datePlaceholder")),
            .init(l.end, label: t("activitiesDialog.field.end"), value: a?.end?.description ?? "", placeholder: t("activitiesDialog.placeholder.end")),
            .init(l.owner, label: t("activitiesDialog.field.owner"), value: a?.owner ?? "", placeholder: t("activitiesDialog.placeholder.owner")),
        ])
    }

    /// The operation the form describes; a field typed wrong throws a message naming it.
    func operation(_ s: Session) throws -> AgoraCore.Operation {
        let l = Self.labels
        func field<T>(_ name: String, _ read: () throws -> T) throws -> T { try form.reading(name, read) }
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

    /// The dialog's keys, described in the language shown (built each time: never a
    /// `static let`, which would keep the first language).
    static var keys: [KeyBinding<Action>] {
        let t = ActivitiesDialogText.table
        return [
            KeyBinding(keys: [.up, Key("k")], action: .up, description: t("activitiesDialog.key.up"), showsInHints: false),
            KeyBinding(keys: [.down, Key("j")], action: .down, description: t("activitiesDialog.key.down"), showsInHints: false),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: t("activitiesDialog.key.edit"), showsInHints: true),
            KeyBinding(Key("a"), action: .add, description: t("activitiesDialog.key.add"), showsInHints: true),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: t("activitiesDialog.key.remove"), showsInHints: true),
            KeyBinding(.escape, action: .close, description: t("activitiesDialog.key.close"), showsInHints: true),
        ]
    }

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
            guard activities.indices.contains(selected) else { return (false, [.error(ActivitiesDialogText.table("activitiesDialog.noneToEdit"))]) }
            form = ActivityForm(project: self.project, activity: activities[selected])
        case .remove:
            guard activities.indices.contains(selected), let number = activities[selected].id, let project else { return (false, [.bell]) }
            let t = ActivitiesDialogText.table
            return (false, [.confirm(ConfirmRequest(title: t("activitiesDialog.remove.title"),
                                                    message: t("activitiesDialog.remove.message", ["text": activities[selected].text, "title": project.title]),
                                                    confirmLabel: t("activitiesDialog.remove.confirm")),
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
        let t = ActivitiesDialogText.table
        buffer.box(box, title: t("activitiesDialog.title", ["title": project?.title ?? "?"]), role: .border)
        let inner = box.inset(dx: 2, dy: 1)
        var list = ListState()
        list.selected = selected
        list.move(by: 0, count: activities.count)
        // Each activity on its row with its "(when; who)" whole, its text cut before it
        // (2 columns for "› ", 1 for a scroll bar).
        let measure = buffer.measure, rowWidth = inner.width - 3
        _ = ListView.render(count: activities.count, state: list, into: &buffer, area: inner.top(rows), focused: form == nil,
                            emptyText: t("activitiesDialog.empty")) { i in
            ProjectDetail.activityRow(activities[i], width: rowWidth, measure: measure)
        }
        guard let open = form else {
            buffer.write(readOnly ? ReadOnlyNote.text : t("activitiesDialog.listNote"),
                         in: inner.row(inner.height - 1), role: readOnly ? .warning : .dim)
            return nil
        }
        // The form's own note says what its keys do; the list's (e edits, d removes…) would
        // show under it and mislead.
        let cursor = FormBox.render(open.form, title: open.editing.map { t("activitiesDialog.form.edit", ["number": "\($0)"]) } ?? t("activitiesDialog.form.add"),
                                    note: open.error ?? t("activitiesDialog.form.note"),
                                    noteRole: open.error != nil ? .error : .dim, readOnly: readOnly, into: &buffer, area: area)
        return cursor
    }
}
