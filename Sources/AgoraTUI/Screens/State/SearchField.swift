import AgoraCore

/// The `/` search of a list: a text field that narrows the rows to those whose words
/// contain what is typed (case and accents ignored, as names are resolved everywhere).
///
/// The one search part every list composes (People, Topics, Groups, Work, Outcomes, the
/// start screen, the overview and the review's lists): a screen declares
/// `case search(SearchField.Action)`, adds ``bindings(_:description:showsInHints:clearDescription:clearsToo:)``
/// to its keys, hands the action to ``reduce(_:)`` and events to ``input(_:)``, and
/// refreshes its rows when they say so. The keys themselves are handled here only.
public struct SearchField: Equatable, Sendable {
    /// What the search's keys ask for: `/` starts typing, Esc clears the search.
    public enum Action: Equatable, Sendable { case start, clear }

    var field = TextFieldState()
    var isEditing = false

    public init() {}

    var isActive: Bool { isEditing || !field.isEmpty }

    /// The search key of what is typed ("" when nothing is).
    var key: String { TextRules.searchKey(field.text.trimmingCharacters(in: .whitespaces)) }

    /// True when one of `texts` contains the typed text (always true when empty).
    func matches(_ texts: [String]) -> Bool {
        let key = key
        return key.isEmpty || texts.contains { TextRules.searchKey($0).contains(key) }
    }

    /// `/` (start typing) and, while a search is active or `clearsToo` (other filters are
    /// set), Esc (clear it), both wrapped in the screen's own action.
    func bindings<A>(_ wrap: (Action) -> A, description: String? = nil, showsInHints: Bool = false,
                     clearDescription: String? = nil, clearsToo: Bool = false) -> [KeyBinding<A>] {
        var keys = [KeyBinding(Key("/"), action: wrap(.start), description: description ?? CommonText.table("common.search"), showsInHints: showsInHints)]
        if isActive || clearsToo {
            keys.append(KeyBinding(.escape, action: wrap(.clear), description: clearDescription ?? CommonText.table("common.search.clear")))
        }
        return keys
    }

    /// Applies a search action; true when the rows must be filtered again (the search was cleared).
    mutating func reduce(_ action: Action) -> Bool {
        switch action {
        case .start: isEditing = true; return false
        case .clear: self = SearchField(); return true
        }
    }

    /// The one way a list's search takes an event: nil when the search is not being typed or
    /// the key is left to the list (↑/↓ stop typing and move the selection), else `[]` and
    /// the caller filters its rows again. Enter keeps the filter, Esc clears it.
    mutating func input(_ event: TerminalEvent) -> [Effect]? {
        guard isEditing else { return nil }
        switch event {
        case .paste(let text): field.insert(text)
        case .key(.enter): isEditing = false
        case .key(.escape): self = SearchField()
        case .key(.up), .key(.down): isEditing = false; return nil
        case .key(let key): return field.handle(key) ? [] : nil
        default: return nil
        }
        return []
    }

    /// Draws "/ text   N matches" on `row` when the search is active (else nothing); returns
    /// the cursor while typing.
    func render(matches: Int, into buffer: inout Buffer, row: Rect) -> Position? {
        guard isActive else { return nil }
        let label = " " + CommonText.table("common.search.matches", ["count": "\(matches)"])
        buffer.fill(row, role: .normal)
        buffer.write("/", x: row.x, y: row.y, role: .key)
        let p = TextField.render(field, into: &buffer,
                                 area: Rect(x: row.x + 2, y: row.y, width: row.width - 2 - label.count, height: 1),
                                 role: isEditing ? .input : .accent)
        buffer.write(label, in: Rect(x: row.maxX - label.count, y: row.y, width: label.count, height: 1), role: .dim)
        return isEditing ? p : nil
    }
}
