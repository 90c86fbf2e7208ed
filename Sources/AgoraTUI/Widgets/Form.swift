import AgoraCore

/// A form: labelled text fields, one focused; Tab and Shift-Tab (or ↓/↑) move between them.
public struct FormState: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        /// What the code reads the field by: a stable name that does not change with the
        /// language ("City"); the label shown is ``label``.
        public var name: String
        /// What the form shows before the field, in the reader's language ("Ville").
        public var label: String
        public var value: TextFieldState
        public var placeholder: String
        /// Whether the field holds multi-line text (a description): its line breaks show as
        /// " ¶ " and a paste keeps them (``LineBreakMark``).
        public var keepsLineBreaks = false
        /// Every field has a label in the reader's language: there is no default, so that no
        /// form shows its code name ("Context") in a French screen.
        public init(_ name: String, label: String, value: String = "", placeholder: String = "") {
            self.name = name; self.label = label; self.value = TextFieldState(value); self.placeholder = placeholder
        }
        /// A field of multi-line text (``keepsLineBreaks``), showing `value`'s line breaks as " ¶ ".
        public init(_ name: String, label: String, paragraphs value: String, placeholder: String = "") {
            self.init(name, label: label, value: LineBreakMark.shown(value), placeholder: placeholder)
            keepsLineBreaks = true
        }
        /// A field holding a proposed default that the first typed key replaces.
        public init(_ name: String, label: String, default proposed: String, placeholder: String = "") {
            self.name = name; self.label = label; self.value = TextFieldState(default: proposed); self.placeholder = placeholder
        }
    }
    public var fields: [Field]
    public var focus: Int = 0

    public init(_ fields: [Field]) { self.fields = fields }

    /// The current text of each field, by name.
    public var values: [String: String] {
        Dictionary(fields.map { ($0.name, $0.value.text) }, uniquingKeysWith: { a, _ in a })
    }

    /// Handles focus moves and editing keys; returns false for keys left to the caller
    /// (Enter submits, Esc cancels).
    public mutating func handle(_ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        switch key.code {
        case .tab, .down: focus = (focus + 1) % fields.count; return true
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count; return true
        default: return fields[focus].value.handle(key)
        }
    }

    /// Inserts pasted text in the focused field: a multi-line field keeps its line breaks as
    /// " ¶ ", another makes them spaces.
    public mutating func paste(_ text: String) {
        guard fields.indices.contains(focus) else { return }
        fields[focus].value.insert(fields[focus].keepsLineBreaks ? LineBreakMark.shown(text) : text)
    }
}

/// Draws a ``FormState``: one field per row, labels right-aligned in a column.
public enum Form {
    /// Returns where the terminal cursor goes (in the focused field).
    @discardableResult
    public static func render(_ state: FormState, into buffer: inout Buffer, area: Rect) -> Position? {
        buffer.fill(area, role: .modal)
        // "Seats:", in French "Places :" (a narrow no-break space before the colon).
        let colon = Language.current == .fr ? "\u{202F}:" : ":"
        let labelWidth = min(max(0, area.width / 3), (state.fields.map { buffer.measure.width($0.label) }.max() ?? 0) + colon.count)
        var cursor: Position?
        for (i, field) in state.fields.enumerated() where i < area.height {
            let row = area.row(i)
            let focused = i == state.focus
            buffer.write(field.label + colon, in: Rect(x: row.x, y: row.y, width: labelWidth + 1, height: 1),
                         role: focused ? .accent : .modal, alignment: .trailing)
            let fieldArea = Rect(x: row.x + labelWidth + 2, y: row.y, width: row.width - labelWidth - 2, height: 1)
            let p = TextField.render(field.value, into: &buffer, area: fieldArea, role: focused ? .input : .dim,
                                     placeholder: field.placeholder, focused: focused)
            if focused { cursor = p }
        }
        return cursor
    }
}
