/// The text and cursor of a one-line text field, with the editing keys of a shell line:
/// insert, Backspace/Del, ←/→, Home/End (Ctrl-A/Ctrl-E), word jumps (Ctrl-←/→, Alt-←/→,
/// Alt-B/Alt-F), Ctrl-W (delete word before), Ctrl-U (delete to start), Ctrl-K (delete to end).
///
/// Text is kept as grapheme clusters so the cursor never lands inside one, and long pasted
/// text (line breaks become spaces) is inserted in one step.
public struct TextFieldState: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position in clusters, 0...count.
    public private(set) var cursor: Int

    /// A default not edited yet, shown selected: the first key that types or deletes replaces
    /// it whole (as typing over a selected default in a form of a desktop application); a key
    /// that only moves the cursor keeps it and ends the selection.
    public private(set) var isDefault: Bool

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
        isDefault = false
    }

    /// A field holding a proposed default (see ``isDefault``).
    public init(default text: String) {
        self.init(text)
        isDefault = !characters.isEmpty
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(newValue); cursor = characters.count; isDefault = false }
    }

    public var isEmpty: Bool { characters.isEmpty }

    public mutating func insert(_ text: String) {
        if isDefault { characters = []; cursor = 0; isDefault = false }
        let clean = text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1); cursor -= 1
    }
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// The start of the word before the cursor.
    func wordStartBefore() -> Int {
        var i = cursor
        while i > 0 && !isWord(characters[i - 1]) { i -= 1 }
        while i > 0 && isWord(characters[i - 1]) { i -= 1 }
        return i
    }
    /// The end of the word after the cursor.
    func wordEndAfter() -> Int {
        var i = cursor
        while i < characters.count && !isWord(characters[i]) { i += 1 }
        while i < characters.count && isWord(characters[i]) { i += 1 }
        return i
    }
    public mutating func moveWordLeft() { cursor = wordStartBefore() }
    public mutating func moveWordRight() { cursor = wordEndAfter() }
    /// Ctrl-W: deletes back to the start of the previous word (white space before it too).
    public mutating func deleteWordBackward() {
        var i = cursor
        while i > 0 && characters[i - 1] == " " { i -= 1 }
        while i > 0 && characters[i - 1] != " " { i -= 1 }
        characters.removeSubrange(i..<cursor); cursor = i
    }
    /// Alt-D: deletes to the end of the next word.
    public mutating func deleteWordForward() {
        let end = wordEndAfter(); characters.removeSubrange(cursor..<end)
    }
    public mutating func deleteToStart() { characters.removeSubrange(0..<cursor); cursor = 0 }
    public mutating func deleteToEnd() { characters.removeSubrange(cursor..<characters.count) }

    /// Applies an editing key. Returns false for keys a text field does not use (Enter, Esc,
    /// Tab, ↑/↓…), which the caller handles.
    public mutating func handle(_ key: Key) -> Bool {
        if isDefault { return handleOverDefault(key) }
        if let c = key.text { insert(String(c)); return true }
        let ctrl = key.modifiers.contains(.control), alt = key.modifiers.contains(.alt)
        switch key.code {
        case .backspace: if ctrl || alt { deleteWordBackward() } else { deleteBackward() }
        case .delete: deleteForward()
        case .left: if ctrl || alt { moveWordLeft() } else { moveLeft() }
        case .right: if ctrl || alt { moveWordRight() } else { moveRight() }
        case .home: moveToStart()
        case .end: moveToEnd()
        case .character(let c) where ctrl:
            switch c {
            case "a": moveToStart()
            case "e": moveToEnd()
            case "b": moveLeft()
            case "f": moveRight()
            case "d": deleteForward()
            case "h": deleteBackward()
            case "w": deleteWordBackward()
            case "u": deleteToStart()
            case "k": deleteToEnd()
            default: return false
            }
        case .character(let c) where alt:
            switch c {
            case "b": moveWordLeft()
            case "f": moveWordRight()
            case "d": deleteWordForward()
            default: return false
            }
        default: return false
        }
        return true
    }
}

