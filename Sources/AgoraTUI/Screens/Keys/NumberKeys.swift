/// Number keys 1–9, one binding each (so each sends its own action); only the first
/// shows in the hint bar, and help lists them on one line ("1–8").
enum NumberKeys {
    static func bindings<A: Sendable>(count: Int, action: (Int) -> A, first: String, other: (Int) -> String) -> [KeyBinding<A>] {
        var keys: [KeyBinding<A>] = []
        let last = min(9, count)
        for n in stride(from: 1, through: last, by: 1) {
            let key = Key(Character(String(n)))
            var binding = KeyBinding(key, action: action(n), description: n == 1 ? first : other(n), showsInHints: n == 1)
            if n == 1 && last > 1 { binding.helpKeys = "1–\(last)" }
            binding.isListedInHelp = n == 1
            keys.append(binding)
        }
        return keys
    }
}
