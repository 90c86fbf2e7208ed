import AgoraCore

/// `agora review`: the read-only browser of a sessions folder. Three views in tabs —
/// **Sessions** (sort, filter, search; unreadable files with their reason), **Projects**
/// across all sessions, and the **Experiences** compendium — and, on Enter, one session
/// opened read-only with every phase in tabs (`]`/`[`, 1–9), Esc back to the list. An opened
/// session has the review's own key map (``SessionViewer/bindings(_:)``): only keys that
/// change nothing.
///
/// One screen hosts it all (the runtime shows one screen at a time), so switching between
/// the list and a session is this screen's own state. Nothing here writes a file: the
/// library was read before the screen was made.
struct ReviewScreen: Screen {
    enum Tab: Int, CaseIterable, Sendable {
        case sessions, projects, experiences
        var title: String { ReviewText.table("review.tab.\(self)") }
    }

    enum Action: Equatable, Sendable {
        case show(Tab), nextTab, previousTab
        case sessions(SessionsView.Action)
        case projects(ProjectsView.Action)
        case experiences(ExperiencesView.Action)
        /// A key of the opened session's map.
        case viewer(SessionViewer.Action)
        case scrollDetails(Int), closeDetails
    }

    let library: ReviewLibrary
    /// Makes the phase screens of a session being opened.
    let makePhases: @Sendable () -> [any Screen]
    var tab: Tab = .sessions
    var sessions: SessionsView
    var projects: ProjectsView
    var experiences: ExperiencesView
    /// The session opened read-only, while it is.
    var viewer: SessionViewer?
    /// Text shown over the view (a project, an experience, an unreadable file's reason).
    var details: DetailsBox?

    init(library: ReviewLibrary, makePhases: @escaping @Sendable () -> [any Screen] = SessionViewer.defaultPhases) {
        self.library = library; self.makePhases = makePhases
        sessions = SessionsView(library: library)
        projects = ProjectsView(library: library)
        experiences = ExperiencesView(library: library)
    }

    var title: String {
        guard let viewer else { return ReviewText.table("review.title") }
        return (viewer.projector != nil ? ProjectorText.table("projector.title") + " · " : "") + viewer.session.meeting.title
    }

    /// The projector view of an opened session takes the whole terminal.
    var prefersFullScreen: Bool { details == nil && viewer?.projector != nil }

    var isEditingText: Bool {
        if details != nil { return false }
        if let viewer { return viewer.isEditingText }
        switch tab {
        case .sessions: return sessions.search.isEditing
        case .projects: return projects.search.isEditing
        case .experiences: return experiences.search.isEditing
        }
    }

    /// The area of a browser view: below the row of view tabs.
    static func viewArea(_ area: Rect) -> Rect { area.droppingTop(1) }

    /// Everything in the review only looks: an opened session's phases offer only their
    /// read-only keys (``SessionViewer``).
    func worksReadOnly(_ action: Action) -> Bool { true }

