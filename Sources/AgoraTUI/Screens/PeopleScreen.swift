import AgoraCore
import Foundation

/// The people in the room: add one on the spot (`a`, name, Tab, city, Enter), edit (`e`),
/// mark present or absent (`h`), remove after a confirmation (`d`), import a CSV file
/// through the palette (`i`), search (`/`); the count per city beside the list.
public struct PeopleScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case add, edit, remove, togglePresent, importCSV
        case search(SearchField.Action)
        case meeting(MeetingKey)
    }

    /// The open add/edit form.
    public struct PersonForm: Equatable, Sendable {
        public var form: FormState
        public var editing: ParticipantID?
        public var error: String?
        /// A new city close to a known one that the facilitator was asked about: Enter again adds it.
        public var askedCity: String?
    }

    public var list = ListState()
    var search = SearchField()
    public var personForm: PersonForm?
    /// Indices into `session.participants` shown.
    public private(set) var rows: [Int] = []

    public init() {}

    public var title: String { PeopleText.table("peopleScreen.title") }
    public var isEditingText: Bool { (personForm != nil || search.isEditing) }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = PeopleText.table
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("a"), action: .add, description: t("peopleScreen.key.add"), showsInHints: !context.isReadOnly),
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: t("peopleScreen.key.edit")),
            KeyBinding(Key("h"), action: .togglePresent, description: t("peopleScreen.key.here")),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: t("peopleScreen.key.remove")),
            KeyBinding(Key("i"), action: .importCSV, description: t("peopleScreen.key.import")),
        ] + search.bindings(Action.search, showsInHints: true) + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .search: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    func selected(_ s: Session) -> Participant? {
        rows.indices.contains(list.selected) ? s.participants[rows[list.selected]] : nil
    }

    static func form(_ p: Participant? = nil) -> FormState {
        let t = PeopleText.table, optional = CommonText.table("common.form.optional")
        return FormState([.init("Name", label: t("peopleScreen.field.name"), value: p?.name ?? ""),
                          .init("City", label: t("peopleScreen.field.city"), value: p?.city ?? ""),
                          .init("Organization", label: t("peopleScreen.field.organization"), value: p?.organization ?? "", placeholder: optional),
                          .init("Role", label: t("peopleScreen.field.role"), value: p?.role ?? "", placeholder: optional)])
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: max(1, context.area.height - 3))
        case .add: personForm = PersonForm(form: Self.form())
        case .edit:
            guard let p = selected(s) else { return [.bell] }
            personForm = PersonForm(form: Self.form(p), editing: p.id)
        case .togglePresent:
            guard let p = selected(s) else { return [.bell] }
            return [.apply(.people(.setPresent(p.id, !p.present)))]
        case .remove:
            guard let p = selected(s) else { return [.bell] }
            let t = PeopleText.table
            return [.confirm(ConfirmRequest(title: t("peopleScreen.remove.title"),
                                            message: t("peopleScreen.remove.message", ["name": p.name, "city": p.city]),
                                            confirmLabel: t("peopleScreen.remove")),
                             onConfirm: [.apply(.people(.remove(p.id)))])]
        case .importCSV: return [.openPalette("import participants ")]
        case .search(let a): if search.reduce(a) { refresh(s) }
        case .meeting(.projector): return [.projector(.timer)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    /// While the City field is focused: the known cities that start with what is typed (Core's
    /// ``Session/cityCompletions(for:)``), so that a city is typed the same way each time.
    static func cityNote(_ open: PersonForm, in s: Session) -> String? {
        guard open.form.focusedLabel == "City" else { return nil }
        let typed = open.form.text("City")
        let known = s.cityCompletions(for: typed)
        guard !known.isEmpty, !(known.count == 1 && TextRules.searchKey(known[0]) == TextRules.searchKey(typed)) else { return nil }
        return PeopleText.table("peopleScreen.knownCities", ["cities": known.prefix(5).joined(separator: ", ") + (known.count > 5 ? ", …" : "")])
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        let adding = personForm?.editing == nil
        if let effects = personForm.feed(event, context: context, submit: { open in
            let f = open.form
            // A new person's city typed as a known one in other case or accents takes the known spelling.
            let typedCity = f.text("City")
            let spelled = open.editing == nil ? context.session.knownSpelling(of: typedCity) ?? typedCity : typedCity
            let fields = ParticipantFields(name: f.text("Name"), city: spelled,
                                           organization: f.text("Organization"), role: f.text("Role"))
            let op: AgoraCore.Operation = open.editing.map { .people(.edit($0, fields)) } ?? .people(.add(fields))
            if let problem = Trial.error(of: op, in: context) { return .refuse(problem) }
            // A new city that looks like a known one ("Nai", "Bordaux"): ask once before adding it.
            let city = TextRules.singleLine(fields.city)
            if open.askedCity != city, let known = context.session.closeKnownCity(to: city) {
                open.askedCity = city
                return .ask(PeopleText.didYouMean(known, city))
            }
            return .apply(op)
        }) {
            if adding, effects.appliesChange { list.select(Int.max, count: rows.count + 1) }   // follow the new person
            return effects
        }
        guard let effects = search.input(event) else { return nil }
        refresh(context.session)
        return effects
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        refresh(context.session)
    }

    mutating func refresh(_ s: Session) {
        rows = s.participants.indices.filter { i in
            let p = s.participants[i]
            return search.matches([p.name, p.city, p.organization, p.role])
        }
        list.move(by: 0, count: rows.count)
    }

    /// People per city, most first (ties by name).
    static func cityCounts(_ s: Session) -> [(city: String, count: Int)] {
        Dictionary(grouping: s.participants, by: \.city).map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session, t = PeopleText.table
        buffer.fill(area, role: .normal)
        let present = s.participants.lazy.filter(\.present).count
        let cities = Self.cityCounts(s)
        let body = PhaseHeader.render(t("peopleScreen.header", ["count": "\(s.participants.count)", "present": "\(present)",
                                                               "cities": DomainWord.city.noun(in: .current)(cities.count)]),
                                      context: context, into: &buffer, area: area)
        var cursor: Position?
        let line = body.row(0)
        if search.isActive { cursor = search.render(matches: rows.count, into: &buffer, row: line) }
        else { buffer.write(cities.map { "\($0.city) \($0.count)" }.joined(separator: " · "), in: line, role: .dim) }
        var table = body.droppingTop(1)
        if table.width >= 110 {   // the count per city beside the list
            let side = Rect(x: table.maxX - 30, y: table.y, width: 30, height: table.height)
            table = Rect(x: table.x, y: table.y, width: table.width - 32, height: table.height)
            buffer.write(t("peopleScreen.perCity"), in: side.row(0), role: .header)
            for (i, c) in cities.enumerated() where i + 1 < side.height {
                let row = side.row(i + 1)
                buffer.write(c.city, in: Rect(x: row.x, y: row.y, width: row.width - 5, height: 1), role: .normal)
                buffer.write(String(c.count), in: Rect(x: row.maxX - 4, y: row.y, width: 4, height: 1), role: .accent, alignment: .trailing)
            }
        }
        let rows = self.rows
        let p = TableView.render(
            columns: [TableColumn("#", width: .fixed(3), alignment: .trailing), TableColumn(t("peopleScreen.column.name"), width: .flex(3)),
                      TableColumn(t("peopleScreen.column.city"), width: .flex(2)), TableColumn(t("peopleScreen.column.organization"), width: .flex(3)),
                      TableColumn(t("peopleScreen.column.here"), width: .fixed(4))],
            count: rows.count, state: list, into: &buffer, area: table, focused: !search.isEditing,
            emptyText: t(search.isActive ? "peopleScreen.noMatch" : context.isReadOnly ? "peopleScreen.nobody" : "peopleScreen.nobodyYet")) { i in
            let p = s.participants[rows[i]]
            return [String(p.id.rawValue), p.name, p.city, p.organization, t(p.present ? "peopleScreen.yes" : "peopleScreen.no")]
        }
        if !search.isEditing, cursor == nil { cursor = p }
        if let open = personForm {
            cursor = FormBox.render(open.form, title: open.editing.map { t("peopleScreen.form.edit", ["n": "\($0.rawValue)"]) } ?? t("peopleScreen.form.add"),
                                    note: open.error ?? Self.cityNote(open, in: s) ?? CommonText.table("common.form.note"),
                                    noteRole: open.error.map { PeopleText.isQuestion($0) ? StyleRole.dim : .error } ?? .dim,
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }
}
