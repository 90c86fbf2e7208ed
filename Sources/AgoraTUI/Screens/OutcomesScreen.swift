import AgoraCore
import Foundation

/// The candidate projects: lead and partner cities, activities with their cadence, next
/// steps and status. `s` moves the status on (`S` back), `a` adds an activity in words
/// ("online exchange every four months"), `e` edits, `n` records a new project, `d`
/// removes, `/` searches.
public struct OutcomesScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case nextStatus, previousStatus, addActivity, editActivities, edit, add, remove, search, clearSearch
        case meeting(MeetingKey)
    }

    /// The one-line activity being typed for a project, or (`replacing`) all its activities
    /// on one line separated by ";" to correct or remove some.
    struct ActivityForm: Equatable, Sendable {
        var project: ProjectID
        var replacing = false
        var form = FormState([.init("Activity", placeholder: "e.g. online exchange every four months")])
        var error: String?
    }

    public var list = ListState()
    var search = SearchField()
    var projectForm: ProjectForm?
    var activityForm: ActivityForm?
    public private(set) var rows: [Int] = []

    public init() {}

    public var title: String { "Outcomes" }
    public var isEditingText: Bool { (projectForm != nil || activityForm != nil || search.isEditing) }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        var keys = ListMove.bindings(Action.list) + [
            KeyBinding(Key("s"), action: .nextStatus, description: "next status", showsInHints: !context.isReadOnly),
            KeyBinding(Key("S"), action: .previousStatus, description: "previous status"),
            KeyBinding(Key("a"), action: .addActivity, description: "add an activity", showsInHints: !context.isReadOnly),
            KeyBinding(Key("A"), action: .editActivities, description: "correct or remove activities"),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: "edit the project"),
            KeyBinding(Key("n"), action: .add, description: "record a new project"),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: "remove the project"),
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
            guard let p = selected(s) else { return [.error("Select a project first")] }
            activityForm = ActivityForm(project: p.id)
        case .editActivities:
            guard let p = selected(s) else { return [.error("Select a project first")] }
            activityForm = ActivityForm(project: p.id, replacing: true,
                                        form: FormState([.init("Activities", value: ActivityText.line(p.activities),
                                                               placeholder: "separated by ;")]))
        case .edit:
            guard let p = selected(s) else { return [.bell] }
            projectForm = ProjectForm(p)
        case .add: projectForm = ProjectForm()
        case .remove:
            guard let p = selected(s) else { return [.bell] }
            return [.confirm(ConfirmRequest(title: "Remove project", message: "Remove the project “\(p.title)”? Undo with u.",
                                            confirmLabel: "Remove"), onConfirm: [.apply(.work(.removeProject(p.id)))])]
        case .search: search.isEditing = true
        case .clearSearch: search = SearchField(); refresh(s)
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
        if search.isEditing {
            guard search.feed(event) else { return nil }
            refresh(context.session)
            return []
        }
        return nil
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
        let body = PhaseHeader.render("Outcomes · \(CountedNoun.project(s.projects.count)) · \(CountedNoun.city(cities)) involved",
                                      context: context, into: &buffer, area: area)
        var cursor: Position?
        if search.isActive { cursor = search.render(matches: rows.count, into: &buffer, row: body.row(0)) }
        else { buffer.write("s status (idea, candidate, agreed, in-progress, done, dropped) · a activity · e edit · n new", in: body.row(0), role: .dim) }
        let rest = body.droppingTop(1)
        let wide = rest.width >= 110
        let tableArea = wide ? Rect(x: rest.x, y: rest.y, width: rest.width / 2, height: rest.height)
                             : rest.top(min(rows.count + 1, max(3, rest.height / 3)))
        let detail = wide ? Rect(x: tableArea.maxX + 2, y: rest.y, width: rest.maxX - tableArea.maxX - 2, height: rest.height)
                          : rest.droppingTop(tableArea.height + 1)
        let rows = self.rows
        let p = TableView.render(
            columns: [TableColumn("#", width: .fixed(3), alignment: .trailing), TableColumn("Project", width: .flex(3)),
                      TableColumn("Lead", width: .flex(1)), TableColumn("Partners", width: .flex(2)),
                      TableColumn("Status", width: .fixed(11))],
            count: rows.count, state: list, into: &buffer, area: tableArea, focused: !search.isEditing,
            emptyText: search.isActive ? "No project matches." : context.isReadOnly ? "No projects." : "No projects yet. Record them on the Work screen, or n here.") { i in
            let p = s.projects[rows[i]]
            return [String(p.id.rawValue), p.title, p.leadCity, p.partnerCities.joined(separator: ", "), p.status.rawValue]
        }
        if !search.isEditing, cursor == nil { cursor = p }
        if let project = selected(s) { ProjectDetail.render(project, session: s, into: &buffer, area: detail) }
        if let open = projectForm {
            cursor = FormBox.render(open.form, title: open.editing == nil ? "Record a candidate project" : "Edit project",
                                    note: open.error ?? "Enter saves · Tab next field · Esc cancels", readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        if let open = activityForm, let project = s.project(open.project) {
            cursor = FormBox.render(open.form, title: open.replacing ? "Activities of “\(project.title)”" : "Activity of “\(project.title)”",
                                    note: open.error ?? (open.replacing ? "Enter saves · edit or delete between the ; · Esc cancels"
                                                                       : "Enter adds · the cadence is read from the words · Esc cancels"),
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }
}
