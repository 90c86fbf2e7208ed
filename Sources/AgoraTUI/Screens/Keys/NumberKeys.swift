/// Number keys 1–9, one binding each (so each sends its own action); only the first
/// shows in the hint bar.
enum NumberKeys {
    static func bindings<A: Sendable>(count: Int, action: (Int) -> A, first: String, other: (Int) -> String) -> [KeyBinding<A>] {
        var keys: [KeyBinding<A>] = []
        for n in stride(from: 1, through: min(9, count), by: 1) {
            let key = Key(Character(String(n)))
            keys.append(KeyBinding(key, action: action(n), description: n == 1 ? first : other(n), showsInHints: n == 1))
        }
        return keys
    }
}
