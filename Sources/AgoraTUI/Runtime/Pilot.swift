/// A scripted driver for tests, like Textual's pilot: feeds keys, text, pastes, resizes and
/// signals to an ``AppRuntime`` on a ``MemoryTerminal`` and reads back the screen.
///
/// ```swift
/// let pilot = Pilot(screens: [OverviewScreen()], session: session)
/// pilot.press(":"); pilot.type("topic add Data"); pilot.press(.enter)
/// #expect(pilot.lines.contains { $0.contains("Data") })
/// ```
public final class Pilot {
    public let terminal: MemoryTerminal
    public let runtime: AppRuntime
    /// Why the app stopped, once it has.
    public private(set) var exit: ExitReason?
    /// Whether each send waits until the work it started off the loop has come back (so a
    /// script reads its result at once). Off to press keys while work is in flight.
    public var waitsForWork = true

    public init(runtime: AppRuntime, terminal: MemoryTerminal) {
        self.runtime = runtime; self.terminal = terminal
        runtime.runUntilIdle()
    }

    public var state: AppState { runtime.state }
    /// The screen as text lines (trailing spaces trimmed).
    public var lines: [String] { terminal.screen.lines }
    /// The screen as one string, for `contains` checks.
    public var text: String { lines.joined(separator: "\n") }
    public var cursor: Position? { terminal.cursor }

    /// Sends events and lets the runtime handle them (one present per event).
    public func send(_ events: TerminalEvent...) { send(events) }
    public func send(_ events: [TerminalEvent]) {
        terminal.pendingEvents += events
        if let reason = runtime.runUntilIdle() { exit = reason; return }
        if waitsForWork && !runtime.state.running.isEmpty {
            runtime.waitForWork(timeoutMilliseconds: 60_000)
            if let reason = runtime.runUntilIdle() { exit = reason }
        }
    }

    /// Lets the loop take one turn, waiting up to `milliseconds` for a key or a wake (a change
    /// in the inbox, work finished off the loop): what the real loop does between keys.
    public func wait(milliseconds: Int) {
        runtime.step(pollMilliseconds: milliseconds)
        if let reason = runtime.state.exit.flatMap({ _ in runtime.runUntilIdle() }) { exit = reason }
    }
    public func press(_ keys: Key...) { send(keys.map { .key($0) }) }
    /// Presses a printable key, e.g. `press("q")`.
    public func press(_ character: Character) { send(.key(Key(character))) }
    /// Types text one key per character.
    public func type(_ text: String) { send(text.map { .key(Key($0)) }) }
    public func paste(_ text: String) { send(.paste(text)) }
    public func resize(_ width: Int, _ height: Int) { send(.resize(Size(width: width, height: height))) }
}