    func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = ReviewText.table
        if details != nil {
            return [
                KeyBinding(keys: [Key("j"), .down], action: .scrollDetails(1), description: t("review.key.scrollDown")),
                KeyBinding(keys: [Key("k"), .up], action: .scrollDetails(-1), description: t("review.key.scrollUp")),
                KeyBinding(keys: [.pageDown, Key(" ")], action: .scrollDetails(10), description: t("review.key.pageDown")),
                KeyBinding(.pageUp, action: .scrollDetails(-10), description: t("review.key.pageUp")),
                KeyBinding(keys: [.escape, .enter, Key("q")], action: .closeDetails, description: t("review.key.close"), showsInHints: true),
            ]
        }
        if let viewer { return viewer.bindings(context).map { $0.mapped(Action.viewer) } }
        let views: [KeyBinding<Action>] = [
            KeyBinding(.tab, action: .nextTab, description: t("review.key.nextView")),
            KeyBinding(.backTab, action: .previousTab, description: t("review.key.previousView")),
            KeyBinding(Key("]"), action: .nextTab, description: t("review.key.nextView")),
            KeyBinding(Key("["), action: .previousTab, description: t("review.key.previousView")),
            KeyBinding(Key("1"), action: .show(.sessions), description: t("review.key.sessions")),
            KeyBinding(Key("2"), action: .show(.projects), description: t("review.key.projects")),
            KeyBinding(Key("3"), action: .show(.experiences), description: t("review.key.experiences")),
        ]
        switch tab {
        case .sessions: return sessions.bindings().map { $0.mapped(Action.sessions) } + views
        case .projects: return projects.bindings().map { $0.mapped(Action.projects) } + views
        case .experiences: return experiences.bindings().map { $0.mapped(Action.experiences) } + views
        }
    }

    // MARK: Reducer

    mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let visible = BrowserLayout(Self.viewArea(context.area)).visibleRows
        var request: ReviewRequest?
        switch action {
        case .show(let t): tab = t
        case .nextTab: tab = Tab(rawValue: (tab.rawValue + 1) % Tab.allCases.count)!
        case .previousTab: tab = Tab(rawValue: (tab.rawValue + Tab.allCases.count - 1) % Tab.allCases.count)!
        case .sessions(let a): request = sessions.reduce(a, library: library, visible: visible)
        case .projects(let a): request = projects.reduce(a, library: library, visible: visible)
        case .experiences(let a): request = experiences.reduce(a, library: library, visible: visible)
        case .viewer(.close): viewer = nil
        case .viewer(let a): return viewer?.reduce(a, outer: context) ?? []
        case .scrollDetails(let d): details?.scroll(by: d, area: Self.viewArea(context.area))
        case .closeDetails: details = nil
        }
        return request.map { perform($0, context: context) } ?? []
    }

    /// Does what a browser view asked.
    mutating func perform(_ request: ReviewRequest, context: ScreenContext) -> [Effect] {
        switch request {
        case .bell: return [.bell]
        case let .details(title, lines): details = DetailsBox(title: title, lines: lines)
        case let .open(i, phase):
            let item = library.items[i]
            guard let session = item.session else { return [.bell] }
            let opened = SessionViewer(item: i, path: item.path, session: session, phases: makePhases(), phase: phase, outer: context)
            viewer = opened
            return [.status(ReviewText.table("review.opened", ["path": item.path, "last": "\(min(9, opened.phases.count))"]))]
        }
        return []
    }

    mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        if details != nil { return nil }
        if viewer != nil { return viewer?.input(event, outer: context) }
        switch tab {
        case .sessions: return sessions.input(event, library: library)
        case .projects: return projects.input(event, library: library)
        case .experiences: return experiences.input(event, library: library)
        }
    }

    mutating func tick(context: ScreenContext) -> Bool { viewer?.tick(outer: context) ?? false }

    // MARK: View

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        buffer.fill(area, role: .normal)
        if let viewer { return viewer.render(into: &buffer, area: area, outer: context) }
        let row = area.row(0)
        Tabs.render(Tab.allCases.map(\.title), selected: tab.rawValue, into: &buffer, area: row)
        let used = Tab.allCases.reduce(0) { $0 + $1.title.count + 5 }
        let unreadable = library.unreadableCount
        let count = ReviewText.table("review.sessions", ["count": "\(library.readableCount)"])
            + (unreadable > 0 ? ReviewText.table("review.unreadable", ["count": "\(unreadable)"]) : "") + " "
        if row.width > used + 1 {
            buffer.write(count, in: Rect(x: row.x + used, y: row.y, width: row.width - used, height: 1),
                         role: unreadable > 0 ? .warning : .tabInactive, alignment: .trailing, pad: false)
        }
        let body = Self.viewArea(area)
        let focused = details == nil
        var cursor: Position?
        switch tab {
        case .sessions: cursor = sessions.render(into: &buffer, area: body, library: library, focused: focused)
        case .projects: cursor = projects.render(into: &buffer, area: body, library: library, focused: focused)
        case .experiences: cursor = experiences.render(into: &buffer, area: body, library: library, focused: focused)
        }
        if let details {
            details.render(into: &buffer, area: body)
            cursor = nil
        }
        return cursor
    }
}
