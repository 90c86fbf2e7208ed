/// A key press: what was pressed and with which modifiers.
///
/// Control characters arrive normalized: Ctrl-C is `Key("c", .control)`, Enter is
/// ``KeyCode/enter``, Tab ``KeyCode/tab``, Backspace ``KeyCode/backspace`` whatever byte
/// the terminal sent.
public struct Key: Hashable, Sendable, CustomStringConvertible {
    public var code: KeyCode
    public var modifiers: Modifiers

    public init(_ code: KeyCode, _ modifiers: Modifiers = []) { self.code = code; self.modifiers = modifiers }
    /// A printable character, e.g. `Key("q")`.
    public init(_ character: Character, _ modifiers: Modifiers = []) { self.init(.character(character), modifiers) }

    public static func ctrl(_ c: Character) -> Key { Key(c, .control) }
    public static func alt(_ c: Character) -> Key { Key(c, .alt) }

    public static let enter = Key(.enter), escape = Key(.escape), tab = Key(.tab), backTab = Key(.backTab)
    public static let backspace = Key(.backspace), delete = Key(.delete)
    public static let up = Key(.up), down = Key(.down), left = Key(.left), right = Key(.right)
    public static let home = Key(.home), end = Key(.end), pageUp = Key(.pageUp), pageDown = Key(.pageDown)

    /// The character typed, when it is plain text (no Ctrl or Alt).
    public var text: Character? {
        if case .character(let c) = code, !modifiers.contains(.control), !modifiers.contains(.alt) { return c }
        return nil
    }

    /// How the key is written in help and hints: "q", "Ctrl-C", "↑", "PgDn", "Alt-←" — the
    /// named keys as the current language's keyboards print them ("Entrée", "Intro").
    public var description: String {
        let t = KeyText.table
        var prefix = ""
        if modifiers.contains(.control) { prefix += t("key.ctrl") }
        if modifiers.contains(.alt) { prefix += t("key.alt") }
        if modifiers.contains(.shift) { prefix += t("key.shift") }
        let name: String
        switch code {
        case .character(" "): name = t("key.space")
        case .character(let c): name = modifiers.contains(.control) ? String(c).uppercased() : String(c)
        case .enter: name = t("key.enter")
        case .escape: name = t("key.escape")
        case .tab: name = t("key.tab")
        case .backTab: name = t("key.backTab")
        case .backspace: name = t("key.backspace")
        case .delete: name = t("key.delete")
        case .insert: name = t("key.insert")
        case .up: name = "↑"
        case .down: name = "↓"
        case .left: name = "←"
        case .right: name = "→"
        case .home: name = t("key.home")
        case .end: name = t("key.end")
        case .pageUp: name = t("key.pageUp")
        case .pageDown: name = t("key.pageDown")
        case .function(let n): name = "F\(n)"
        }
        return prefix + name
    }
}

/// The keys Agora distinguishes.
public enum KeyCode: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}

/// Modifier keys held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let control = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let shift = Modifiers(rawValue: 4)
}

extension Key {
    /// The key for a raw input character as a terminal in raw mode sends it: 3 is Ctrl-C,
    /// 13 Enter, 127 Backspace, 27 Escape, printable characters themselves.
    public static func fromInput(_ scalar: Unicode.Scalar) -> Key {
        switch scalar.value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(scalar.value + 96)!))
        case 28...31: return .ctrl(Character(Unicode.Scalar(scalar.value + 64)!))
        default: return Key(Character(scalar))
        }
    }
}
