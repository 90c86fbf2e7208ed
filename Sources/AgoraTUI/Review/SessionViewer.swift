import AgoraCore

/// One past session opened read-only inside the review browser: every phase of the meeting
/// as a tab, drawn by the same screens as a live meeting (``MeetingScreens``), and their
/// projector view on the whole terminal.
///
/// The phase screens see a ``ScreenContext`` on this session with `isReadOnly` set. The keys
/// are the review's own key map (``bindings(_:)``): its navigation and only the phase keys
/// that change nothing (``Screen/worksReadOnly(_:)``), so no form or question ever opens and
/// a key not in the map does nothing. ``ReadOnlyEffects`` still refuses any change that got
/// through.
struct SessionViewer: Sendable {
    enum Action: Equatable, Sendable {
        case nextPhase, previousPhase
        /// 1–9: the phase with that number in the tab row.
        case showPhase(Int)
        /// Binding number n of the current phase screen (one that works read-only).
        case phase(Int)
        /// Binding number n of the projector view.
        case projector(Int)
        /// Back to the list of sessions.
        case close
    }

    /// The library item that was opened.
    let item: Int
    let path: String
    let session: Session
    /// Its vote's results, computed once when opened (the session never changes here).
    let results: [TopicResult]
    var phases: [any Screen]
    var current = 0
    /// The projector view of this session, while it is shown (on the whole terminal).
    var projector: ProjectorScreen?

    /// The phases of a meeting, in the order of the day: the screens of a live meeting.
    static func defaultPhases() -> [any Screen] { MeetingScreens.make() }

    /// The phase that shows experiences, and the one that shows projects.
    static var experiencesPhase: String { WorkText.table("work.title") }
    static var projectsPhase: String { OutcomesText.table("outcomes.title") }

    init(item: Int, path: String, session: Session, phases: [any Screen], phase: String?, outer: ScreenContext) {
        self.item = item; self.path = path; self.session = session; self.phases = phases
        results = Tally.results(of: session)
        if let phase, let i = phases.firstIndex(where: { $0.title == phase }) { current = i }
        let ctx = context(outer)
        for i in self.phases.indices { self.phases[i].sessionDidChange(context: ctx) }
    }

    /// Where the phase screen is drawn: below the session's title row and the phase tabs.
    static func phaseArea(_ area: Rect) -> Rect { area.droppingTop(2) }

    /// The context the phase screens see: this session, read-only, in the phase area.
    func context(_ outer: ScreenContext) -> ScreenContext {
        ScreenContext(session: session, isReadOnly: true, now: outer.now, area: Self.phaseArea(outer.area), results: results)
    }

    /// The context of the projector view: this session, read-only, on the whole area.
    func projectorContext(_ outer: ScreenContext) -> ScreenContext {
        ScreenContext(session: session, isReadOnly: true, now: outer.now, area: outer.area, results: results)
    }

    var phase: any Screen { phases[current] }
    var isEditingText: Bool { projector == nil && phase.isEditingText }

    // MARK: Keys

    /// The review's key map of an opened session, in one place: the projector view's keys
    /// that work read-only while it is shown; else the phase's keys that work read-only (its
    /// own first, so its Esc clears a search), the phase tabs' keys, and Esc back to the list.
    func bindings(_ outer: ScreenContext) -> [KeyBinding<Action>] {
        if let projector {
            return projector.readOnlyIndexedBindings(context: projectorContext(outer)).map { $0.mapped(Action.projector) }
        }
        let numbers = NumberKeys.bindings(count: phases.count, action: Action.showPhase,
                                          first: ReviewText.table("review.key.phase"), other: { ReviewText.table("review.key.phaseNumber", ["number": "\($0)"]) })
        return [
            KeyBinding(keys: [Key("]"), Key(.right, .alt)], action: .nextPhase, description: ReviewText.table("review.key.nextPhase"), showsInHints: true),
            KeyBinding(keys: [Key("["), Key(.left, .alt)], action: .previousPhase, description: ReviewText.table("review.key.previousPhase")),
        ] + numbers.map { var key = $0; key.showsInHints = false; return key }
          + phase.readOnlyIndexedBindings(context: context(outer)).map { $0.mapped(Action.phase) } + [
            KeyBinding(keys: [.escape, .backspace], action: .close, description: ReviewText.table("review.key.back"), showsInHints: true),
        ]
    }

