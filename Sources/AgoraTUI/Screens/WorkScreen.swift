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
        case addExperience, addProject, edit, promote, remove, search, clearSearch, activities
        case activity(ActivitiesDialog.Action)
        case meeting(MeetingKey)
    }

    public var list = ListState()
    var experienceForm: ExperienceForm?
    var projectForm: ProjectForm?
    var activities: ActivitiesDialog?
    var search = SearchField()
    var rows = WorkRows()

    public init() {}

    public var title: String { "Work" }
    public var isEditingText: Bool { (experienceForm != nil || projectForm != nil || activities?.form != nil || search.isEditing) }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        if activities != nil { return ActivitiesDialog.keys.map { $0.mapped(Action.activity) } }
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("a"), action: .addExperience, description: "record an experience", showsInHints: !context.isReadOnly),
            KeyBinding(Key("n"), action: .addProject, description: "record a project", showsInHints: !context.isReadOnly),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: "edit the experience or project"),
            KeyBinding(Key("P"), action: .promote, description: "promote the experience to a project"),
            KeyBinding(Key("A"), action: .activities, description: "the project's activities, one at a time"),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: "remove the experience or project"),
            KeyBinding(Key("/"), action: .search, description: "search experiences and projects"),
        ] + (search.isActive ? [KeyBinding(.escape, action: .clearSearch, description: "clear the search")] : [])
          + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .search, .clearSearch: true
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
            default: return [.error("Select an experience or a project to edit")]
            }
        case .promote:
            guard case .experience(let id) = selectedRow(), let e = s.experience(id) else { return [.error("Select an experience to promote")] }
            projectForm = ProjectForm(.promoting(e), editing: nil)
        case .remove:
            switch selectedRow() {
            case .experience(let id):
                guard let e = s.experience(id) else { return [.bell] }
                return [.confirm(ConfirmRequest(title: "Remove experience", message: "Remove “\(e.title)” (\(e.city))? Undo with u.",
                                                confirmLabel: "Remove"), onConfirm: [.apply(.work(.removeExperience(id)))])]
            case .project(let id):
                guard let p = s.project(id) else { return [.bell] }
                return [.confirm(ConfirmRequest(title: "Remove project", message: "Remove the project “\(p.title)”? Undo with u.",
                                                confirmLabel: "Remove"), onConfirm: [.apply(.work(.removeProject(id)))])]
            default: return [.error("Select an experience or a project to remove")]
            }
        case .activities:
            guard case .project(let id) = selectedRow() else { return [.error("Select a project to edit its activities")] }
            activities = ActivitiesDialog(project: id)
        case .activity(let action):
            guard var dialog = activities else { return [] }
            let (close, effects) = dialog.reduce(action, session: s)
            activities = close ? nil : dialog
            return effects
        case .search: search.isEditing = true
        case .clearSearch: search = SearchField(); refresh(s)
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
        if let effects = experienceForm.feed(event, context: context, errorPrefix: "Shared by: ",
                                             edited: { if $0.form.text("Shared by") != sharer { $0.highlighted = 0 } },
                                             submit: { .apply(try $0.operation(s)) }) { return effects }
        if let effects = projectForm.feed(event, context: context, submit: { .apply($0.operation(s)) }) { return effects }
        if search.isEditing {
            guard search.feed(event) else { return nil }
            refresh(s)
            return []
        }
        return nil
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
        var body = PhaseHeader.render("Work · \(CountedNoun.experience(s.experiences.count)) · \(CountedNoun.project(s.projects.count)) · "
                                      + "\(CountedNoun.city(Set(s.experiences.map(\.city)).count)) shared",
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
                                     emptyText: search.isActive ? "Nothing matches the search." : "Nothing planned yet.") { i in
            switch rows[i] {
            case .group(let slot):
                return "R\(s.roundNumber(slot.round) ?? 0) · \(s.topic(slot.topic)?.title ?? "?") (\(s.room(slot.room)?.name ?? ""))"
            case .experience(let id):
                let e = s.experience(id)
                return "   experience · \(e?.city ?? "") · \(e?.title ?? "?")"
            case .project(let id):
                let p = s.project(id)
                return "   project · \(p?.leadCity ?? "") · \(p?.title ?? "?")"
            case .unlinked:
                return "Not linked to a group"
            }
        }
        renderDetail(s, into: &buffer, area: detail)
        if search.isEditing { cursor = searchCursor }
        if let open = experienceForm {
            let extra = 5
            cursor = FormBox.render(open.form, title: open.editing == nil ? "Record an experience" : "Edit experience",
                                    note: open.error ?? "Enter saves · Tab next field · ↑/↓ pick a name · Esc cancels",
                                    extraRows: extra, readOnly: context.isReadOnly, into: &buffer, area: area)
            let candidates = open.form.focusedLabel == "Shared by" ? NameCompletion.participants(matching: open.form.text("Shared by"), in: s) : []
            NameCompletion.render(candidates, highlighted: open.highlighted, into: &buffer,
                                  area: FormBox.extraArea(fieldCount: open.form.fields.count, extraRows: extra, in: area).droppingTop(1))
            if open.error != nil { restyleNote(fieldCount: open.form.fields.count, extraRows: extra, into: &buffer, area: area) }
        }
        if let open = projectForm {
            cursor = FormBox.render(open.form, title: open.editing == nil ? "Record a candidate project" : "Edit project",
                                    note: open.error ?? "Enter saves · Tab next field · Esc cancels", readOnly: context.isReadOnly, into: &buffer, area: area)
            if open.error != nil { restyleNote(fieldCount: open.form.fields.count, extraRows: 0, into: &buffer, area: area) }
        }
        if let dialog = activities {
            cursor = dialog.render(s, readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }

    func restyleNote(fieldCount: Int, extraRows: Int, into buffer: inout Buffer, area: Rect) {
        let box = FormBox.frame(fieldCount: fieldCount, extraRows: extraRows, in: area)
        buffer.restyle(Rect(x: box.x + 2, y: box.maxY - 2, width: box.width - 4, height: 1), role: .error)
    }

    /// The selected experience with the same challenge elsewhere, or the selected project.
    func renderDetail(_ s: Session, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        var lines: [(String, StyleRole)] = []
        switch selectedRow() {
        case .experience(let id):
            guard let e = s.experience(id) else { break }
            lines.append(("\(e.city): \(e.title)", .header))
            if !e.challenge.isEmpty { lines.append(("Challenge: \(e.challenge)", .normal)) }
            if !e.action.isEmpty { lines.append(("Done: \(e.action)", .normal)) }
            if !e.result.isEmpty { lines.append(("Result: \(e.result)", .normal)) }
            if !e.tags.isEmpty { lines.append(("Tags: " + e.tags.joined(separator: ", "), .dim)) }
            let related = RelatedExperiences.of(e, in: s)
            lines.append(("Same challenge elsewhere: " + (related.isEmpty ? "none yet" : ""), .accent))
            lines += related.map { ("  \($0.city) · \($0.title)", .normal) }
        case .project(let id):
            guard let p = s.project(id) else { break }
            lines.append((p.title, .header))
            if !p.question.isEmpty { lines.append((p.question, .normal)) }
            lines.append(("Lead \(p.leadCity) · partners " + (p.partnerCities.isEmpty ? "none yet" : p.partnerCities.joined(separator: ", ")), .normal))
            lines.append(("\(CountedNoun.activity(p.activities.count)) (A to edit them) · status \(p.status.rawValue) · more on the Outcomes screen", .dim))
        case .group(let slot):
            let ids = Set(s.assignments.lazy.filter { $0.round == slot.round && $0.topic == slot.topic }.map(\.participant))
            let members = s.participants.filter { ids.contains($0.id) }
            lines.append(("\(CountedNoun.person(members.count)) from \(CountedNoun.city(Set(members.map(\.city)).count))", .header))
            lines.append((members.map(\.name).joined(separator: ", "), .normal))
            lines.append(("a records an experience of this group, n a project", .dim))
        default:
            lines.append(("a records an experience, n a project", .dim))
        }
        var y = area.y
        for (text, role) in lines {
            for line in Paragraph.wrap(text, width: area.width, measure: buffer.measure) where y < area.maxY {
                buffer.write(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), role: role); y += 1
            }
        }
    }
}
