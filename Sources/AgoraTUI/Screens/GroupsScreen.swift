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
        case nextRound, previousRound, generate, move, moveTo(Int), cancelMove, lock
        case search(SearchField.Action)
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

    public var title: String { GroupsText.table("groups.title") }
    public var isEditingText: Bool { search.isEditing }
    /// Moving a person keeps the keys until a group number or Esc.
    public var holdsKeys: Bool { moving != nil }

    func roundID(_ s: Session) -> RoundID? { s.rounds.indices.contains(round) ? s.rounds[round].id : nil }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = GroupsText.table
        if moving != nil {
            let groups = roundID(context.session).map { id in context.session.schedule.filter { $0.round == id }.count } ?? 0
            let numbers = NumberKeys.bindings(count: groups, action: Action.moveTo,
                                              first: t("groups.key.intoFirst"), other: { t("groups.key.into", ["number": "\($0)"]) })
            return numbers + [
                KeyBinding(.enter, action: .moveTo(0), description: t("groups.key.intoSelected")),
                KeyBinding(.escape, action: .cancelMove, description: t("groups.key.cancelMove"), showsInHints: true),
            ] + ListMove.bindings(Action.list)
        }
        return ListMove.bindings(Action.list) + [
            KeyBinding(Key("r"), action: .nextRound, description: t("groups.key.nextRound"), showsInHints: true),
            KeyBinding(Key("R"), action: .previousRound, description: t("groups.key.previousRound")),
            KeyBinding(Key("g"), action: .generate, description: t("groups.key.form"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("m"), action: .move, description: t("groups.key.move")),
            KeyBinding(Key("l"), action: .lock, description: t("groups.key.lock")),
        ] + search.bindings(Action.search, description: t("groups.key.search"))
          + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list, .nextRound, .previousRound, .search: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    /// The rules the groups are formed by, as the session sets them (changed on Setup).
    public func helpNotes(context: ScreenContext) -> [HelpOverlay.Section] {
        let rules = context.session.groupRules, t = GroupsText.table
        let size = t("groups.help.size.text", ["min": "\(rules.minSize)",
                                               "max": rules.maxSize.map(String.init) ?? t("groups.help.roomSeats")])
        let perCity = rules.maxPerCity.map { t("groups.help.perCity.text", ["count": "\($0)"]) } ?? t("groups.help.noPerCity")
        return [HelpOverlay.Section(title: t("groups.help.title"), entries: [
            HelpEntry(keys: t("groups.help.size"), description: size),
            HelpEntry(keys: t("groups.help.perCity"), description: perCity),
            HelpEntry(keys: "⚠", description: t("groups.help.breach")),
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
            guard let id = roundID(s) else { return [.error(GroupsText.table("groups.noRoundsToForm"))] }
            let seed = seed
            return [.run(Work(GroupsText.table("groups.forming", ["number": "\(round + 1)"])) { cancellation in
                Action.formed(try? GroupFormation.form(s, rounds: [id], seed: seed, cancellation: cancellation), seed: seed)
            })]
        case .formed(let outcome, let used):
            guard let outcome else { return [] }
            return formed(outcome, seed: used)
        case .move:
            guard case .member(let p, _, _) = selectedRow(), let person = s.participant(p) else {
                return [.error(GroupsText.table("groups.selectToMove"))]
            }
            moving = p
            return [.status(GroupsText.table("groups.moveStatus", ["name": person.name]))]
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
            return [.status(GroupsText.table("groups.moveCancelled"))]
        case .search(let a): if search.reduce(a) { refresh(s) }
        case .lock:
            guard case .member(let p, let topic, let locked) = selectedRow(), topic != nil, let id = roundID(s) else {
                return [.error(GroupsText.table("groups.selectToLock"))]
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
            let others = failure.nearest.dropFirst().map(\.description), t = GroupsText.table
            let message = "\(ErrorText.message(failure.reason))\n\n" + t("groups.nearest", ["change": nearest.description])
                + (others.isEmpty ? "" : "\n" + t("groups.otherWays", ["ways": others.joined(separator: "; ")]))
                + "\n\n" + t("groups.applyQuestion")
            return [.confirm(ConfirmRequest(title: t("groups.notPossible"), message: message, confirmLabel: t("groups.apply")),
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
        guard let effects = search.input(event) else { return nil }
        refresh(context.session)
        return effects
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        let t = GroupsText.table
        guard let id = roundID(s), let r = s.round(id) else {
            let body = PhaseHeader.render(t("groups.title"), context: context, into: &buffer, area: area)
            buffer.write(t("groups.noRounds"), in: body.row(1), role: .dim)
            return nil
        }
        let rules = s.groupRules
        var ruleText = t("groups.rules", ["min": "\(rules.minSize)", "max": rules.maxSize.map(String.init) ?? t("groups.rules.roomSize")])
        if let k = rules.maxPerCity { ruleText += t("groups.rules.perCity", ["count": "\(k)"]) }
        let place = ["number": "\(round + 1)", "total": "\(s.rounds.count)", "start": "\(r.start)", "end": "\(r.end)"]
        // The group rules only where they fit whole (? lists them anyway).
        let header = TextFit.first([t("groups.header", place.merging(["rules": ruleText]) { a, _ in a }), t("groups.header.short", place)],
                                   width: area.width, measure: buffer.measure)
        let body = PhaseHeader.render(header,
                                      context: context, into: &buffer, area: area)
        var cursor: Position?
        if search.isActive {
            let people = rows.rows.filter { if case .member = $0 { return true }; return false }.count
            cursor = search.render(matches: people, into: &buffer, row: body.row(0))
        } else if let moving, let p = s.participant(moving) {
            buffer.write(message: t("groups.moving", ["name": p.name]), in: body.row(0), role: .warning)
        } else {
            buffer.write(TextFit.facts(satisfaction.text(unplaced: rows.unplaced), width: body.width, measure: buffer.measure), in: body.row(0), role: .accent)
        }
        // Groups that break the rules (after a manual move, or a change of the rules): Core's list.
        let breaches = self.breaches?.filter { $0.round == id } ?? s.groupRuleBreaches(in: id)
        if !breaches.isEmpty {
            let broken = Set(breaches.map(\.topic)).count
            let text = t("groups.breaches", ["count": "\(broken)", "breaches": breaches.map { $0.message(in: s) }.joined(separator: "; ")])
            buffer.write(text, in: body.row(1), role: .warning)
        }
        let table = body.droppingTop(breaches.isEmpty ? 1 : 2)
        if rows.rows.isEmpty {
            buffer.write(t("groups.nothingPlanned", ["number": "\(round + 1)"]) + (context.isReadOnly ? "" : t("groups.planThem")),
                         in: table.row(0), role: .dim)
            return cursor
        }
        let texts = rows.texts, measure = buffer.measure, width = table.width - 3
        // Only the rows drawn are fitted (two columns for the cursor, one for the scroll bar).
        let listCursor = ListView.render(count: texts.count, state: list, into: &buffer, area: table, focused: !search.isEditing) {
            TextFit.facts(texts[$0], width: width, measure: measure)
        }
        return cursor ?? listCursor
    }
}
