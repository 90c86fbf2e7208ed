import AgoraCore

/// One past session opened read-only inside the review browser: every phase of the meeting
/// as a tab, drawn by the same screens as a live meeting (``MeetingScreens``).
///
/// The phase screens see a ``ScreenContext`` on this session with `isReadOnly` set, and
/// whatever they ask to change is refused by ``ReadOnlyEffects``.
struct SessionViewer: Sendable {
    /// The library item that was opened.
    let item: Int
    let path: String
    let session: Session
    /// Its vote's results, computed once when opened (the session never changes here).
    let results: [TopicResult]
    var phases: [any Screen]
    var current = 0

    /// The phases of a meeting, in the order of the day: the screens of a live meeting.
    static func defaultPhases() -> [any Screen] { MeetingScreens.make() }

    /// The phase that shows experiences, and the one that shows projects.
    static let experiencesPhase = "Work", projectsPhase = "Outcomes"

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

    var phase: any Screen { phases[current] }
    var isEditingText: Bool { phase.isEditingText }

    /// The current phase's keys, each sending its index among them.
    func phaseBindings(_ outer: ScreenContext) -> [KeyBinding<Int>] { phase.indexedBindings(context: context(outer)) }

    /// Runs the phase's binding number `index`; changes are refused.
    mutating func performBinding(_ index: Int, outer: ScreenContext) -> [Effect] {
        let ctx = context(outer)
        return ReadOnlyEffects.filter(phases[current].reduceBinding(at: index, context: ctx))
    }

    mutating func input(_ event: TerminalEvent, outer: ScreenContext) -> [Effect]? {
        let ctx = context(outer)
        return phases[current].input(event, context: ctx).map(ReadOnlyEffects.filter)
    }

    mutating func step(by delta: Int) {
        current = ((current + delta) % phases.count + phases.count) % phases.count
    }

    /// Lets every phase keep its clock; true when the shown one must be drawn again.
    mutating func tick(outer: ScreenContext) -> Bool {
        let ctx = context(outer)
        var redraw = false
        for i in phases.indices {
            if phases[i].tick(context: ctx) && i == current { redraw = true }
        }
        return redraw
    }

    func render(into buffer: inout Buffer, area: Rect, outer: ScreenContext) -> Position? {
        let m = session.meeting
        StatusBar.render(left: "‹ \(m.title)", right: "\(m.date) · \(m.hostCity) ",
                         into: &buffer, area: area.row(0), role: .header, leftRole: .title)
        Tabs.render(phases.map(\.title), selected: current, into: &buffer, area: area.row(1))
        return phase.render(into: &buffer, area: Self.phaseArea(area), context: context(outer))
    }
}

extension Screen {
    /// The screen's bindings with each action replaced by its index (for a host screen
    /// that forwards keys to a screen of another action type). Help only, no hints.
    func indexedBindings(context: ScreenContext) -> [KeyBinding<Int>] {
        bindings(context: context).enumerated().map { i, b in
            KeyBinding(keys: b.keys, action: i, description: b.description, showsInHints: false)
        }
    }

    /// Reduces the action of binding number `index` (as listed by ``indexedBindings(context:)``).
    mutating func reduceBinding(at index: Int, context: ScreenContext) -> [Effect] {
        let list = bindings(context: context)
        guard list.indices.contains(index) else { return [] }
        return reduce(list[index].action, context: context)
    }
}
