import AgoraCore
import AgoraStore
import Foundation

/// The plan: which topics run (the selection, with pins) and where (the rounds × rooms
/// grid, with its conflicts). `s` selects the top of the vote, `g` generates the plan with
/// the fewest conflicts, `m` moves a topic (onto another one: they swap), `l` pins it in
/// place, `i`/`x` pin a topic in or drop it from the selection, `f` switches panes.
public struct PlanScreen: MeetingPhaseScreen {
    public enum Pane: Sendable, Equatable { case selection, grid }

    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case cell(dx: Int, dy: Int)
        case switchPane, select, generate
        case pinIn, drop, pickUpOrPlace, lockSlot, unplan, cancelMove
        case meeting(MeetingKey)
        /// The plan the workflow generated off the loop with `seed` (nil: cancelled).
        case generated(Result<PlanGeneration, AgoraError>?, seed: UInt64)
    }

    public var pane: Pane = .selection
    public var list = ListState()
    /// The grid cursor: round index, room index.
    public var round = 0, room = 0
    /// The topic being moved to another cell.
    public var carrying: TopicID?
    /// Each `g` tries the next seed: another plan as good or better, pins kept.
    public var seed: UInt64 = 1
    /// Active topics in rank order, and the plan's conflicts: computed when the session changes.
    var ranked: [TopicResult] = []
    var conflicts = 0
    /// Topics with more backers than seats, computed once per change (Core's ``Session/seatShortages()``).
    var shortages: [SeatShortage]?

    public init() {}

    public var title: String { PlanText.table("plan.title") }
    /// Moving a topic keeps the keys until it is put down or Esc.
    public var holdsKeys: Bool { carrying != nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = PlanText.table
        var keys: [KeyBinding<Action>]
        if pane == .selection {
            keys = ListMove.bindings(Action.list) + [
                KeyBinding(Key("i"), action: .pinIn, description: t("plan.key.pinIn")),
                KeyBinding(Key("x"), action: .drop, description: t("plan.key.drop")),
                KeyBinding(Key("m"), action: .pickUpOrPlace, description: t("plan.key.place")),
            ]
        } else {
            keys = [
                KeyBinding(.up, action: .cell(dx: 0, dy: -1), description: t("plan.key.previousRound")),
                KeyBinding(.down, action: .cell(dx: 0, dy: 1), description: t("plan.key.nextRound")),
                KeyBinding(.left, action: .cell(dx: -1, dy: 0), description: t("plan.key.previousRoom")),
                KeyBinding(.right, action: .cell(dx: 1, dy: 0), description: t("plan.key.nextRoom")),
                KeyBinding(keys: [Key("m"), .enter], action: .pickUpOrPlace,
                           description: t(carrying == nil ? "plan.key.move" : "plan.key.putHere")),
                KeyBinding(Key("l"), action: .lockSlot, description: t("plan.key.lock")),
                KeyBinding(Key("x"), action: .unplan, description: t("plan.key.unplan")),
            ]
        }
        if carrying != nil { keys.append(KeyBinding(.escape, action: .cancelMove, description: t("plan.key.cancelMove"))) }
        return keys + [
            KeyBinding(Key("f"), action: .switchPane, description: t("plan.key.switch")),
            KeyBinding(Key("s"), action: .select, description: t("plan.key.select"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("g"), action: .generate, description: t("plan.key.generate"), showsInHints: !context.isReadOnly),
        ] + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .cell, .switchPane: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    func selectedTopic(_ s: Session) -> Topic? {
        ranked.indices.contains(list.selected) ? s.topic(ranked[list.selected].topic) : nil
    }

    func slotAtCursor(_ s: Session) -> Slot? {
        guard s.rounds.indices.contains(round), s.rooms.indices.contains(room) else { return nil }
        return s.schedule.first { $0.round == s.rounds[round].id && $0.room == s.rooms[room].id }
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session
        switch action {
        case .list(let move): move.apply(to: &list, count: ranked.count, visible: max(1, context.area.height / 2))
        case .cell(let dx, let dy):
            room = min(max(0, room + dx), max(0, s.rooms.count - 1))
            round = min(max(0, round + dy), max(0, s.rounds.count - 1))
        case .switchPane: pane = pane == .grid ? .selection : .grid
        case .select:
            do { return [.apply(try TopicSelection.choose(s).operation)] } catch { return [.error(ErrorText.message(error))] }
        case .generate:
            let seed = seed
            return [.run(Work(PlanText.table("plan.generating")) { cancellation in
                do { return Action.generated(.success(try PlanGeneration.generate(s, seed: seed, cancellation: cancellation)), seed: seed) }
                catch let error as AgoraError { return Action.generated(.failure(error), seed: seed) }
                catch { return Action.generated(nil, seed: seed) }
            })]
        case .generated(nil, _): return []
        case .generated(.failure(let error), _): return [.error(ErrorText.message(error))]
        case .generated(.success(let plan), let used):
            if used == seed { seed += 1 }
            return [.apply(plan.operation), .status(plan.explanation)]
        case .pinIn, .drop:
            guard let t = selectedTopic(s) else { return [.bell] }
            let pin: SelectionPin = action == .pinIn ? .pinned : .dropped
            return [.apply(.plan(.setSelectionPin(t.id, t.selectionPin == pin ? nil : pin)))]
        case .pickUpOrPlace:
            if pane == .selection {
                guard let t = selectedTopic(s) else { return [.bell] }
                carrying = t.id; pane = .grid
                return [.status(PlanText.table("plan.moveToPlace", ["title": t.title]))]
            }
            guard s.rounds.indices.contains(round), s.rooms.indices.contains(room) else { return [.bell] }
            if let topic = carrying {
                carrying = nil
                return [.apply(.plan(.place(topic, round: s.rounds[round].id, room: s.rooms[room].id, pinned: true)))]
            }
            guard let slot = slotAtCursor(s), let t = s.topic(slot.topic) else { return [.bell] }
            carrying = slot.topic
            return [.status(PlanText.table("plan.moveToNewPlace", ["title": t.title]))]
        case .lockSlot:
            guard let slot = slotAtCursor(s) else { return [.bell] }
            return [.apply(.plan(.setSlotPin(slot.topic, !slot.pinned)))]
        case .unplan:
            guard let slot = slotAtCursor(s) else { return [.bell] }
            return [.apply(.plan(.unschedule(slot.topic)))]
        case .cancelMove:
            carrying = nil
            return [.status(PlanText.table("plan.moveCancelled"))]
        case .meeting(.projector): return [.projector(.plan)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        let s = context.session
        ranked = context.results
        conflicts = Scheduler.conflicts(of: s.schedule, in: s)
        shortages = s.seatShortages()
        list.move(by: 0, count: ranked.count)
        round = min(round, max(0, s.rounds.count - 1)); room = min(room, max(0, s.rooms.count - 1))
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        let selected = s.selectedTopics.count
        let planned = Set(s.schedule.map(\.topic))
        let unplanned = s.selectedTopics.filter { !planned.contains($0.id) }.count
        let text = PlanText.table
        var summary = text("plan.summary", ["selected": "\(selected)", "places": "\(s.rooms.count * s.rounds.count)",
                                            "planned": "\(s.schedule.count)"])
        if unplanned > 0 { summary += " · " + text("plan.unplanned", ["count": "\(unplanned)"]) }
        summary += " · " + text("plan.conflicts", ["count": "\(conflicts)"])
        let body = PhaseHeader.render(summary, context: context, into: &buffer, area: area)
        let ranked = self.ranked
        let selectionArea: Rect, gridArea: Rect
        if body.width >= 120 {
            selectionArea = Rect(x: body.x, y: body.y, width: body.width * 2 / 5, height: body.height)
            gridArea = Rect(x: selectionArea.maxX + 2, y: body.y, width: body.maxX - selectionArea.maxX - 2, height: body.height)
        } else {
            let h = min(ranked.count + 2, max(4, body.height - (2 + 2 * max(1, s.rounds.count)) - 1))
            selectionArea = body.top(h)
            gridArea = body.droppingTop(h + 1)
        }
        buffer.write((pane == .selection ? "▸ " : "  ") + text("plan.selectionHeader"), in: selectionArea.row(0),
                     role: pane == .selection ? .accent : .header)
        let showTotals = VoteScreen.talliesVisible(s)
        let rank = text("plan.column.rank"), dots = text("plan.column.dots")
        let marks = (selected: text("plan.mark.selected"), pinned: text("plan.mark.pinned"), dropped: text("plan.mark.dropped"))
        var cursor = TableView.render(
            columns: [TableColumn(rank, width: .fixed(max(4, rank.count)), alignment: .trailing), TableColumn(text("plan.column.topic"), width: .flex(1)),
                      TableColumn(dots, width: .fixed(max(4, dots.count)), alignment: .trailing), TableColumn(text("plan.column.selection"), width: .fixed(12))],
            count: ranked.count, state: list, into: &buffer, area: selectionArea.droppingTop(1), focused: pane == .selection,
            emptyText: text("plan.noTopics")) { i in
            let r = ranked[i]
            let t = s.topic(r.topic)
            var mark = t?.status == .selected ? marks.selected : ""
            if t?.selectionPin == .pinned { mark = (mark.isEmpty ? "" : "✓ ") + marks.pinned }
            if t?.selectionPin == .dropped { mark = marks.dropped }
            return [String(r.rank), t?.title ?? "?", showTotals ? String(r.dots) : "–", mark]
        }
        if pane == .grid { cursor = nil }
        let gridCursor = renderGrid(s, into: &buffer, area: gridArea)
        if pane == .grid { cursor = gridCursor }
        return cursor
    }

    /// Rounds down, rooms across; "*" marks a pinned slot.
    func renderGrid(_ s: Session, into buffer: inout Buffer, area: Rect) -> Position? {
        guard area.height >= 2 else { return nil }
        let text = PlanText.table
        buffer.write((pane == .grid ? "▸ " : "  ") + text("plan.gridHeader"), in: area.row(0),
                     role: pane == .grid ? .accent : .header)
        guard !s.rooms.isEmpty, !s.rounds.isEmpty else {
            buffer.write(text("plan.noRoomsOrRounds"), in: area.row(1), role: .dim); return nil
        }
        let label = 13
        let width = max(4, (area.width - label) / s.rooms.count)
        for (c, room) in s.rooms.enumerated() {
            buffer.write("\(room.name) (\(room.capacity))", in: Rect(x: area.x + label + c * width, y: area.y + 1, width: width - 1, height: 1), role: .header)
        }
        let rowHeight = area.height - 2 >= 2 * s.rounds.count ? 2 : 1
        var cursor: Position?
        for (r, round) in s.rounds.enumerated() {
            let y = area.y + 2 + r * rowHeight
            guard y < area.maxY else { break }
            buffer.write(text("plan.roundShort", ["number": "\(r + 1)"]) + " \(round.start)", in: Rect(x: area.x, y: y, width: label - 1, height: 1), role: .header)
            for (c, room) in s.rooms.enumerated() {
                let cell = Rect(x: area.x + label + c * width, y: y, width: width - 1, height: 1)
                let slot = s.schedule.first { $0.round == round.id && $0.room == room.id }
                let here = pane == .grid && r == self.round && c == self.room
                var text = slot.flatMap { s.topic($0.topic)?.title } ?? "·"
                if slot?.pinned == true { text = "*" + text }
                let role: StyleRole = here ? .selected : slot?.topic == carrying && carrying != nil ? .warning : .normal
                buffer.write((here ? "›" : " ") + text, in: cell, role: role)
                if here { cursor = Position(x: cell.x, y: cell.y) }
            }
        }
        if let carrying, let t = s.topic(carrying), area.height > 2 + rowHeight * s.rounds.count {
            buffer.write(text("plan.moving", ["title": t.title]), in: area.row(2 + rowHeight * s.rounds.count), role: .warning)
        } else {
            // Topics whose backers outnumber their room's seats, with the bigger room or swap Core offers.
            let first = 2 + rowHeight * s.rounds.count
            for (i, shortage) in (shortages ?? s.seatShortages()).enumerated() where first + i < area.height {
                let round = text("plan.roundShort", ["number": "\(s.roundNumber(shortage.slot.round) ?? 0)"])
                buffer.write(Typography.labelled("⚠ " + round, shortage.message(in: s), in: .current), in: area.row(first + i), role: .warning)
            }
        }
        return cursor
    }
}