extension TextFieldState {
    /// A key on a default not edited yet: one that deletes clears it, one that types replaces
    /// it, one that moves keeps it (and the key moves as usual); the default is then text.
    private mutating func handleOverDefault(_ key: Key) -> Bool {
        isDefault = false
        let ctrl = key.modifiers.contains(.control), alt = key.modifiers.contains(.alt)
        switch key.code {
        case .backspace, .delete:
            characters = []; cursor = 0; return true
        case .character(let c) where ctrl && "dhwuk".contains(c):
            characters = []; cursor = 0; return true
        case .character(let c) where alt && c == "d":
            characters = []; cursor = 0; return true
        default:
            if key.text != nil { characters = []; cursor = 0 }
            if handle(key) { return true }
            isDefault = true
            return false
        }
    }

    /// The editing keys of every text field (forms, searches, the picker), for the `?` overlay.
    /// Keys are named as the language's keyboards print them (``KeyText``): "Retroceso/Supr".
    static var editingKeys: [HelpEntry] {
        let t = FrameText.table, k = KeyText.table
        let ctrl = k("key.ctrl"), alt = k("key.alt")
        return [
            HelpEntry(keys: "←/→ \(Key.home)/\(Key.end)", description: t("frame.edit.move")),
            HelpEntry(keys: "\(ctrl)←/→ \(alt)B/F", description: t("frame.edit.word")),
            HelpEntry(keys: "\(Key.backspace)/\(Key.delete)", description: t("frame.edit.deleteCharacter")),
            HelpEntry(keys: "\(ctrl)W / \(alt)D", description: t("frame.edit.deleteWord")),
            HelpEntry(keys: "\(ctrl)U / \(ctrl)K", description: t("frame.edit.deleteToEnds")),
            HelpEntry(keys: "\(Key.tab)/\(Key.backTab) ↓/↑", description: t("frame.edit.nextField")),
            HelpEntry(keys: "→/\(Key.end)", description: t("frame.edit.overDefault")),
            HelpEntry(keys: "\(Key.enter) / \(Key.escape)", description: t("frame.edit.saveOrCancel")),
        ]
    }
}

/// Draws a ``TextFieldState`` on one row and says where the terminal cursor goes.
public enum TextField {
    /// Draws the field in the first row of `area`. A focused field scrolls to keep its
    /// cursor in view; one not focused shows its start, with "…" where it is cut, so that a
    /// form's long values read from their first words. Returns the cursor position (the real
    /// terminal cursor goes there when focused).
    @discardableResult
    public static func render(_ state: TextFieldState, into buffer: inout Buffer, area: Rect,
                              role: StyleRole = .input, placeholder: String = "", focused: Bool = true) -> Position {
        let row = area.row(0)
        buffer.fill(row, role: role)
        guard row.width > 0 else { return Position(x: row.x, y: row.y) }
        if state.isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, in: row, role: .dim)
            return Position(x: row.x, y: row.y)
        }
        let m = buffer.measure
        if !focused {
            let shown = m.truncate(m.displayText(state.text), to: row.width).text
            buffer.write(shown, in: row, role: state.isDefault && role == .input ? .selected : role)
            return Position(x: row.x, y: row.y)
        }
        let widths = state.characters.map { m.width(m.displayText(String($0))) }
        // Scroll just enough that the cursor (and one column for it) is visible.
        var start = state.cursor, used = 1
        while start > 0 && used + widths[start - 1] <= row.width { start -= 1; used += widths[start] }
        var x = row.x
        var cursorX = row.x
        // A default not edited yet is drawn selected: the first key types over it.
        let textRole: StyleRole = state.isDefault && role == .input ? .selected : role
        for i in start..<state.characters.count {
            if i == state.cursor { cursorX = x }
            let w = widths[i]
            if w == 0 { continue }
            if x + w > row.maxX { break }
            x = buffer.write(String(state.characters[i]), x: x, y: row.y, role: textRole, limit: row.maxX)
        }
        if state.cursor >= state.characters.count { cursorX = min(x, row.maxX - 1) }
        return Position(x: cursorX, y: row.y)
    }
}
