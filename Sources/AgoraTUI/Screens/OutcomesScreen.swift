import AgoraCore
import Foundation

/// The candidate projects: lead and partner cities, activities with their cadence, next
/// steps and status. `s` moves the status on (`S` back), `a` adds an activity in words
/// ("online exchange every four months"), `e` edits, `n` records a new project, `d`
/// removes, `/` searches, `r` writes the report's framing (context, synthesis, contact).
public struct OutcomesScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case nextStatus, previousStatus, addActivity, editActivities, edit, add, remove
        case search(SearchField.Action)
        /// The report's framing form.
        case framing
        case meeting(MeetingKey)
    }

    /// The one-line activity being typed for a project, or (`replacing`) all its activities
    /// on one line separated by ";" to correct or remove some.
    struct ActivityForm: Equatable, Sendable {
        var project: ProjectID
        var replacing = false
        var form = FormState([.init("Activity", label: WorkText.table("work.field.activity"), placeholder: WorkText.table("work.placeholder.activity"))])
        var error: String?
    }

    public var list = ListState()
    var search = SearchField()
    var projectForm: ProjectForm?
    var activityForm: ActivityForm?
    var framingForm: FramingForm?
    public private(set) var rows: [Int] = []

    public init() {}

    public var title: String { OutcomesText.table("outcomes.title") }
    public var isEditingText: Bool { (projectForm != nil || activityForm != nil || framingForm != nil || search.isEditing) }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = OutcomesText.table
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("s"), action: .nextStatus, description: t("outcomes.key.nextStatus"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("S"), action: .previousStatus, description: t("outcomes.key.previousStatus")),
            KeyBinding(Key("a"), action: .addActivity, description: t("outcomes.key.addActivity"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("A"), action: .editActivities, description: t("outcomes.key.editActivities")),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: t("outcomes.key.edit")),
            KeyBinding(Key("n"), action: .add, description: t("outcomes.key.add")),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: t("outcomes.key.remove")),
            KeyBinding(Key("r"), action: .framing, description: t("outcomes.key.framing")),
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

    func selected(_ s: Session) -> Project? { rows.indices.contains(list.selected) ? s.projects[rows[list.selected]] : nil }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: max(1, (context.area.height - 2) / 2))
        case .nextStatus, .previousStatus:
            guard let p = selected(s) else { return [.bell] }
            let all = ProjectStatus.allCases
            let i = all.firstIndex(of: p.status) ?? 0
            let next = all[(i + (action == .nextStatus ? 1 : all.count - 1)) % all.count]
            return [.apply(.work(.setProjectStatus(p.id, next)))]
        case .addActivity:
            guard let p = selected(s) else { return [.error(OutcomesText.table("outcomes.selectProject"))] }
            activityForm = ActivityForm(project: p.id)
        case .editActivities:
            guard let p = selected(s) else { return [.error(OutcomesText.table("outcomes.selectProject"))] }
            activityForm = ActivityForm(project: p.id, replacing: true,
                                        form: FormState([.init("Activities", label: WorkText.table("work.field.activities"),
                                                               value: ActivityText.line(p.activities), placeholder: WorkText.table("work.placeholder.semicolons", ["separator": ";"]))]))
        case .edit:
            guard let p = selected(s) else { return [.bell] }
            projectForm = ProjectForm(p)
        case .add: projectForm = ProjectForm()
        case .remove:
            guard let p = selected(s) else { return [.bell] }
            return [.confirm(WorkText.removing(p), onConfirm: [.apply(.work(.removeProject(p.id)))])]
        case .framing: framingForm = FramingForm(s.framing)
        case .search(let a): if search.reduce(a) { refresh(s) }
        case .meeting(.projector): return [.projector(.projects)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        if let effects = activityForm.feed(event, context: context, submit: { open in
            if open.replacing, let project = context.session.project(open.project) {
                var fields = project.fields
                fields.activities = ActivityText.list(open.form.text("Activities"), keeping: project.activities, in: context.session)
                return .apply(.work(.editProject(project.id, fields)))
            }
            return .apply(.work(.addActivity(open.project, ActivityText.parse(open.form.text("Activity"), in: context.session))))
        }) { return effects }
        if let effects = projectForm.feed(event, context: context, submit: { .apply($0.operation(context.session)) }) { return effects }
        if let effects = framingForm.feed(event, context: context, submit: { .apply($0.operation()) }) { return effects }
        guard let effects = search.input(event) else { return nil }
        refresh(context.session)
        return effects
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        refresh(context.session)
    }

    mutating func refresh(_ s: Session) {
        rows = s.projects.indices.filter { i in
            let p = s.projects[i]
            return search.matches([p.title, p.question, p.leadCity, p.description] + p.partnerCities + p.interestedCities
                                  + p.themes + p.activities.map(\.text) + p.nextSteps)
        }
        list.move(by: 0, count: rows.count)
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        let cities = Set(s.projects.flatMap(\.allCities)).count
        let t = OutcomesText.table
        let body = PhaseHeader.render(t("outcomes.header", ["projects": "\(s.projects.count)", "cities": "\(cities)"]),
                                      context: context, into: &buffer, area: area)
        var cursor: Position?
        if search.isActive { cursor = search.render(matches: rows.count, into: &buffer, row: body.row(0)) }
        else {
            let keys = t("outcomes.hint.keys", ["statuses": ProjectStatus.allCases.map(ViewText.status).joined(separator: ", ")])
            let all = keys + t("outcomes.hint.report")   // the framing key only where it fits whole (? lists it anyway)
            // Without the statuses' names when even the keys do not fit whole: never a word cut.
            buffer.write(TextFit.first([all, keys, t("outcomes.hint.short")], width: body.width, measure: buffer.measure),
                         in: body.row(0), role: .dim)
        }
        let rest = body.droppingTop(1)
        let wide = rest.width >= 110
        let tableArea = wide ? Rect(x: rest.x, y: rest.y, width: rest.width / 2, height: rest.height)
                             : rest.top(min(rows.count + 1, max(3, rest.height / 3)))
        let detail = wide ? Rect(x: tableArea.maxX + 2, y: rest.y, width: rest.maxX - tableArea.maxX - 2, height: rest.height)
                          : rest.droppingTop(tableArea.height + 1)
        let rows = self.rows
        let p = TableView.render(
            columns: [TableColumn("#", width: .fixed(3), alignment: .trailing), TableColumn(t("outcomes.column.project"), width: .flex(3)),
                      TableColumn(t("outcomes.column.lead"), width: .flex(1)), TableColumn(t("outcomes.column.partners"), width: .flex(2)),
                      TableColumn(t("outcomes.column.status"), width: .fixed(11))],
            count: rows.count, state: list, into: &buffer, area: tableArea, focused: !search.isEditing,
            emptyText: t(search.isActive ? "outcomes.noMatch" : context.isReadOnly ? "outcomes.none" : "outcomes.noneYet")) { i in
            let p = s.projects[rows[i]]
            return [String(p.id.rawValue), p.title, p.leadCity, p.partnerCities.joined(separator: ", "), ViewText.status(p.status)]
        }
        if !search.isEditing, cursor == nil { cursor = p }
        if let project = selected(s) { ProjectDetail.render(project, session: s, into: &buffer, area: detail) }
        if let open = projectForm {
            cursor = FormBox.render(open.form, title: WorkText.projectFormTitle(editing: open.editing != nil),
                                    note: open.error ?? ViewText.table("view.form.note"), noteRole: open.error != nil ? .error : .dim, readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        if let open = framingForm {
            cursor = FormBox.render(open.form, title: t("outcomes.framing.title"),
                                    note: open.error ?? t("outcomes.framing.note"), noteRole: open.error != nil ? .error : .dim,
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        if let open = activityForm, let project = s.project(open.project) {
            cursor = FormBox.render(open.form, title: t(open.replacing ? "outcomes.activities.title" : "outcomes.activity.title", ["title": project.title]),
                                    note: open.error ?? t(open.replacing ? "outcomes.activities.note" : "outcomes.activity.note", ["separator": ";"]),
                                    noteRole: open.error != nil ? .error : .dim,
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }
}
