import AgoraCore
import Foundation

/// What the room sees on the wall: one phase at a time, large and high-contrast — the
/// results (bars in rank order), the plan (rounds × rooms), the groups of a round, the
/// candidate projects with their cities, or the round timer in big digits. Opened with `p`
/// from any meeting screen; ←/→ change what is shown (a new view is one more case of
/// ``View``: the keys and the help list it), `r` the round, Esc or `p` go back. Readable at
/// 80×24 and scales up to a wall.
public struct ProjectorScreen: Screen {
    public enum View: Int, CaseIterable, Sendable {
        case results, plan, groups, projects, timer
        /// The phones' join address and QR code (``ProjectorJoinView``).
        case join
        /// "RESULTS", in the language people read now.
        var title: String { ProjectorText.table("projector.view.\(self)") }
    }

    public enum Action: Equatable, Sendable {
        case next, previous, nextRound, close
        case meeting(MeetingKey)
    }

    public var view: View
    /// The views ←/→ go through: all of them, but the review of a past session serves no
    /// phones, so it leaves out the join view.
    public var views = View.allCases
    /// Index of the round the groups view shows.
    public var round = 0

    public init(view: View = .results) { self.view = view }

    public var title: String { ProjectorText.table("projector.title") }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = ProjectorText.table
        return [
            KeyBinding(keys: [.right, Key("l")], action: .next, description: t("projector.key.next", ["views": viewNames]), showsInHints: true),
            KeyBinding(keys: [.left, Key("h")], action: .previous, description: t("projector.key.previous")),
            KeyBinding(Key("r"), action: .nextRound, description: t("projector.key.nextRound")),
            KeyBinding(keys: [.escape, Key("p")], action: .close, description: t("projector.key.back"), showsInHints: true),
        ] + MeetingKey.bindings(Action.meeting).filter { $0.action != .meeting(.projector) }
    }

    /// "results, plan, groups, projects, timer, join": the views in the order ←/→ go through them.
    var viewNames: String { views.map { $0.title.lowercased() }.joined(separator: ", ") }

    /// Changing the view and the round works read-only; the timer keys do not.
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .next, .previous, .nextRound, .close: true
        case .meeting(let key): key.worksReadOnly
        }
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let n = views.count, at = views.firstIndex(of: view) ?? 0
        switch action {
        case .next: view = views[(at + 1) % n]
        case .previous: view = views[(at + n - 1) % n]
        case .nextRound: round = context.session.rounds.isEmpty ? 0 : (round + 1) % context.session.rounds.count
        case .close: break   // the host screen closes the projector
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        round = min(round, max(0, context.session.rounds.count - 1))
    }

    public mutating func tick(context: ScreenContext) -> Bool { context.timer.needsTicks(at: context.now) }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return nil }
        if view == .join {
            ProjectorJoinView.render(context.joining, meetingTitle: s.meeting.title, into: &buffer, area: area)
            return nil
        }
        let t = context.timer, now = context.now
        let banner = area.row(0)
        if t.hasEnded(at: now) {
            buffer.write(ProjectorText.table("projector.timeUp", ["round": "\(t.round)"]), in: banner, role: t.isFlashOn(at: now) ? .error : .tabActive, alignment: .center)
        } else {
            StatusBar.render(left: " \(view.title) · \(s.meeting.title)", right: t.statusText(at: now).map { " \($0) " } ?? "",
                             into: &buffer, area: banner, role: .tabActive)
        }
        let body = area.droppingTop(area.height > 20 ? 2 : 1)
        switch view {
        case .results: ProjectorViews.results(s, results: context.results, into: &buffer, area: body)
        case .plan: ProjectorViews.plan(s, into: &buffer, area: body)
        case .groups: ProjectorViews.groups(s, roundIndex: round, into: &buffer, area: body)
        case .projects: ProjectorViews.projects(s, into: &buffer, area: body)
        case .timer: ProjectorViews.timer(t, session: s, now: now, into: &buffer, area: body)
        case .join: break
        }
        return nil
    }
}
