import AgoraCore

/// The Vote screen's words in each language (the Glossary's: gommette, bulletin…).
enum VoteText {
    static let table = StringTable(name: "Vote screen", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "vote.key.dotOnSelected": "a dot on the selected topic",
        "vote.key.takeBack": "take a dot back",
        "vote.key.next": "next person",
        "vote.key.clear": "clear this ballot",
        "vote.key.done": "done",
    ]

    static let french: [String: String] = [
        "vote.key.dotOnSelected": "une gommette sur le sujet choisi",
        "vote.key.takeBack": "reprendre une gommette",
        "vote.key.next": "personne suivante",
        "vote.key.clear": "vider ce bulletin",
        "vote.key.done": "terminé",
    ]

    static let spanish: [String: String] = [
        "vote.key.dotOnSelected": "una pegatina en el tema elegido",
        "vote.key.takeBack": "quitar una pegatina",
        "vote.key.next": "siguiente persona",
        "vote.key.clear": "vaciar esta papeleta",
        "vote.key.done": "listo",
    ]
}
