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

    public var title: String { "Plan" }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        var keys: [KeyBinding<Action>]
        if pane == .selection {
            keys = ListMove.bindings(Action.list) + [
                KeyBinding(Key("i"), action: .pinIn, description: "pin the topic into the selection (again: unpin)"),
                KeyBinding(Key("x"), action: .drop, description: "drop the topic from the selection (again: undo)"),
                KeyBinding(Key("m"), action: .pickUpOrPlace, description: "place the topic in the grid"),
            ]
        } else {
            keys = [
                KeyBinding(.up, action: .cell(dx: 0, dy: -1), description: "previous round"),
                KeyBinding(.down, action: .cell(dx: 0, dy: 1), description: "next round"),
                KeyBinding(.left, action: .cell(dx: -1, dy: 0), description: "previous room"),
                KeyBinding(.right, action: .cell(dx: 1, dy: 0), description: "next room"),
                KeyBinding(keys: [Key("m"), .enter], action: .pickUpOrPlace,
                           description: carrying == nil ? "move the topic (then Enter on its new place)" : "put the topic here (swaps)"),
                KeyBinding(Key("l"), action: .lockSlot, description: "pin the topic in this slot (again: unpin)"),
                KeyBinding(Key("x"), action: .unplan, description: "take the topic out of the plan"),
            ]
        }
        if carrying != nil { keys.append(KeyBinding(.escape, action: .cancelMove, description: "cancel the move")) }
        return keys + [
            KeyBinding(Key("f"), action: .switchPane, description: "switch between the selection and the grid"),
            KeyBinding(Key("s"), action: .select, description: "select the top topics", showsInHints: !context.isReadOnly),
            KeyBinding(Key("g"), action: .generate, description: "generate the plan", showsInHints: !context.isReadOnly),
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
            return [.run(Work("Generating the plan") { cancellation in
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
                return [.status("Move “\(t.title)”: go to its place with the arrows, Enter puts it there")]
            }
            guard s.rounds.indices.contains(round), s.rooms.indices.contains(room) else { return [.bell] }
            if let topic = carrying {
                carrying = nil
                return [.apply(.plan(.place(topic, round: s.rounds[round].id, room: s.rooms[room].id, pinned: true)))]
            }
            guard let slot = slotAtCursor(s), let t = s.topic(slot.topic) else { return [.bell] }
            carrying = slot.topic
            return [.status("Move “\(t.title)”: go to its new place with the arrows, Enter puts it there (swaps)")]
        case .lockSlot:
            guard let slot = slotAtCursor(s) else { return [.bell] }
            return [.apply(.plan(.setSlotPin(slot.topic, !slot.pinned)))]
        case .unplan:
            guard let slot = slotAtCursor(s) else { return [.bell] }
            return [.apply(.plan(.unschedule(slot.topic)))]
        case .cancelMove:
            carrying = nil
            return [.status("Move cancelled")]
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
        var summary = "Plan · \(selected) selected for \(s.rooms.count * s.rounds.count) places · \(s.schedule.count) planned"
        if unplanned > 0 { summary += " · \(unplanned) unplanned" }
        summary += " · \(CountedNoun.conflict(conflicts))"
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
        buffer.write((pane == .selection ? "▸ " : "  ") + "Selection (i pin in · x drop · s select · f grid)", in: selectionArea.row(0),
                     role: pane == .selection ? .accent : .header)
        let showTotals = VoteScreen.talliesVisible(s)
        var cursor = TableView.render(
            columns: [TableColumn("Rank", width: .fixed(4), alignment: .trailing), TableColumn("Topic", width: .flex(1)),
                      TableColumn("Dots", width: .fixed(4), alignment: .trailing), TableColumn("Selection", width: .fixed(12))],
            count: ranked.count, state: list, into: &buffer, area: selectionArea.droppingTop(1), focused: pane == .selection,
            emptyText: "No topics yet.") { i in
            let r = ranked[i]
            let t = s.topic(r.topic)
            var mark = t?.status == .selected ? "✓ selected" : ""
            if t?.selectionPin == .pinned { mark = (mark.isEmpty ? "" : "✓ ") + "pinned in" }
            if t?.selectionPin == .dropped { mark = "✗ dropped" }
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
        buffer.write((pane == .grid ? "▸ " : "  ") + "Rounds × rooms (m move · l pin · x take out · * pinned · f back)", in: area.row(0),
                     role: pane == .grid ? .accent : .header)
        guard !s.rooms.isEmpty, !s.rounds.isEmpty else {
            buffer.write("Add rooms and rounds on the Setup screen.", in: area.row(1), role: .dim); return nil
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
            buffer.write("R\(r + 1) \(round.start)", in: Rect(x: area.x, y: y, width: label - 1, height: 1), role: .header)
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
            buffer.write("Moving “\(t.title)”: arrows, then Enter · Esc cancels", in: area.row(2 + rowHeight * s.rounds.count), role: .warning)
        } else {
            // Topics whose backers outnumber their room's seats, with the bigger room or swap Core offers.
            let first = 2 + rowHeight * s.rounds.count
            for (i, shortage) in (shortages ?? s.seatShortages()).enumerated() where first + i < area.height {
                buffer.write("⚠ R\(s.roundNumber(shortage.slot.round) ?? 0): " + shortage.message(in: s), in: area.row(first + i), role: .warning)
            }
        }
        return cursor
    }
}
