import AgoraCore

/// The People screen's words in each language (participant, ville…).
enum PeopleText {
    static let table = StringTable(name: "People screen", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "peopleScreen.title": "People",
        "peopleScreen.key.add": "add a person",
        "peopleScreen.key.edit": "edit the participant",
        "peopleScreen.key.here": "here: mark present / absent",
        "peopleScreen.key.remove": "remove the person (asks first)",
        "peopleScreen.key.import": "import participants from a CSV file",
        "peopleScreen.field.name": "Name",
        "peopleScreen.field.city": "City",
        "peopleScreen.field.organization": "Organization",
        "peopleScreen.field.role": "Role",
        "peopleScreen.remove.title": "Remove participant",
        "peopleScreen.remove.message": "Remove {name} ({city}) with their ballot and group places? Undo with u.",
        "peopleScreen.remove": "Remove",
        "peopleScreen.knownCities": "Known: {cities} · Enter saves",
        "peopleScreen.didYouMean": "Did you mean {known}? Enter adds {city} as a new city",
        "peopleScreen.header": "People · {count} ({present} here) from {cities}",
        "peopleScreen.perCity": "People per city",
        "peopleScreen.column.name": "Name",
        "peopleScreen.column.city": "City",
        "peopleScreen.column.organization": "Organization",
        "peopleScreen.column.here": "Here",
        "peopleScreen.yes": "yes",
        "peopleScreen.no": "no",
        "peopleScreen.noMatch": "Nobody matches the search.",
        "peopleScreen.nobody": "Nobody.",
        "peopleScreen.nobodyYet": "Nobody yet. Press a to add a participant, i to import a CSV file.",
        "peopleScreen.form.add": "Add a participant",
        "peopleScreen.form.edit": "Edit participant #{n}",
    ]

    static let french: [String: String] = [
        "peopleScreen.title": "Participants",
        "peopleScreen.key.add": "ajouter une personne",
        "peopleScreen.key.edit": "modifier le participant",
        "peopleScreen.key.here": "présent\u{202F}: marquer présent / absent",
        "peopleScreen.key.remove": "retirer la personne (demande d’abord)",
        "peopleScreen.key.import": "importer des participants d’un fichier CSV",
        "peopleScreen.field.name": "Nom",
        "peopleScreen.field.city": "Ville",
        "peopleScreen.field.organization": "Organisation",
        "peopleScreen.field.role": "Rôle",
        "peopleScreen.remove.title": "Retirer le participant",
        "peopleScreen.remove.message": "Retirer {name} ({city}) avec son bulletin et ses places dans les groupes\u{202F}? u pour annuler.",
        "peopleScreen.remove": "Retirer",
        "peopleScreen.knownCities": "Connues\u{202F}: {cities} · Entrée enregistre",
        "peopleScreen.didYouMean": "Vouliez-vous dire {known}\u{202F}? Entrée ajoute {city} comme nouvelle ville",
        "peopleScreen.header": "Participants · {count} ({present} {present|présent|présents}) de {cities}",
        "peopleScreen.perCity": "Participants par ville",
        "peopleScreen.column.name": "Nom",
        "peopleScreen.column.city": "Ville",
        "peopleScreen.column.organization": "Organisation",
        "peopleScreen.column.here": "Là",
        "peopleScreen.yes": "oui",
        "peopleScreen.no": "non",
        "peopleScreen.noMatch": "Personne ne correspond à la recherche.",
        "peopleScreen.nobody": "Personne.",
        "peopleScreen.nobodyYet": "Personne pour l’instant. a pour ajouter un participant, i pour importer un fichier CSV.",
        "peopleScreen.form.add": "Ajouter un participant",
        "peopleScreen.form.edit": "Modifier le participant nº {n}",
    ]

    static let spanish: [String: String] = [
        "peopleScreen.title": "Participantes",
        "peopleScreen.key.add": "añadir una persona",
        "peopleScreen.key.edit": "editar el participante",
        "peopleScreen.key.here": "presente: marcar presente / ausente",
        "peopleScreen.key.remove": "quitar a la persona (pregunta antes)",
        "peopleScreen.key.import": "importar participantes de un archivo CSV",
        "peopleScreen.field.name": "Nombre",
        "peopleScreen.field.city": "Ciudad",
        "peopleScreen.field.organization": "Organización",
        "peopleScreen.field.role": "Cargo",
        "peopleScreen.remove.title": "Quitar participante",
        "peopleScreen.remove.message": "¿Quitar a {name} ({city}) con su papeleta y sus plazas en los grupos? u para deshacer.",
        "peopleScreen.remove": "Quitar",
        "peopleScreen.knownCities": "Conocidas: {cities} · Intro guarda",
        "peopleScreen.didYouMean": "¿Querías decir {known}? Intro añade {city} como ciudad nueva",
        "peopleScreen.header": "Participantes · {count} ({present} {present|presente|presentes}) de {cities}",
        "peopleScreen.perCity": "Participantes por ciudad",
        "peopleScreen.column.name": "Nombre",
        "peopleScreen.column.city": "Ciudad",
        "peopleScreen.column.organization": "Organización",
        "peopleScreen.column.here": "Está",
        "peopleScreen.yes": "sí",
        "peopleScreen.no": "no",
        "peopleScreen.noMatch": "Nadie coincide con la búsqueda.",
        "peopleScreen.nobody": "Nadie.",
        "peopleScreen.nobodyYet": "Todavía nadie. Pulsa a para añadir un participante, i para importar un archivo CSV.",
        "peopleScreen.form.add": "Añadir un participante",
        "peopleScreen.form.edit": "Editar el participante n.º {n}",
    ]

    /// The question asked about a city close to a known one, as the screen words it now.
    static func didYouMean(_ known: String, _ city: String) -> String {
        table("peopleScreen.didYouMean", ["known": known, "city": Typography.quote(city, in: .current)])
    }

    /// Whether a form's message is that question (shown as a question, not as an error).
    static func isQuestion(_ message: String) -> Bool {
        let template = table("peopleScreen.didYouMean")
        return message.hasPrefix(String(template[..<(template.firstIndex(of: "{") ?? template.endIndex)]))
    }
}
