import AgoraCore
import Foundation
/// Draws the whole frame: header, screen tabs, the focused screen, status line, hint bar,
/// and any overlay. A pure function of its inputs.
public enum AppView {
    /// Where the focused screen is drawn: below the header (and the screen tabs when there
    /// are several screens), above the status line and hint bar.
    /// A screen that ``Screen/prefersFullScreen`` (the projector) gets the whole terminal.
    public static func screenArea(size: Size, screenCount: Int, fullScreen: Bool = false) -> Rect {
        if fullScreen { return Rect(size) }
        let top = screenCount > 1 ? 2 : 1
        return Rect(size).droppingTop(top).droppingBottom(2)
    }

    /// How long ago the last change became durable (" · saved just now", " · saved 3 min
    /// ago"), or " · NOT SAVED" while saving fails. Relative to the injected clock.
    /// True while the shown screen takes the whole terminal (the projector view), no overlay open.
    static func isFullScreen(_ state: AppState) -> Bool {
        (state.shownProjector != nil || state.focusedScreen.prefersFullScreen) && state.overlay == nil
    }

    /// "⠹ Forming the groups of round 1… 3 s · Esc cancels": work running off the loop.
    static func progressText(_ work: RunningWork, now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(work.started)))
        let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
        return FrameText.table("frame.progress", ["spinner": String(spinner[seconds % spinner.count]), "label": work.label,
                                                  "seconds": "\(seconds)"])
    }

    static func saveIndicator(_ lastSave: Date?, problem: String?, now: Date) -> String {
        let t = FrameText.table
        if problem != nil { return t("frame.notSaved") }
        guard let lastSave else { return "" }
        let age = max(0, Int(now.timeIntervalSince(lastSave)))
        switch age {
        case ..<10: return t("frame.savedNow")
        case ..<60: return t("frame.savedSeconds", ["n": "\(age)"])
        case ..<3600: return t("frame.savedMinutes", ["n": "\(age / 60)"])
        default: return t("frame.savedHours", ["n": "\(age / 3600)"])
        }
    }

    public static func render(state: AppState, context: ScreenContext, size: Size, measure: TextWidth,
                              fileName: String, saveProblem: String?, lastSave: Date? = nil,
                              minimumSize: Size) -> (Buffer, Position?) {
        var buffer = Buffer(size: size, measure: measure)
        let area = buffer.area
        if size.width < minimumSize.width || size.height < minimumSize.height {
            let notice = FrameText.table("frame.tooSmall", ["width": "\(minimumSize.width)", "height": "\(minimumSize.height)"])
            let lines = Paragraph.wrap(notice, width: size.width, measure: measure)
            let box = area.centered(Size(width: size.width, height: lines.count))
            for (i, line) in lines.enumerated() where i < box.height {
                buffer.write(line, in: box.row(i), role: .warning, alignment: .center)
            }
            return (buffer, nil)
        }

        if isFullScreen(state) {
            let cursor = state.shownScreen.render(into: &buffer, area: area, context: context)
            return (buffer, cursor)
        }
        // The projector keeps the whole terminal under an overlay: no header or tabs over it.
        let underOverlay = state.shownProjector != nil || state.focusedScreen.prefersFullScreen
        var cursor: Position?
        let body: Rect
        if underOverlay {
            body = area
            _ = state.shownScreen.render(into: &buffer, area: area, context: context)
        } else {
            (body, cursor) = frame(state: state, context: context, fileName: fileName, saveProblem: saveProblem,
                                   lastSave: lastSave, into: &buffer)
        }
        cursor = overlay(state: state, context: context, body: body, into: &buffer) ?? cursor
        return (buffer, cursor)
    }

    /// The header, tabs, focused screen, status line and hint bar; returns the screen's area
    /// and cursor.
    static func frame(state: AppState, context: ScreenContext, fileName: String, saveProblem: String?,
                      lastSave: Date?, into buffer: inout Buffer) -> (Rect, Position?) {
        let area = buffer.area, size = buffer.size

        // Header: what is open.
        let meeting = context.session.meeting
        StatusBar.render(left: " Agora · \(meeting.title)",
                         right: "\(context.joining != nil ? FrameText.table("frame.serving") : "")\(fileName)\(context.isReadOnly ? FrameText.table("frame.readOnly") : "")\(saveIndicator(lastSave, problem: saveProblem, now: context.now)) ",
                         into: &buffer, area: area.row(0), role: .status)
        let body = screenArea(size: size, screenCount: state.screens.count)
        if state.screens.count > 1 {
            Tabs.render(state.screens.map(\.title), selected: state.focus, into: &buffer, area: area.row(1))
        }

        let cursor = state.shownScreen.render(into: &buffer, area: body, context: context)

        // Status line: the last message, else an unsaved-changes warning.
        let statusRow = area.row(size.height - 2)
        var statusCut = false
        if let work = state.running.last {
            buffer.write(" " + progressText(work, now: context.now), in: statusRow, role: .warning)
        } else if let message = state.status {
            statusCut = StatusLine.render(message, into: &buffer, row: statusRow)
        } else if let saveProblem {
            buffer.write(FrameText.table("frame.saveProblem", ["problem": saveProblem]), in: statusRow, role: .warning)
        } else {
            buffer.fill(statusRow, role: .normal)
        }
        let hints = (statusCut ? [StatusLine.wholeHint] : []) + state.shownScreen.helpEntries(context: context) + AppAction.helpEntries(readOnly: context.isReadOnly, screens: state.reachableScreens)
        HintBar.render(hints, into: &buffer, area: area.row(size.height - 1))
        return (body, cursor)
    }

    /// What the `?` help lists: the shown screen's keys and notes, the keys that work
    /// everywhere, the text fields' and the palette's.
    static func helpSections(state: AppState, context: ScreenContext) -> [HelpOverlay.Section] {
        let t = FrameText.table
        return [
            HelpOverlay.Section(title: state.shownScreen.title, entries: state.shownScreen.helpEntries(context: context)),
        ] + state.shownScreen.helpNotes(context: context) + [
            HelpOverlay.Section(title: t("frame.help.everywhere"), entries: AppAction.helpEntries(readOnly: context.isReadOnly, screens: state.reachableScreens)),
            HelpOverlay.Section(title: t("frame.help.textFields"), entries: TextFieldState.editingKeys),
            HelpOverlay.Section(title: t("frame.help.palette"), entries: [
                HelpEntry(keys: Key.enter.description, description: t("frame.help.run")),
                HelpEntry(keys: Key.tab.description, description: t("frame.help.complete")),
                HelpEntry(keys: "↑/↓", description: t("frame.help.history")),
                HelpEntry(keys: Key.escape.description, description: t("frame.help.close")),
            ]),
        ]
    }

    /// Where the `?` help is drawn in a terminal of `size`: all of it below the header.
    static func helpArea(_ size: Size) -> Rect { Rect(size).droppingTop(1) }

    /// Draws the open overlay, if any, over the frame; returns where the cursor goes
    /// (nil for none, `.some(nil)` to hide it).
    static func overlay(state: AppState, context: ScreenContext, body: Rect, into buffer: inout Buffer) -> Position?? {
        let area = buffer.area
        var cursor: Position?
        switch state.overlay {
        case nil: return nil
        case .help(let offset):
            HelpOverlay.render(helpSections(state: state, context: context), offset: offset, into: &buffer, area: helpArea(area.size))
            cursor = nil
        case .output(let title, let lines, let offset):
            let box = area.inset(dx: 2, dy: 2)
            buffer.fill(box, role: .modal)
            buffer.box(box, title: ":" + title, role: .border)
            let inner = box.inset()
            for (i, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
                buffer.write(line, in: inner.row(i), role: .modal)
            }
            cursor = nil
        case .message(let message):
            StatusLine.renderWhole(message, into: &buffer, area: body)
            cursor = nil
        case .confirm(let request, _):
            cursor = ConfirmDialog.render(request, into: &buffer, area: body)
        case .palette:
            cursor = CommandPalette.render(state.palette, into: &buffer, area: area.droppingTop(1))
        }
        return .some(cursor)
    }
}
