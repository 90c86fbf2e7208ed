/// The words of the plain-text tables that `agora results`, `schedule` and `group` print: the
/// columns and lines a person reads in the terminal, in the language passed in.
enum PlainTableText {
    static let table = StringTable(name: "plain-text tables", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "plainTable.topic": "topic", "plainTable.voters": "voters", "plainTable.cities": "cities",
        "plainTable.aheadOn": "ahead on {reason}",
        "plainTable.round": "round", "plainTable.start": "start", "plainTable.room": "room", "plainTable.people": "people",
        "plainTable.pinned": "(pinned)",
        "plainTable.roundTitle": "Round {number}",
        "plainTable.group": "{topic} — {room}, {count} {count|person|people}",
        "plainTable.satisfaction": "Top choice: {top}, a backed topic: {backed}, none of theirs: {none} (of {count})",
    ]

    static let french: [String: String] = [
        "plainTable.topic": "sujet", "plainTable.voters": "votants", "plainTable.cities": "villes",
        "plainTable.aheadOn": "devant par {reason}",
        "plainTable.round": "créneau", "plainTable.start": "début", "plainTable.room": "salle", "plainTable.people": "personnes",
        "plainTable.pinned": "(épinglé)",
        "plainTable.roundTitle": "Créneau {number}",
        "plainTable.group": "{topic} — {room}, {count} {count|personne|personnes}",
        "plainTable.satisfaction": "Premier choix\u{202F}: {top}, un sujet soutenu\u{202F}: {backed}, aucun des leurs\u{202F}: {none} (sur {count})",
    ]

    static let spanish: [String: String] = [
        "plainTable.topic": "tema", "plainTable.voters": "votantes", "plainTable.cities": "ciudades",
        "plainTable.aheadOn": "delante por {reason}",
        "plainTable.round": "ronda", "plainTable.start": "inicio", "plainTable.room": "sala", "plainTable.people": "personas",
        "plainTable.pinned": "(fijado)",
        "plainTable.roundTitle": "Ronda {number}",
        "plainTable.group": "{topic} — {room}, {count} {count|persona|personas}",
        "plainTable.satisfaction": "Primera opción: {top}, un tema apoyado: {backed}, ninguno de los suyos: {none} (de {count})",
    ]
}
