/// One key binding, as data: the keys, the action they send, and what it does in words.
/// The help overlay and the hint bar are generated from the same values, so they cannot
/// drift from behaviour.
public struct KeyBinding<Action>: Sendable where Action: Sendable {
    public var keys: [Key]
    public var action: Action
    public var description: String
    /// Shown in the bottom hint bar (otherwise only in help).
    public var showsInHints: Bool
    /// How help names the keys when not by ``keyLabel``: "1–8" on the line of the first of
    /// eight number keys.
    public var helpKeys: String?
    /// False for a key help lists on another's line (number keys 2–9 under "1–9").
    public var isListedInHelp = true

    public init(keys: [Key], action: Action, description: String, showsInHints: Bool = false) {
        self.keys = keys; self.action = action; self.description = description; self.showsInHints = showsInHints
    }
    public init(_ key: Key, action: Action, description: String, showsInHints: Bool = false) {
        self.init(keys: [key], action: action, description: description, showsInHints: showsInHints)
    }

    /// How the keys read in help: "j/↓".
    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }

    /// The binding's words without its action, for help and hints.
    public var help: HelpEntry {
        HelpEntry(keys: helpKeys ?? keyLabel, description: description, showsInHints: showsInHints, hintKeys: keys.first?.description)
    }
}

/// A key binding as the help overlay and hint bar show it.
public struct HelpEntry: Equatable, Sendable {
    public var keys: String
    public var description: String
    public var showsInHints: Bool
    /// The shorter key label of the hint bar (the first key only).
    public var hintKeys: String
    public init(keys: String, description: String, showsInHints: Bool = false, hintKeys: String? = nil) {
        self.keys = keys; self.description = description; self.showsInHints = showsInHints
        self.hintKeys = hintKeys ?? keys
    }
}

extension Array {
    /// The action bound to `key`, if any (the first binding that lists it).
    public func action<A>(for key: Key) -> A? where Element == KeyBinding<A> {
        first { $0.keys.contains(key) }?.action
    }
}
