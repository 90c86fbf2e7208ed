import AgoraCore
import AgoraPalette
import AgoraStore
import Foundation

/// The one loop: event → key map of the focused screen (or overlay) → action → reducer →
/// effects → render → one present.
///
/// ``run()`` drives it from a terminal until quit or a signal; tests call ``handle(_:)``
/// and ``present()`` through ``Pilot``.
///
/// Besides the keys, two sources change things between keys, each waking the terminal's
/// poll through its ``TerminalWaker``: the optional ``SessionInbox`` (phones, later a second
/// terminal), drained every iteration in order through the ``SessionPort``; and ``Work``
/// finished off the loop, handed back to the screen that asked. After every change of the
/// session, whatever its source, the runtime notifies the screens once, publishes the session
/// to the inbox's readers, and draws.
public final class AppRuntime {
    public private(set) var state: AppState
    public let terminal: any Terminal
    public let port: any SessionPort
    public let interpreter: (any PaletteInterpreter)?
    public private(set) var theme: Theme
    /// Loads a theme by name for `:theme NAME` (the theme and a warning when it fell back).
    let themeLoader: (String) -> (Theme, String?)
    let clock: () -> Date
    /// Below this size the screen shows a notice instead of the UI.
    public static let minimumSize = Size(width: 40, height: 10)
    /// Problems of the final save, reported after the terminal is restored.
    public private(set) var exitProblem: String?
    private var needsRender = true
    private var lastTick: Date
    /// Changes from outside the keyboard; nil when nobody else can send any.
    public let inbox: SessionInbox?
    /// Serving the meeting to phones (`:serve`); nil when the app cannot serve.
    public let serving: (any ServingControl)?
    /// Work finished off the loop, waiting to be handed back.
    private let finishedWork = WorkMailbox()
    private var cancellations: [Int: Cancellation] = [:]
    private var lastWorkID = 0

    public init(screens: [any Screen], terminal: any Terminal, port: any SessionPort,
                interpreter: (any PaletteInterpreter)? = nil, theme: Theme = ThemeCatalog.defaultTheme,
                themeLoader: @escaping (String) -> (Theme, String?) = { ThemeCatalog().load($0) },
                clock: @escaping () -> Date = Date.init, initialFocus: Int = 0,
                inbox: SessionInbox? = nil, serving: (any ServingControl)? = nil) {
        precondition(!screens.isEmpty, "the runtime needs at least one screen")
        state = AppState(screens: screens)
        state.focus = min(max(0, initialFocus), screens.count - 1)
        self.terminal = terminal; self.port = port; self.interpreter = interpreter
        self.theme = theme; self.themeLoader = themeLoader; self.clock = clock
        lastTick = clock()
        self.inbox = inbox; self.serving = serving
        if let inbox, let waker = terminal.waker { inbox.addWake { waker.wake() } }
        terminal.apply(theme.resolved(for: terminal.colorDepth))
        notifySessionChanged()
        inbox?.publish(port.session)
    }

    /// Data derived from the session, computed once per change (see ``notifySessionChanged()``).
    private var results: [TopicResult] = []
    /// How many times the derived data was computed (once per change, whatever its source).
    public private(set) var derivations = 0
    /// How many results of cancelled work came back and were dropped unapplied.
    public private(set) var droppedResults = 0

    var context: ScreenContext {
        ScreenContext(session: port.session, isReadOnly: port.isReadOnly, now: clock(),
                      area: AppView.screenArea(size: terminal.size, screenCount: state.screens.count,
                                               fullScreen: AppView.isFullScreen(state)),
                      results: results, timer: port.session.roundTimer, joining: serving?.invitation)
    }

    // MARK: The loop

    /// Runs until quit or a termination signal; saves on the way out. Does not restore the
    /// terminal: the caller ends it (writing nothing after SIGHUP).
    @discardableResult
    public func run(pollMilliseconds: Int = 100) -> ExitReason {
        present()
        while state.exit == nil { step(pollMilliseconds: pollMilliseconds) }
        return finish()
    }

