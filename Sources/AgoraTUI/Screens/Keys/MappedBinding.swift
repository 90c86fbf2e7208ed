extension KeyBinding {
    /// The same keys and words sending another action (a part's keys inside a screen's).
    func mapped<B: Sendable>(_ wrap: (Action) -> B) -> KeyBinding<B> {
        var mapped = KeyBinding<B>(keys: keys, action: wrap(action), description: description, showsInHints: showsInHints)
        mapped.helpKeys = helpKeys; mapped.isListedInHelp = isListedInHelp
        return mapped
    }
}
