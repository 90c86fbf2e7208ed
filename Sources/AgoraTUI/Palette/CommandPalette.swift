import Foundation

/// The state of the `:` command palette: the line being typed, the history of lines run
/// (↑/↓), the completions offered by Tab, and the last error.
public struct PaletteState: Equatable, Sendable {
    public var field = TextFieldState()
    public var history: [String] = []
    /// Position while browsing history (nil: editing a new line).
    public var historyIndex: Int?
    /// The line being typed before browsing history started.
    var draft = ""
    public var completions: [String] = []
    public var error: String?

    public init(history: [String] = []) { self.history = history }

    /// ↑: the previous line run.
    public mutating func historyBack() {
        guard !history.isEmpty else { return }
        if historyIndex == nil { draft = field.text; historyIndex = history.count }
        historyIndex = max(0, historyIndex! - 1)
        field.text = history[historyIndex!]
    }
    /// ↓: the next line, then back to the draft.
    public mutating func historyForward() {
        guard let i = historyIndex else { return }
        if i + 1 >= history.count { historyIndex = nil; field.text = draft } else { historyIndex = i + 1; field.text = history[i + 1] }
    }

    /// Records a line that was run (no repeats of the last line, no empties).
    public mutating func remember(_ line: String) {
        let t = line.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty && history.last != t { history.append(t) }
        if history.count > 200 { history.removeFirst(history.count - 200) }
        historyIndex = nil; draft = ""
    }

    /// Tab: takes `candidates` for the current line; fills in the only one, or the longest
    /// common prefix and lists them.
    public mutating func complete(with candidates: [String]) {
        completions = candidates
        guard let first = candidates.first else { return }
        if candidates.count == 1 { field.text = first; completions = []; return }
        var prefix = Array(first)
        for c in candidates.dropFirst() {
            let a = Array(c)
            var n = 0
            while n < prefix.count && n < a.count && prefix[n] == a[n] { n += 1 }
            prefix = Array(prefix.prefix(n))
        }
        if prefix.count > field.text.count { field.text = String(prefix) }
    }
}

/// Draws the palette at the bottom of an area: completions or the error above, the ":" line.
public enum CommandPalette {
    /// Returns the text cursor position.
    public static func render(_ state: PaletteState, into buffer: inout Buffer, area: Rect) -> Position? {
        guard area.height >= 1 else { return nil }
        let line = area.bottom(1)
        var extra: [(String, StyleRole)] = []
        if let error = state.error {
            extra = Paragraph.wrap(error, width: max(1, area.width - 2), measure: buffer.measure).map { ($0, .error) }
        } else if !state.completions.isEmpty {
            let shown = state.completions.prefix(8)
            extra = shown.map { ($0, .modal) }
            if state.completions.count > shown.count { extra.append((FrameText.table("frame.moreCompletions", ["count": "\(state.completions.count - shown.count)"]), .dim)) }
        }
        let extraHeight = min(extra.count, area.height - 1)
        for (i, item) in extra.suffix(extraHeight).enumerated() {
            buffer.write(" " + item.0, in: Rect(x: area.x, y: line.y - extraHeight + i, width: area.width, height: 1), role: item.1)
        }
        buffer.fill(line, role: .input)
        buffer.write(":", x: line.x, y: line.y, role: .key, limit: line.maxX)
        return TextField.render(state.field, into: &buffer, area: line.droppingLeading(1))
    }
}

extension Rect {
    /// What is left right of the first `columns` columns.
    public func droppingLeading(_ columns: Int) -> Rect {
        let c = min(max(0, columns), width)
        return Rect(x: x + c, y: y, width: width - c, height: height)
    }
}
