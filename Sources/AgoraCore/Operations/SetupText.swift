/// What the meeting's setup says, in each language: the frame's rules and the reducer's
/// summaries of rooms, rounds, rules, time zone and language (the Glossary's words: salle,
/// créneau, gommette… / sala, ronda, pegatina…).
enum SetupText {
    static let table = StringTable(name: "setup rules", [.en: english, .fr: french, .es: spanish])

    static func phrase(_ key: String, _ values: [String: String] = [:]) -> Phrase { table.phrase(key, values) }

    static let english: [String: String] = [
        "setup.language": "Meeting language: {language}",
        "setup.languageName.en": "English",
        "setup.languageName.fr": "French",
        "setup.languageName.es": "Spanish",
    ]

    static let french: [String: String] = [
        "setup.language": "Langue de la séance\u{202F}: {language}",
        "setup.languageName.en": "anglais",
        "setup.languageName.fr": "français",
        "setup.languageName.es": "espagnol",
    ]

    static let spanish: [String: String] = [
        "setup.language": "Idioma de la sesión: {language}",
        "setup.languageName.en": "inglés",
        "setup.languageName.fr": "francés",
        "setup.languageName.es": "español",
    ]
}
