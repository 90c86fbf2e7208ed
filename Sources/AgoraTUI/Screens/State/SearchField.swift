import AgoraCore

/// The `/` search of a list: a text field that narrows the rows to those whose words
/// contain what is typed (case and accents ignored, as names are resolved everywhere).
struct SearchField: Equatable, Sendable {
    var field = TextFieldState()
    var isEditing = false

    var isActive: Bool { isEditing || !field.isEmpty }

    /// True when one of `texts` contains the typed text (always true when empty).
    func matches(_ texts: [String]) -> Bool {
        let key = TextRules.searchKey(field.text.trimmingCharacters(in: .whitespaces))
        return key.isEmpty || texts.contains { TextRules.searchKey($0).contains(key) }
    }

    /// Handles a key while editing: Enter keeps the filter, Esc clears it. Returns false
    /// for keys left to the list (↑/↓ stop editing and move the selection).
    mutating func feed(_ event: TerminalEvent) -> Bool {
        switch event {
        case .paste(let text): field.insert(text)
        case .key(.enter): isEditing = false
        case .key(.escape): isEditing = false; field = TextFieldState()
        case .key(.up), .key(.down): isEditing = false; return false
        case .key(let key): return field.handle(key)
        default: return false
        }
        return true
    }

    /// Draws "/ text   N matches" on `row`; returns the cursor while editing.
    func render(matches: Int, into buffer: inout Buffer, row: Rect) -> Position? {
        let label = " \(CountedNoun.match(matches))"
        buffer.fill(row, role: .normal)
        buffer.write("/", x: row.x, y: row.y, role: .key)
        let p = TextField.render(field, into: &buffer,
                                 area: Rect(x: row.x + 2, y: row.y, width: row.width - 2 - label.count, height: 1),
                                 role: isEditing ? .input : .accent)
        buffer.write(label, in: Rect(x: row.maxX - label.count, y: row.y, width: label.count, height: 1), role: .dim)
        return isEditing ? p : nil
    }
}
