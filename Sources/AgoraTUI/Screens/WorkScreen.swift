import AgoraCore
import AgoraStore
import Foundation

/// What the groups produce: under each group of each round, the experiences its cities
/// shared and the collaboration projects it found. `a` records an experience for the
/// selected group, `n` a project, `e` edits, `P` opens the same project dialog as `n`,
/// prefilled from the selected experience (``ProjectFields/promoting(_:)``),
/// `d` removes, `A` opens the selected project's activities to edit, add or remove them one
/// at a time (``ActivitiesDialog``); beside an experience, the experiences of other cities
/// on the same challenge.
public struct WorkScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case addExperience, addProject, edit, promote, remove, activities
        case activity(ActivitiesDialog.Action)
        case search(SearchField.Action)
        case meeting(MeetingKey)
    }

    public var list = ListState()
    var experienceForm: ExperienceForm?
    var projectForm: ProjectForm?
    var activities: ActivitiesDialog?
    var search = SearchField()
    var rows = WorkRows()

    public init() {}

    public var title: String { WorkText.table("work.title") }
    public var isEditingText: Bool { (experienceForm != nil || projectForm != nil || activities?.form != nil || search.isEditing) }
    /// The activities list keeps the keys until Esc closes it.
    public var holdsKeys: Bool { activities != nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        if activities != nil { return ActivitiesDialog.keys.map { $0.mapped(Action.activity) } }
        let t = WorkText.table
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("a"), action: .addExperience, description: t("work.key.addExperience"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("n"), action: .addProject, description: t("work.key.addProject"), showsInHints: !context.isReadOnly),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: t("work.key.edit")),
            KeyBinding(Key("P"), action: .promote, description: t("work.key.promote")),
            KeyBinding(Key("A"), action: .activities, description: t("work.key.activities")),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: t("work.key.remove")),
        ] + search.bindings(Action.search, description: t("work.key.search"))
          + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .search: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    func selectedRow() -> WorkRows.Row? { rows.rows.indices.contains(list.selected) ? rows.rows[list.selected] : nil }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session
        let slot = rows.group(at: list.selected)
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.rows.count, visible: max(1, context.area.height - 2))
        case .addExperience:
            experienceForm = ExperienceForm(origin: Origin(topic: slot?.topic, round: slot?.round), session: s)
        case .addProject:
            let origins = slot.map { ProjectOrigins(topics: [$0.topic], rounds: [$0.round]) } ?? ProjectOrigins()
            projectForm = ProjectForm(origins: origins)
        case .edit:
            switch selectedRow() {
            case .experience(let id): if let e = s.experience(id) { experienceForm = ExperienceForm(e, origin: e.origin, session: s) }
            case .project(let id): if let p = s.project(id) { projectForm = ProjectForm(p) }
            default: return [.error(WorkText.table("work.selectToEdit"))]
            }
        case .promote:
            guard case .experience(let id) = selectedRow(), let e = s.experience(id) else { return [.error(WorkText.table("work.selectToPromote"))] }
            projectForm = ProjectForm(.promoting(e), editing: nil)
        case .remove:
            switch selectedRow() {
            case .experience(let id):
                guard let e = s.experience(id) else { return [.bell] }
                let t = WorkText.table
                return [.confirm(ConfirmRequest(title: t("work.removeExperience.title"),
                                                message: t("work.removeExperience.message", ["title": e.title, "city": e.city]),
                                                confirmLabel: t("work.remove")), onConfirm: [.apply(.work(.removeExperience(id)))])]
            case .project(let id):
                guard let p = s.project(id) else { return [.bell] }
                return [.confirm(WorkText.removing(p), onConfirm: [.apply(.work(.removeProject(id)))])]
            default: return [.error(WorkText.table("work.selectToRemove"))]
            }
        case .activities:
            guard case .project(let id) = selectedRow() else { return [.error(WorkText.table("work.selectForActivities"))] }
            activities = ActivitiesDialog(project: id)
        case .activity(let action):
            guard var dialog = activities else { return [] }
            let (close, effects) = dialog.reduce(action, session: s)
            activities = close ? nil : dialog
            return effects
        case .search(let a): if search.reduce(a) { refresh(s) }
        case .meeting(.projector): return [.projector(.groups)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        let s = context.session
        if activities != nil {
            // The list's keys are bindings; an open activity form takes every key.
            return activities!.form.feed(event, context: context, submit: { .apply(try $0.operation(s)) })
        }
        if let open = experienceForm {
            let candidates = NameCompletion.participants(matching: open.form.text("Shared by"), in: s)
            if case .key(let k) = event, open.form.focusedLabel == "Shared by", k == .up || k == .down, !candidates.isEmpty {
                experienceForm?.highlighted = (open.highlighted + (k == .down ? 1 : candidates.count - 1)) % candidates.count
                return []
            }
        }
        let sharer = experienceForm?.form.text("Shared by")
        if let effects = experienceForm.feed(event, context: context,
                                             edited: { if $0.form.text("Shared by") != sharer { $0.highlighted = 0 } },
                                             submit: { .apply(try $0.operation(s)) }) { return effects }
        if let effects = projectForm.feed(event, context: context, submit: { .apply($0.operation(s)) }) { return effects }
        guard let effects = search.input(event) else { return nil }
        refresh(s)
        return effects
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        refresh(context.session)
        if let dialog = activities, context.session.project(dialog.project) == nil { activities = nil }
        activities?.clamp(context.session)
    }

    mutating func refresh(_ s: Session) {
        rows = WorkRows(s, search: search)
        list.move(by: 0, count: rows.rows.count)
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        let t = WorkText.table
        var body = PhaseHeader.render(t("work.header", ["experiences": "\(s.experiences.count)", "projects": "\(s.projects.count)",
                                                        "cities": "\(Set(s.experiences.map(\.city)).count)"]),
                                      context: context, into: &buffer, area: area)
        var searchCursor: Position?
        if search.isActive {
            searchCursor = search.render(matches: rows.itemCount, into: &buffer, row: body.row(0))
            body = body.droppingTop(1)
        }
        let wide = body.width >= 110
        let listArea = wide ? Rect(x: body.x, y: body.y, width: body.width * 11 / 20, height: body.height)
                            : body.top(max(3, body.height - 7))
        let detail = wide ? Rect(x: listArea.maxX + 2, y: body.y, width: body.maxX - listArea.maxX - 2, height: body.height)
                          : body.droppingTop(listArea.height + 1)
        let rows = rows.rows
        var cursor = ListView.render(count: rows.count, state: list, into: &buffer, area: listArea, focused: !search.isEditing,
                                     emptyText: t(search.isActive ? "work.noMatch" : "work.nothingPlanned")) { i in
            switch rows[i] {
            case .group(let slot):
                return t("work.row.group", ["number": "\(s.roundNumber(slot.round) ?? 0)", "topic": s.topic(slot.topic)?.title ?? "?",
                                             "room": s.room(slot.room)?.name ?? ""])
            case .experience(let id):
                let e = s.experience(id)
                return t("work.row.experience", ["city": e?.city ?? "", "title": e?.title ?? "?"])
            case .project(let id):
                let p = s.project(id)
                return t("work.row.project", ["city": p?.leadCity ?? "", "title": p?.title ?? "?"])
            case .unlinked:
                return t("work.row.unlinked")
            }
        }
        renderDetail(s, into: &buffer, area: detail)
        if search.isEditing { cursor = searchCursor }
        if let open = experienceForm {
            let extra = 5
            let note = open.error ?? t("work.form.experienceNote")
            cursor = FormBox.render(open.form, title: t(open.editing == nil ? "work.form.recordExperience" : "work.form.editExperience"),
                                    note: note, noteRole: open.error != nil ? .error : .dim,
                                    extraRows: extra, readOnly: context.isReadOnly, into: &buffer, area: area)
            let candidates = open.form.focusedLabel == "Shared by" ? NameCompletion.participants(matching: open.form.text("Shared by"), in: s) : []
            let under = FormBox.extraArea(fieldCount: open.form.fields.count, extraRows: extra, note: note, readOnly: context.isReadOnly,
                                          in: area, measure: buffer.measure)
            NameCompletion.render(candidates, highlighted: open.highlighted, into: &buffer, area: under.droppingTop(1))
        }
        if let open = projectForm {
            cursor = FormBox.render(open.form, title: WorkText.projectFormTitle(editing: open.editing != nil),
                                    note: open.error ?? ViewText.table("view.form.note"), noteRole: open.error != nil ? .error : .dim,
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        if let dialog = activities {
            cursor = dialog.render(s, readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }

    /// The selected experience with the same challenge elsewhere, or the selected project.
    func renderDetail(_ s: Session, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        let t = WorkText.table
        var lines: [(String, StyleRole)] = []
        switch selectedRow() {
        case .experience(let id):
            guard let e = s.experience(id) else { break }
            lines.append((Typography.labelled(e.city, e.title, in: .current), .header))
            if !e.challenge.isEmpty { lines.append((t("work.detail.challenge", ["text": e.challenge]), .normal)) }
            if !e.action.isEmpty { lines.append((t("work.detail.done", ["text": e.action]), .normal)) }
            if !e.result.isEmpty { lines.append((t("work.detail.result", ["text": e.result]), .normal)) }
            if !e.tags.isEmpty { lines.append((t("work.detail.tags", ["tags": e.tags.joined(separator: ", ")]), .dim)) }
            let related = RelatedExperiences.of(e, in: s)
            lines.append((t("work.detail.related") + (related.isEmpty ? t("work.detail.noneYet") : ""), .accent))
            lines += related.map { ("  \($0.city) · \($0.title)", .normal) }
        case .project(let id):
            guard let p = s.project(id) else { break }
            lines.append((p.title, .header))
            if !p.question.isEmpty { lines.append((p.question, .normal)) }
            lines.append((t("work.detail.leadPartners", ["city": p.leadCity, "partners": p.partnerCities.isEmpty ? t("work.detail.noneYet") : p.partnerCities.joined(separator: ", ")]), .normal))
            lines.append((t("work.detail.activities", ["count": "\(p.activities.count)", "status": ViewText.status(p.status)]), .dim))
        case .group(let slot):
            let ids = Set(s.assignments.lazy.filter { $0.round == slot.round && $0.topic == slot.topic }.map(\.participant))
            let members = s.participants.filter { ids.contains($0.id) }
            lines.append((t("work.detail.members", ["people": "\(members.count)", "cities": "\(Set(members.map(\.city)).count)"]), .header))
            lines.append((members.map(\.name).joined(separator: ", "), .normal))
            lines.append((t("work.detail.groupHint"), .dim))
        default:
            lines.append((t("work.detail.hint"), .dim))
        }
        var y = area.y
        for (text, role) in lines {
            for line in Paragraph.wrap(text, width: area.width, measure: buffer.measure) where y < area.maxY {
                buffer.write(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), role: role); y += 1
            }
        }
    }
}