    /// Without a waker, how long one poll may wait while other sources are attached.
    static let shortPollMilliseconds = 5

    /// One turn of the loop: waits up to `pollMilliseconds` for a key (or a wake), handles it,
    /// takes the changes from outside the keyboard, ticks the clocks, draws if anything changed.
    public func step(pollMilliseconds: Int) {
        let otherSources = inbox != nil || !state.running.isEmpty
        var timeout = terminal.waker == nil && otherSources ? min(pollMilliseconds, Self.shortPollMilliseconds) : pollMilliseconds
        // Changes still waiting from the last slice: look for a key without sleeping, then take the next slice.
        if inbox?.hasPending == true { timeout = 0 }
        if let event = terminal.poll(timeoutMilliseconds: timeout) { handle(event) }
        takeChangesFromOutside()
        tickIfDue()
        if needsRender && state.exit == nil { present() }
    }

    /// Handles every queued event and presents once per event that changed something
    /// (what the scripted ``Pilot`` uses), taking one slice of the changes from outside between
    /// two events as the loop does, then the rest. Returns the exit reason if the app stopped.
    @discardableResult
    public func runUntilIdle() -> ExitReason? {
        takeChangesFromOutside()
        if needsRender { present() }
        while state.exit == nil, let event = terminal.poll(timeoutMilliseconds: 0) {
            handle(event)
            takeChangesFromOutside()
            if needsRender && state.exit == nil { present() }
        }
        if state.exit == nil, inbox?.hasPending == true {
            takeAllChangesFromOutside()
            if needsRender { present() }
        }
        return state.exit.map { _ in finish() }
    }

    private var finished = false
    /// Saves once at the end.
    private func finish() -> ExitReason {
        let reason = state.exit ?? .quit
        if !finished {
            finished = true
            for cancellation in cancellations.values { cancellation.cancel() }
            takeAllChangesFromOutside()
            inbox?.close()
            if !port.isReadOnly {
                do { try port.save() } catch { exitProblem = FrameText.table("frame.couldNotSave", ["name": port.name, "problem": "\(error)"]) }
            }
        }
        return reason
    }

    func tickIfDue() {
        let now = clock()
        guard now.timeIntervalSince(lastTick) >= 1 else { return }
        lastTick = now
        let ctx = context
        if !state.running.isEmpty { needsRender = true }
        // The bell and flash once at the end of a round, whichever screen is shown.
        if let end = port.session.roundTimer.endsAt, end <= now, state.announcedTimerEnd != end {
            state.announcedTimerEnd = end
            needsRender = true
            perform([.bell, .flash, .status(FrameText.table("frame.timeUp"))])
        }
        if var projector = state.shownProjector, projector.tick(context: ctx) { needsRender = true }
        for i in state.screens.indices {
            var s = state.screens[i]
            if s.tick(context: ctx) && i == state.focus { needsRender = true }
            state.screens[i] = s
        }
        if let effects = onScreen({ screen, ctx in screen.tickEffects(context: ctx) }), !effects.isEmpty {
            needsRender = true
            perform(effects)
        }
    }

    // MARK: Events

    /// Handles one event: overlays first, then the focused screen, then the app's keys.
    public func handle(_ event: TerminalEvent) {
        needsRender = true
        switch event {
        case .signal(let signal):
            state.exit = .signal(signal)
        case .resize:
            terminal.invalidate()
        case .paste(let text):
            if state.overlay == .palette { state.palette.field.insert(text); state.palette.completions = [] }
            else if state.overlay == nil && state.shownProjector == nil { perform(onScreen { $0.input(.paste(text), context: $1) } ?? []) }
        case .mouse(let mouse):
            if state.overlay == nil && state.shownProjector == nil {
                if let effects = onScreen({ $0.input(.mouse(mouse), context: $1) }) { perform(effects) }
                else if mouse.kind == .wheelUp { handleKey(.up) } else if mouse.kind == .wheelDown { handleKey(.down) }
            }
        case .key(let key):
            handleKey(key)
        }
    }

