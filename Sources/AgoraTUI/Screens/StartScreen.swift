import AgoraCore
import AgoraStore
import Foundation

/// What `agora` shows with no file: start a new session (a short form), open a recent one,
/// or open the demo. It reads no folder: the composition root passes the recent sessions
/// as ``Entry`` values, runs the app until it quits, and acts on ``choice``:
///
/// ```swift
/// let runtime = AppRuntime(screens: [StartScreen(entries: recent)], terminal: terminal,
///                          port: MemorySessionPort(StartScreen.placeholderSession, name: "no file"))
/// runtime.run()
/// switch StartScreen.choice(of: runtime) { case .create(let setup)?: … case .open(let path)?: … case .demo?: … case nil: exit }
/// ```
public struct StartScreen: Screen {
    /// A session that can be reopened.
    public struct Entry: Equatable, Sendable {
        public var title: String
        public var path: String
        /// One line under the title, e.g. "Bordeaux · 2013-05-20 · 16 people".
        public var detail: String
        public init(title: String, path: String, detail: String = "") { self.title = title; self.path = path; self.detail = detail }
    }

    /// What the facilitator chose; the composition root acts on it after the loop ends.
    public enum Choice: Equatable, Sendable {
        /// A new session file from this setup.
        case create(SessionSetup)
        /// An existing session file.
        case open(path: String)
        /// A temporary copy of the built-in demo.
        case demo
    }

    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case choose, new, demo
        case search(SearchField.Action)
    }

    enum Row: Equatable { case new, demo, entry(Int) }

    public let entries: [Entry]
    /// Set when the facilitator chose; the screen then asks the app to quit.
    public private(set) var choice: Choice?
    public var list = ListState()
    var search = SearchField()
    var newForm: NewSessionForm?

    public init(entries: [Entry]) { self.entries = entries }

    /// A stand-in session for the runtime while no file is open.
    public static var placeholderSession: Session {
        Session(meeting: Meeting(title: StartText.table("start.title"), hostCity: "", date: CalendarDate(year: 2000, month: 1, day: 1)!, area: .economy))
    }

    /// What the header says in place of a file name while none is open ("no file").
    public static var noFileName: String { StartText.table("start.noFile") }

    /// The choice made on the start screen of `runtime`, once its loop has ended.
    public static func choice(of runtime: AppRuntime) -> Choice? {
        runtime.state.screens.lazy.compactMap { ($0 as? StartScreen)?.choice }.first
    }

    public var title: String { StartText.table("start.title") }
    public var isEditingText: Bool { newForm != nil || search.isEditing }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = StartText.table
        return ListMove.bindings(Action.list) + [
            KeyBinding(.enter, action: .choose, description: t("start.key.open"), showsInHints: true),
            KeyBinding(Key("n"), action: .new, description: t("start.key.new"), showsInHints: true),
            KeyBinding(Key("d"), action: .demo, description: t("start.key.demo"), showsInHints: true),
        ] + search.bindings(Action.search, description: t("start.key.search"))
    }

    var rows: [Row] {
        [.new, .demo] + entries.indices.filter { search.matches([entries[$0].title, entries[$0].detail, entries[$0].path]) }.map { .entry($0) }
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        switch action {
        case .list(let move): move.apply(to: &list, count: rows.count, visible: max(1, context.area.height - 6))
        case .new: newForm = NewSessionForm(today: context.now)
        case .demo: choice = .demo; return [.quit]
        case .search(let a): _ = search.reduce(a)
        case .choose:
            let rows = rows
            guard rows.indices.contains(list.selected) else { return [.bell] }
            switch rows[list.selected] {
            case .new: newForm = NewSessionForm(today: context.now)
            case .demo: choice = .demo; return [.quit]
            case .entry(let i): choice = .open(path: entries[i].path); return [.quit]
            }
        }
        return []
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        var created: SessionSetup?
        if let effects = newForm.feed(event, context: context, submit: { open in
            created = try open.setup(at: context.now)
            return .close([.quit])
        }) {
            if let created { choice = .create(created) }
            return effects
        }
        guard let effects = search.input(event) else { return nil }
        list.move(by: 0, count: rows.count)
        return effects
    }

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let t = StartText.table
        buffer.fill(area, role: .normal)
        buffer.write(t("start.heading"), in: area.row(0), role: .title)
        buffer.write(t("start.intro"), in: area.row(1), role: .dim)
        var cursor: Position?
        if search.isActive { cursor = search.render(matches: rows.count - 2, into: &buffer, row: area.row(2)) }
        let rows = rows
        let p = ListView.render(count: rows.count, state: list, into: &buffer, area: area.droppingTop(3)) { i in
            switch rows[i] {
            case .new: return t("start.row.new")
            case .demo: return t("start.row.demo")
            case .entry(let e):
                let entry = entries[e]
                return entry.title + (entry.detail.isEmpty ? "" : " · " + entry.detail)
            }
        }
        if cursor == nil { cursor = p }
        if entries.isEmpty, area.height > 7 {
            buffer.write(t("start.noRecent"), in: area.row(6), role: .dim)
        }
        if let open = newForm {
            cursor = FormBox.render(open.form, title: t("start.form.title"),
                                    note: open.error ?? t("start.form.note"), noteRole: open.error != nil ? .error : .dim,
                                    readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }
}