    /// Does what a key of the map asked (``Action/close`` is the browser's).
    mutating func reduce(_ action: Action, outer: ScreenContext) -> [Effect] {
        switch action {
        case .nextPhase: step(by: 1)
        case .previousPhase: step(by: -1)
        case .showPhase(let n):
            guard phases.indices.contains(n - 1) else { return [.bell] }
            current = n - 1
        case .phase(let index):
            let effects = ReadOnlyEffects.filter(phases[current].reduceBinding(at: index, context: context(outer)))
            return effects.filter { effect in
                guard case let .projector(view, round) = effect else { return true }
                showProjector(view, round: round, outer: outer)
                return false
            }
        case .projector(let index):
            guard var shown = projector else { return [] }
            let ctx = projectorContext(outer)
            let list = shown.bindings(context: ctx)
            if list.indices.contains(index), list[index].action == .close { projector = nil; return [] }
            let effects = ReadOnlyEffects.filter(shown.reduceBinding(at: index, context: ctx))
            projector = shown
            return effects
        case .close: break
        }
        return []
    }

    /// Opens the projector view of this session over the review (not the runtime's, which
    /// would show the browser's placeholder), without the phones' join view.
    private mutating func showProjector(_ view: ProjectorScreen.View, round: Int, outer: ScreenContext) {
        var shown = ProjectorScreen(view: view)
        shown.views.removeAll { $0 == .join }
        shown.round = round
        shown.sessionDidChange(context: projectorContext(outer))
        projector = shown
    }

    /// Typed text goes to the phase only while it edits a search; nothing else falls through.
    mutating func input(_ event: TerminalEvent, outer: ScreenContext) -> [Effect]? {
        guard isEditingText else { return nil }
        return phases[current].input(event, context: context(outer)).map(ReadOnlyEffects.filter)
    }

    mutating func step(by delta: Int) {
        current = ((current + delta) % phases.count + phases.count) % phases.count
    }

    /// Lets every phase keep its clock; true when the shown one must be drawn again.
    mutating func tick(outer: ScreenContext) -> Bool {
        let ctx = context(outer)
        var redraw = false
        for i in phases.indices {
            if phases[i].tick(context: ctx) && i == current && projector == nil { redraw = true }
        }
        if var shown = projector, shown.tick(context: projectorContext(outer)) { projector = shown; redraw = true }
        return redraw
    }

    func render(into buffer: inout Buffer, area: Rect, outer: ScreenContext) -> Position? {
        if let projector { return projector.render(into: &buffer, area: area, context: projectorContext(outer)) }
        let m = session.meeting
        StatusBar.render(left: "‹ \(m.title)", right: "\(m.date) · \(m.hostCity) ",
                         into: &buffer, area: area.row(0), role: .header, leftRole: .title)
        Tabs.render(phases.map(\.title), selected: current, into: &buffer, area: area.row(1))
        return phase.render(into: &buffer, area: Self.phaseArea(area), context: context(outer))
    }
}

extension Screen {
    /// The screen's keys that work read-only (``worksReadOnly(_:)``), each sending its index
    /// among all of the screen's bindings (for a host screen of another action type, such as
    /// the review, to run it with ``reduceBinding(at:context:)``).
    func readOnlyIndexedBindings(context: ScreenContext) -> [KeyBinding<Int>] {
        bindings(context: context).enumerated().compactMap { i, b in worksReadOnly(b.action) ? b.mapped { _ in i } : nil }
    }

    /// Reduces the action of binding number `index` (as listed by ``readOnlyIndexedBindings(context:)``).
    mutating func reduceBinding(at index: Int, context: ScreenContext) -> [Effect] {
        let list = bindings(context: context)
        guard list.indices.contains(index) else { return [] }
        return reduce(list[index].action, context: context)
    }
}