    func handleKey(_ key: Key) {
        if let overlay = state.overlay { handleOverlayKey(key, overlay); return }
        if key == .escape, let work = state.running.last { cancel(work); return }
        if state.shownProjector != nil { handleProjectorKey(key); return }
        if state.focusedScreen.isEditingText, let effects = onScreen({ $0.input(.key(key), context: $1) }) {
            perform(effects); return
        }
        if let effects = onScreen({ $0.handleKey(key, context: $1) }) {
            state.status = nil
            perform(effects); return
        }
        if let action = appBindings.action(for: key) { state.status = nil; perform(action); return }
        if let effects = onScreen({ $0.input(.key(key), context: $1) }) { perform(effects) }
    }

    /// The app's keys that work here (``AppAction/bindings(readOnly:screens:)``).
    var appBindings: [KeyBinding<AppAction>] { AppAction.bindings(readOnly: port.isReadOnly, screens: state.reachableScreens) }

    /// The projector view over the focused screen has the keys: its own, then the app's.
    private func handleProjectorKey(_ key: Key) {
        guard var projector = state.shownProjector else { return }
        if let action: ProjectorScreen.Action = projector.bindings(context: context).action(for: key) {
            state.status = nil
            if action == .close { state.projector = nil; return }
            let effects = projector.reduce(action, context: context)
            state.projector?.view = projector
            perform(effects)
        } else if let action = appBindings.action(for: key) {
            state.status = nil; perform(action)
        }
    }

    /// Runs `body` on the focused screen (its existential opened) and stores it back.
    private func onScreen(_ body: (inout any Screen, ScreenContext) -> [Effect]?) -> [Effect]? {
        var screen = state.screens[state.focus]
        let result = body(&screen, context)
        state.screens[state.focus] = screen
        return result
    }

    public func perform(_ action: AppAction) {
        switch action {
        case .serve: serve(stop: serving?.joinURL != nil)
        case .lastMessage:
            if let message = state.lastStatus { state.overlay = .message(message) } else { terminal.bell() }
        case .help: state.overlay = .help(offset: 0)
        case .palette: openPalette("")
        case .quit: state.exit = .quit
        case .undo: perform([.undo])
        case .redo: perform([.redo])
        case .redraw: terminal.invalidate()
        case .showScreen(let n): if (1...state.screens.count).contains(n) { state.focus = n - 1 }
        case .nextScreen: state.focus = (state.focus + 1) % state.screens.count
        case .previousScreen: state.focus = (state.focus + state.screens.count - 1) % state.screens.count
        case .suspend: perform([.suspend])
        }
    }

    private func handleOverlayKey(_ key: Key, _ overlay: Overlay) {
        switch overlay {
        case .help(let offset):
            switch key {
            case .escape, Key("?"), Key("q"), .enter: state.overlay = nil
            case .ctrl("c"): state.overlay = nil; state.exit = .quit
            case .down, Key("j"), .pageDown, .end, .up, Key("k"), .pageUp, .home:
                let page = HelpOverlay.page(AppView.helpSections(state: state, context: context), area: AppView.helpArea(terminal.size),
                                            measure: terminal.measure)
                let moved: Int
                switch key {
                case .down, Key("j"): moved = offset + 1
                case .up, Key("k"): moved = offset - 1
                case .pageDown: moved = offset + page.shown
                case .pageUp: moved = offset - page.shown
                case .home: moved = 0
                default: moved = page.lastOffset
                }
                state.overlay = .help(offset: min(max(0, moved), page.lastOffset))
            default: break
            }
        case .output(let title, let lines, let offset):
            switch key {
            case .down, Key("j"): state.overlay = .output(title: title, lines: lines, offset: min(offset + 1, max(0, lines.count - 1)))
            case .up, Key("k"): state.overlay = .output(title: title, lines: lines, offset: max(0, offset - 1))
            case .ctrl("c"): state.overlay = nil; state.exit = .quit
            default: state.overlay = nil
            }
        case .message:
            state.overlay = nil
            if key == .ctrl("c") { state.exit = .quit }
        case .confirm(_, let effects):
            if CommonText.confirms(key) { state.overlay = nil; perform(effects); break }
            switch key {
            case Key("n"), Key("N"), .escape, .ctrl("c"): state.overlay = nil; state.status = StatusMessage(CommonText.table("common.cancelled"))
            default: terminal.bell()
            }
        case .palette:
            handlePaletteKey(key)
        }
    }

