import AgoraCore

/// The names of keys in help and hints, as each language's keyboards print them: Enter is
/// "Entrée" in French and "Intro" in Spanish. Letters, digits and arrows are written as typed.
enum KeyText {
    static let table = StringTable(name: "key names", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "key.ctrl": "Ctrl-", "key.alt": "Alt-", "key.shift": "Shift-",
        "key.space": "Space", "key.enter": "Enter", "key.escape": "Esc", "key.tab": "Tab",
        "key.backTab": "Shift-Tab", "key.backspace": "Backspace", "key.delete": "Del", "key.insert": "Ins",
        "key.home": "Home", "key.end": "End", "key.pageUp": "PgUp", "key.pageDown": "PgDn",
    ]

    static let french: [String: String] = [
        "key.ctrl": "Ctrl-", "key.alt": "Alt-", "key.shift": "Maj-",
        "key.space": "Espace", "key.enter": "Entrée", "key.escape": "Échap", "key.tab": "Tab",
        "key.backTab": "Maj-Tab", "key.backspace": "Retour", "key.delete": "Suppr", "key.insert": "Inser",
        "key.home": "Début", "key.end": "Fin", "key.pageUp": "PgPréc", "key.pageDown": "PgSuiv",
    ]

    static let spanish: [String: String] = [
        "key.ctrl": "Ctrl-", "key.alt": "Alt-", "key.shift": "Mayús-",
        "key.space": "Espacio", "key.enter": "Intro", "key.escape": "Esc", "key.tab": "Tab",
        "key.backTab": "Mayús-Tab", "key.backspace": "Retroceso", "key.delete": "Supr", "key.insert": "Insert",
        "key.home": "Inicio", "key.end": "Fin", "key.pageUp": "RePág", "key.pageDown": "AvPág",
    ]
}
