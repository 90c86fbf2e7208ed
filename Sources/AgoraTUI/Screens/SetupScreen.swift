import AgoraCore
import AgoraStore
import Foundation

/// The frame of the meeting: its header, rooms with their seats, rounds with start and
/// length, the voting rules and the group rules. `e` (or Enter) edits the selected part
/// in a form, `a` adds a room or a round (where the selection is), `d` removes one.
public struct SetupScreen: MeetingPhaseScreen {
    public enum Row: Equatable, Sendable {
        case meeting, roomsHeading, room(RoomID), roundsHeading, round(RoundID), voting, groupRules
    }

    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case edit, add, remove
        /// The meeting's language, the next of English, French, Spanish.
        case language
        case meeting(MeetingKey)
    }

    public var list = ListState()
    var setupForm: SetupForm?
    public private(set) var rows: [Row] = []

    public init() {}

    public var title: String { SetupText.table("setupScreen.title") }
    public var isEditingText: Bool { setupForm != nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = SetupText.table
        return ListMove.bindings(Action.list) + [
            KeyBinding(keys: [Key("e"), .enter], action: .edit, description: t("setupScreen.key.edit"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("a"), action: .add, description: t("setupScreen.key.add")),
            KeyBinding(keys: [Key("d"), .delete], action: .remove, description: t("setupScreen.key.remove")),
            KeyBinding(Key("l"), action: .language, description: t("setupScreen.key.language")),
        ] + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    static func rows(_ s: Session) -> [Row] {
        [.meeting, .roomsHeading] + s.rooms.map { .room($0.id) } + [.roundsHeading] + s.rounds.map { .round($0.id) }
            + [.voting, .groupRules]
    }

    func selectedRow() -> Row? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session, t = SetupText.table
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: max(1, context.area.height - 2))
        case .edit:
            switch selectedRow() {
            case .meeting: setupForm = SetupForm(.meeting, session: s)
            case .roomsHeading: setupForm = SetupForm(.addRoom, session: s)
            case .room(let id): setupForm = SetupForm(.room(id), session: s)
            case .roundsHeading: setupForm = SetupForm(.addRound, session: s)
            case .round(let id): setupForm = SetupForm(.round(id), session: s)
            case .voting: setupForm = SetupForm(.voting, session: s)
            case .groupRules: setupForm = SetupForm(.groupRules, session: s)
            case nil: return [.bell]
            }
        case .add:
            switch selectedRow() {
            case .roomsHeading, .room: setupForm = SetupForm(.addRoom, session: s)
            case .roundsHeading, .round: setupForm = SetupForm(.addRound, session: s)
            default: return [.error(t("setupScreen.selectToAdd"))]
            }
        case .remove:
            switch selectedRow() {
            case .room(let id):
                let name = s.room(id)?.name ?? t("setupScreen.theRoom")
                return [.confirm(ConfirmRequest(title: t("setupScreen.removeRoom.title"), message: t("setupScreen.removeRoom.message", ["name": name]),
                                                confirmLabel: t("setupScreen.remove")),
                                 onConfirm: [.apply(.setup(.removeRoom(id)))])]
            case .round(let id):
                let n = s.roundNumber(id) ?? 0
                return [.confirm(ConfirmRequest(title: t("setupScreen.removeRound.title"), message: t("setupScreen.removeRound.message", ["n": "\(n)"]),
                                                confirmLabel: t("setupScreen.remove")),
                                 onConfirm: [.apply(.setup(.removeRound(id)))])]
            default: return [.error(t("setupScreen.selectToRemove"))]
            }
        case .language:
            let all = Language.allCases, now = s.language ?? .en
            return [.apply(.setup(.setLanguage(all[((all.firstIndex(of: now) ?? 0) + 1) % all.count])))]
        case .meeting(.projector): return [.projector(.timer)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        setupForm.feed(event, context: context, submit: { .apply(try $0.operation(context.session)) })
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        rows = Self.rows(context.session)
        list.move(by: 0, count: rows.count)
    }

    // MARK: View

    static func text(_ row: Row, _ s: Session) -> String {
        let t = SetupText.table, language = Language.current
        let room = DomainWord.room.noun(in: language), seat = DomainWord.seat.noun(in: language)
        switch row {
        case .meeting:
            let m = s.meeting
            // The meeting's language first when it is set, so that 80 columns show it.
            return SetupText.rowLabel("setupScreen.row.meeting") + (s.language.map { t("setupScreen.languageName.\($0)") + " · " } ?? "")
                + "\(m.title) · \(m.hostCity)\(m.venue.isEmpty ? "" : ", \(m.venue)") · \(m.date) · \(m.area.title)"
        case .roomsHeading:
            return SetupText.rowLabel("setupScreen.row.rooms") + "\(room(s.rooms.count)), \(seat(s.rooms.reduce(0) { $0 + $1.capacity }))"
        case .room(let id):
            let r = s.room(id)
            return "           \(r?.name ?? "?") · \(seat(r?.capacity ?? 0))"
        case .roundsHeading:
            return SetupText.rowLabel("setupScreen.row.rounds") + DomainWord.round.noun(in: language)(s.rounds.count)
        case .round(let id):
            let r = s.round(id)
            return "           " + t("setupScreen.round", ["n": "\(s.roundNumber(id) ?? 0)", "times": r.map { "\($0.start)–\($0.end)" } ?? "",
                                                        "minutes": "\(r?.minutes ?? 0)"])
        case .voting:
            let v = s.voting
            // Whether voting is open comes second: it is what 80 columns must still show.
            var text = SetupText.rowLabel("setupScreen.row.voting") + VoteText.methodWord(v.method)
                + " · " + VoteScreen.statusWord(s.votingStatus) + " · " + t("setupScreen.dotsEach", ["count": "\(v.dotsPerParticipant)"])
            if let cap = v.capPerTopic { text += " · " + t("setupScreen.capPerTopic", ["cap": "\(cap)"]) }
            return text + " · " + t(v.hideTalliesUntilClose ? "setupScreen.talliesHidden" : "setupScreen.talliesShown")
        case .groupRules:
            let g = s.groupRules
            return SetupText.rowLabel("setupScreen.row.groups")
                + (g.maxSize.map { t("setupScreen.groupSizes", ["min": "\(g.minSize)", "max": "\($0)"]) }
                   ?? t("setupScreen.groupSizesToRoom", ["min": "\(g.minSize)"]))
                + " · " + (g.maxPerCity.map { t("setupScreen.perCity", ["n": "\($0)"]) } ?? t("setupScreen.noCityLimit"))
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session, t = SetupText.table
        buffer.fill(area, role: .normal)
        let body = PhaseHeader.render(t("setupScreen.header", ["area": s.meeting.area.title, "city": s.meeting.hostCity, "date": "\(s.meeting.date)"]),
                                      context: context, into: &buffer, area: area)
        buffer.write(t(context.isReadOnly ? "setupScreen.hintsReadOnly" : "setupScreen.hints"), in: body.row(0), role: .dim)
        let rows = self.rows
        // A row of rules too long for the terminal drops its last rules whole and ends with
        // " · …" (e shows them all), rather than cutting a word. (2 columns for "› ", 1 for a scroll bar.)
        let rowWidth = body.width - 3, measure = buffer.measure
        var cursor = ListView.render(count: rows.count, state: list, into: &buffer, area: body.droppingTop(1)) { i in
            switch rows[i] {
            case .voting, .groupRules: TextFit.facts(Self.text(rows[i], s), width: rowWidth, measure: measure, marked: true)
            default: Self.text(rows[i], s)
            }
        }
        if let open = setupForm {
            cursor = FormBox.render(open.form, title: open.title,
                                    note: open.error ?? CommonText.table("common.form.note"), noteRole: open.error != nil ? .error : .dim,
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }
}