    // MARK: Palette

    func openPalette(_ text: String) {
        state.palette.field.text = text
        state.palette.error = nil; state.palette.completions = []; state.palette.historyIndex = nil
        state.overlay = .palette
    }

    /// Verbs the runtime answers itself, before the interpreter.
    static let builtinVerbs = ["help", "quit", "serve", "theme"]

    private func handlePaletteKey(_ key: Key) {
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"): state.overlay = nil
        case .enter: runPaletteLine(state.palette.field.text)
        case .up, .ctrl("p"): state.palette.historyBack()
        case .down, .ctrl("n"): state.palette.historyForward()
        case .tab:
            let line = state.palette.field.text
            var candidates = Self.builtinVerbs.filter { $0.hasPrefix(line) && !line.isEmpty }.map { $0 + " " }
            candidates += interpreter?.completions(for: line) ?? []
            state.palette.error = nil
            state.palette.complete(with: Array(NSOrderedSet(array: candidates)) as? [String] ?? candidates)
            if candidates.isEmpty { terminal.bell() }
        case .backspace where state.palette.field.isEmpty:
            state.overlay = nil
        default:
            if state.palette.field.handle(key) { state.palette.error = nil; state.palette.completions = [] }
        }
    }

    func runPaletteLine(_ raw: String) {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { state.overlay = nil; return }
        state.palette.remember(line)
        let words = CommandLineWords.split(line)
        switch words.first {
        case "quit", "q":
            state.overlay = nil; state.exit = .quit; return
        case "help":
            state.overlay = .help(offset: 0); return
        case "serve":
            serve(stop: words.dropFirst().first == "stop"); return
        case "theme":
            guard words.count == 2 else { showPaletteError(FrameText.table("frame.themeUsage", ["themes": BuiltinThemes.files.keys.sorted().joined(separator: ", ")])); return }
            let (theme, warning) = themeLoader(words[1])
            if let warning { showPaletteError(warning); return }
            self.theme = theme
            terminal.apply(theme.resolved(for: terminal.colorDepth))
            terminal.invalidate()
            state.overlay = nil; state.status = StatusMessage(FrameText.table("frame.theme", ["name": theme.name])); return
        default: break
        }
        guard let interpreter else { showPaletteError(FrameText.table("frame.noCommands")); return }
        do {
            let output = try interpreter.run(line).trimmingCharacters(in: .newlines)
            sessionChanged()
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.count > 1 {
                state.overlay = .output(title: line, lines: lines, offset: 0)
            } else {
                state.overlay = nil
                state.status = StatusMessage(output.isEmpty ? FrameText.table("frame.done", ["line": line]) : output)
            }
        } catch {
            sessionChanged()
            showPaletteError(ErrorText.message(error))
        }
    }

    /// `W`, `:serve` and `agora open --serve` start serving phones and show the join QR code
    /// on the projector; `W` again or `:serve stop` stops. The header says while it serves.
    private func serve(stop: Bool) {
        state.overlay = nil
        guard let serving else {
            perform([.error(FrameText.table(port.isReadOnly ? "frame.serve.readOnly" : "frame.serve.unavailable"))])
            return
        }
        if stop {
            // Phones' requests already in flight are applied while the server winds down.
            serving.stop(draining: { takeAllChangesFromOutside() })
            state.status = StatusMessage(FrameText.table("frame.serve.stopped"))
            if state.shownProjector?.view == .join { state.projector = nil }
            needsRender = true
            return
        }
        do {
            if serving.joinURL == nil { try serving.start() }
            perform([.projector(.join)])
            state.status = StatusMessage(([FrameText.table("frame.serve.started", ["url": serving.joinURL ?? "?", "command": ":phones joining"])]
                                          + serving.notes).joined(separator: " · "))
        } catch {
            perform([.error(FrameText.table("frame.serve.failed", ["problem": ErrorText.message(error)]))])
        }
    }

    private func showPaletteError(_ text: String) {
        state.palette.error = text; state.palette.completions = []
        terminal.bell()
    }


    // MARK: Effects

    /// Performs effects in order.
    public func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .apply(let operation):
                do { state.status = StatusMessage(try port.apply(operation)); sessionChanged() } catch { fail(error) }
            case .undo:
                do { state.status = StatusMessage(FrameText.table("frame.undid", ["summary": try port.undo()])); sessionChanged() } catch { fail(error) }
            case .redo:
                do { state.status = StatusMessage(FrameText.table("frame.redid", ["summary": try port.redo()])); sessionChanged() } catch { fail(error) }
            case .save:
                do { try port.save(); state.status = StatusMessage(FrameText.table("frame.saved", ["name": port.name])) } catch { fail(error) }
            case .status(let text): state.status = StatusMessage(text)
            case .error(let text): state.status = StatusMessage(text, isError: true); terminal.bell()
            case .confirm(let request, let onConfirm): state.overlay = .confirm(request, onConfirm: onConfirm)
            case .run(let work): start(work)
            case .projector(let view, let round):
                var projector = ProjectorScreen(view: view)
                projector.round = round
                state.projector = (state.focus, projector)
                projector.sessionDidChange(context: context)
                state.projector = (state.focus, projector)
            case .timer(let change):
                do { state.status = StatusMessage(try port.apply(.plan(.timer(change, at: clock())))); sessionChanged() } catch { fail(error) }
            case .openPalette(let text): openPalette(text)
            case .openHelp: state.overlay = .help(offset: 0)
            case .bell: terminal.bell()
            case .flash: terminal.flash()
            case .suspend: terminal.suspend(); terminal.invalidate()
            case .quit: state.exit = .quit
            }
            needsRender = true
        }
    }

    private func fail(_ error: any Error) {
        state.status = StatusMessage(ErrorText.message(error), isError: true)
        terminal.bell()
    }

    // MARK: Changes from outside the keyboard

    /// How many changes from outside one turn of the loop takes at most: a flood of phones is
    /// applied a slice at a time between keys, so a key waits behind one slice, never the flood.
    public var outsideSlice = 64

    /// Applies the oldest slice of what the inbox holds, in order, and hands finished work back
    /// to its screen.
    func takeChangesFromOutside() {
        if let inbox, inbox.hasPending {
            // The requests are journaled by the port (together) before their submitters are answered; the
            // inbox publishes once after the slice, the screens are told once.
            let outcomes = inbox.drain(applyingGroup: { port.apply(group: $0) }, limit: outsideSlice, session: { port.session })
            if outcomes.contains(where: { if case .success = $0.result { true } else { false } }) {
                notifySessionChanged()
            }
            if let last = outcomes.last {
                switch last.result {
                case .success(let summary): state.status = StatusMessage(FrameText.table("frame.fromOutside", ["origin": "\(last.origin)", "summary": summary]))
                case .failure(let error): state.status = StatusMessage(FrameText.table("frame.refused", ["origin": "\(last.origin)", "problem": ErrorText.message(error)]))
                }
                needsRender = true
            }
        }
        let done = finishedWork.takeAll()
        for (id, message) in done {
            // Cancelled work left `running` when it was cancelled: its result is dropped.
            guard let index = state.running.firstIndex(where: { $0.id == id }) else { droppedResults += 1; continue }
            let work = state.running.remove(at: index)
            let cancelled = cancellations.removeValue(forKey: id)?.isCancelled ?? true
            needsRender = true
            guard !cancelled, state.screens.indices.contains(work.screen) else { continue }
            var screen = state.screens[work.screen]
            let effects = screen.receive(message, context: context) ?? []
            state.screens[work.screen] = screen
            if state.status?.text.hasPrefix(work.label) == true { state.status = nil }
            perform(effects)
        }
    }

    /// Applies everything the inbox holds now, a slice at a time (before quitting or stopping to
    /// serve); what arrives meanwhile waits for the next turn.
    func takeAllChangesFromOutside() {
        var left = inbox?.pendingCount ?? 0
        repeat { takeChangesFromOutside(); left -= outsideSlice } while left > 0
    }

    /// Starts `work` on a thread of its own for the focused screen (its earlier work is cancelled).
    private func start(_ work: Work) {
        for earlier in state.running where earlier.screen == state.focus { cancel(earlier, quietly: true) }
        lastWorkID += 1
        let id = lastWorkID, cancellation = Cancellation()
        cancellations[id] = cancellation
        state.running.append(RunningWork(id: id, screen: state.focus, label: work.label, started: clock()))
        let mailbox = finishedWork, waker = terminal.waker
        // A task-local does not cross onto a Thread: the work's words are in this loop's language.
        let language = LanguageChoice.current
        let thread = Thread {
            let message = LanguageChoice.$current.withValue(language) { work.perform(cancellation) }
            mailbox.post(id, message)
            waker?.wake()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func cancel(_ work: RunningWork, quietly: Bool = false) {
        cancellations.removeValue(forKey: work.id)?.cancel()
        state.running.removeAll { $0.id == work.id }
        if !quietly { state.status = StatusMessage(FrameText.table("frame.workCancelled", ["label": work.label])) }
        needsRender = true
    }

    /// Waits (up to `timeoutMilliseconds`) until no work runs off the loop, taking each result
    /// as it comes. For tests and for a clean exit.
    public func waitForWork(timeoutMilliseconds: Int) {
        let deadline = Date().addingTimeInterval(Double(timeoutMilliseconds) / 1000)
        while !state.running.isEmpty, Date() < deadline {
            _ = terminal.waker?.wait(timeoutMilliseconds: 5) ?? { usleep(2_000); return false }()
            takeChangesFromOutside()
        }
        if needsRender { present() }
    }

    /// The session changed through this loop: tell the screens once, publish it to the inbox's readers.
    private func sessionChanged() {
        notifySessionChanged()
        inbox?.publish(port.session)
    }

    private func notifySessionChanged() {
        results = Tally.results(of: port.session)
        derivations += 1
        let ctx = context
        state.projector?.view.sessionDidChange(context: ctx)
        for i in state.screens.indices {
            var s = state.screens[i]
            s.sessionDidChange(context: ctx)
            state.screens[i] = s
        }
    }

    // MARK: Rendering

    /// Renders the current state and presents it (one present per call).
    public func present() {
        let (buffer, cursor) = frame(size: terminal.size)
        terminal.present(buffer, cursor: cursor)
        needsRender = false
    }

    /// The frame for `size`: a pure function of the state, the session and the clock.
    public func frame(size: Size) -> (Buffer, Position?) {
        AppView.render(state: state, context: context, size: size, measure: terminal.measure,
                       fileName: port.name, saveProblem: port.saveProblem, lastSave: port.lastDurableSave,
                       minimumSize: Self.minimumSize)
    }
}
