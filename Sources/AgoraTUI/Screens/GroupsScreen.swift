import AgoraCore
import AgoraStore
import Foundation

/// The groups of each round: every group with its members and how much each cares about
/// its topic, and how well the round follows the votes. `r` changes the round, `g` forms
/// the groups (the best total interest the rules allow; when they cannot be met, the reason
/// and the nearest change of rules, offered to apply), `m` then a group number moves a
/// person (and locks them there), `l` locks or unlocks a person's place.
public struct GroupsScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case nextRound, previousRound, generate, move, moveTo(Int), cancelMove, lock, search, clearSearch
        case meeting(MeetingKey)
        /// The groups the workflow formed off the loop with `seed` (nil: cancelled).
        case formed(GroupFormation.Outcome?, seed: UInt64)
    }

    /// Index of the round shown.
    public var round = 0
    public var list = ListState()
    /// The person being moved; a group number finishes the move.
    public var moving: ParticipantID?
    public var seed: UInt64 = 1
    var search = SearchField()
    var rows = GroupRows()
    var satisfaction = GroupingSatisfaction()
    /// Groups of every round that break the group rules, computed once per change (Core's
    /// ``Session/groupRuleBreaches``).
    var breaches: [GroupRuleBreach]?

    public init() {}

    public var title: String { "Groups" }
    public var isEditingText: Bool { search.isEditing }

    func roundID(_ s: Session) -> RoundID? { s.rounds.indices.contains(round) ? s.rounds[round].id : nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        if moving != nil {
            let groups = roundID(context.session).map { id in context.session.schedule.filter { $0.round == id }.count } ?? 0
            let numbers = NumberKeys.bindings(count: groups, action: Action.moveTo,
                                              first: "into group 1 (each number: that group)", other: { "into group \($0)" })
            return numbers + [
                KeyBinding(.enter, action: .moveTo(0), description: "into the group of the selected row"),
                KeyBinding(.escape, action: .cancelMove, description: "cancel the move", showsInHints: true),
            ] + ListMove.bindings(Action.list)
        }
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("r"), action: .nextRound, description: "next round", showsInHints: true),
            KeyBinding(Key("R"), action: .previousRound, description: "previous round"),
            KeyBinding(Key("g"), action: .generate, description: "form the groups", showsInHints: !context.isReadOnly),
            KeyBinding(Key("m"), action: .move, description: "move the person to another group"),
            KeyBinding(Key("l"), action: .lock, description: "lock / unlock the person's place"),
            KeyBinding(Key("/"), action: .search, description: "find people (name, city)"),
        ] + (search.isActive ? [KeyBinding(.escape, action: .clearSearch, description: "clear the search")] : [])
          + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .nextRound, .previousRound, .search, .clearSearch: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    /// The rules the groups are formed by, as the session sets them (changed on Setup).
    public func helpNotes(context: ScreenContext) -> [HelpOverlay.Section] {
        let rules = context.session.groupRules
        let size = "\(rules.minSize) to \(rules.maxSize.map(String.init) ?? "the room's seats") people in a group"
        let perCity = rules.maxPerCity.map { "at most \(CountedNoun.person($0)) of one city in a group" } ?? "no limit of people per city"
        return [HelpOverlay.Section(title: "Rules for the groups (changed on the Setup screen)", entries: [
            HelpEntry(keys: "size", description: size),
            HelpEntry(keys: "≤ per city", description: perCity),
            HelpEntry(keys: "⚠", description: "a group that breaks a rule (after a move or a change of the rules)"),
        ])]
    }

    func selectedRow() -> GroupRows.Row? { rows.rows.indices.contains(list.selected) ? rows.rows[list.selected] : nil }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.rows.count, visible: max(1, context.area.height - 3))
        case .nextRound, .previousRound:
            guard !s.rounds.isEmpty else { return [.bell] }
            round = (round + (action == .nextRound ? 1 : s.rounds.count - 1)) % s.rounds.count
            list = ListState(); moving = nil
            refresh(s)
        case .generate:
            guard let id = roundID(s) else { return [.error("Add rounds on the Setup screen first")] }
            let seed = seed
            return [.run(Work("Forming the groups of round \(round + 1)") { cancellation in
                Action.formed(try? GroupFormation.form(s, rounds: [id], seed: seed, cancellation: cancellation), seed: seed)
            })]
        case .formed(let outcome, let used):
            guard let outcome else { return [] }
            return formed(outcome, seed: used)
        case .move:
            guard case .member(let p, _, _) = selectedRow(), let person = s.participant(p) else {
                return [.error("Select a person to move")]
            }
            moving = p
            return [.status("Move \(person.name): press the number of the group (or select a row and Enter)")]
        case .moveTo(let number):
            guard let p = moving, let id = roundID(s) else { return [.bell] }
            let slots = s.schedule.filter { $0.round == id }
            var target: TopicID?
            if number > 0, slots.indices.contains(number - 1) { target = slots[number - 1].topic }
            if number == 0 {
                switch selectedRow() {
                case .group(let slot, _): target = slot.topic
                case .member(_, let topic, _): target = topic
                default: break
                }
            }
            guard let target else { return [.bell] }
            moving = nil
            return [.apply(.groups(.move(p, round: id, topic: target, lock: true)))]
        case .cancelMove:
            moving = nil
            return [.status("Move cancelled")]
        case .search: search.isEditing = true
        case .clearSearch: search = SearchField(); refresh(s)
        case .lock:
            guard case .member(let p, let topic, let locked) = selectedRow(), topic != nil, let id = roundID(s) else {
                return [.error("Select a person in a group")]
            }
            return [.apply(.groups(.setLock(p, round: id, !locked)))]
        case .meeting(.projector): return [.projector(.groups, round: round)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    /// The groups formed: applied; when the rules cannot be met, Core's reason and an offer to
    /// apply the nearest change of rules together with the groups it allows.
    mutating func formed(_ outcome: GroupFormation.Outcome, seed used: UInt64) -> [Effect] {
        switch outcome {
        case .formed(let formation):
            if used == seed { seed += 1 }
            return [.apply(formation.operation)] + formation.warnings.prefix(1).map { .status($0) }
        case .refused(let error):
            return [.error(ErrorText.message(error))]
        case .rulesCannotBeMet(let failure):
            guard let offer = failure.offer, let nearest = failure.nearest.first else {
                return [.error(ErrorText.message(failure.reason))]
            }
            let others = failure.nearest.dropFirst().map(\.description)
            let message = "\(ErrorText.message(failure.reason))\n\nNearest change: \(nearest.description)."
                + (others.isEmpty ? "" : "\nOther ways: " + others.joined(separator: "; ") + ".")
                + "\n\nApply it and form the groups?"
            return [.confirm(ConfirmRequest(title: "These groups are not possible", message: message, confirmLabel: "Apply"),
                             onConfirm: [.apply(offer.operation)])]
        }
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        round = min(round, max(0, context.session.rounds.count - 1))
        breaches = context.session.groupRuleBreaches
        refresh(context.session)
    }

    mutating func refresh(_ s: Session) {
        rows = roundID(s).map { GroupRows(s, round: $0, search: search) } ?? GroupRows()
        satisfaction = roundID(s).map { GroupingSatisfaction(of: s, round: $0) } ?? GroupingSatisfaction()
        list.move(by: 0, count: rows.rows.count)
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        guard search.isEditing, search.feed(event) else { return nil }
        refresh(context.session)
        return []
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        guard let id = roundID(s), let r = s.round(id) else {
            let body = PhaseHeader.render("Groups", context: context, into: &buffer, area: area)
            buffer.write("No rounds yet: add them on the Setup screen.", in: body.row(1), role: .dim)
            return nil
        }
        let rules = s.groupRules
        var ruleText = "groups of \(rules.minSize) to \(rules.maxSize.map(String.init) ?? "room size")"
        if let k = rules.maxPerCity { ruleText += ", ≤\(k) per city" }
        let body = PhaseHeader.render("Groups · round \(round + 1) of \(s.rounds.count) · \(r.start)–\(r.end) · \(ruleText)",
                                      context: context, into: &buffer, area: area)
        var cursor: Position?
        if search.isActive {
            let people = rows.rows.filter { if case .member = $0 { return true }; return false }.count
            cursor = search.render(matches: people, into: &buffer, row: body.row(0))
        } else if let moving, let p = s.participant(moving) {
            buffer.write(message: "Move \(p.name) into group: press its number, or select a row and Enter · Esc cancels", in: body.row(0), role: .warning)
        } else {
            buffer.write(satisfaction.text(unplaced: rows.unplaced), in: body.row(0), role: .accent)
        }
        // Groups that break the rules (after a manual move, or a change of the rules): Core's list.
        let breaches = self.breaches?.filter { $0.round == id } ?? s.groupRuleBreaches(in: id)
        if !breaches.isEmpty {
            let broken = Set(breaches.map(\.topic)).count
            let text = "⚠ \(CountedNoun.group(broken, .breaks)) the rules: "
                + breaches.map { $0.message(in: s) }.joined(separator: "; ")
            buffer.write(text, in: body.row(1), role: .warning)
        }
        let table = body.droppingTop(breaches.isEmpty ? 1 : 2)
        if rows.rows.isEmpty {
            buffer.write("No topics planned in round \(round + 1)." + (context.isReadOnly ? "" : " Plan them on the Plan screen, then g forms the groups here."),
                         in: table.row(0), role: .dim)
            return cursor
        }
        let texts = rows.texts
        let listCursor = ListView.render(count: texts.count, state: list, into: &buffer, area: table, focused: !search.isEditing) { texts[$0] }
        return cursor ?? listCursor
    }
}
