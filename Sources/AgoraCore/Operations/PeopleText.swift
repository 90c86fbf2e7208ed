/// What the rules about people say, in each language (the Glossary's words: participant,
/// ville… / participante, ciudad…).
enum PeopleText {
    static let table = StringTable(name: "people rules", [.en: english, .fr: french, .es: spanish])

    static func phrase(_ key: String, _ values: [String: String] = [:], parts: [String: Phrase] = [:]) -> Phrase {
        table.phrase(key, values, parts: parts)
    }

    static let english: [String: String] = [
        "people.added": "Added participant {name} ({city})",
        "people.edited": "Edited participant {id}: {name} ({city})",
        "people.removed": "Removed participant {name} ({city})",
        "people.present": "{name} is present",
        "people.absent": "{name} is absent",
        "people.needsName": "A participant needs a name",
        "people.needsCity": "{name} needs a city",
        "people.needsCity.hint": "Cities are how groups are mixed",
        "people.field.name": "A participant's name",
        "people.field.city": "{name}'s city",
        "people.field.organization": "{name}'s organization",
        "people.field.role": "{name}'s role",
        "people.field.email": "{name}'s e-mail",
        "people.badEmail": "{name}'s e-mail: {problem}",
        "people.badEmail.hint": "Correct it, or leave it blank",
        "people.notEmail": "“{text}” is not an e-mail address (name@example.org)",
        "people.twin": "{name} ({city}) is already participant {id}",
        "people.none": "There is no participant {id}",
    ]

    static let french: [String: String] = [
        "people.added": "Participant {name} ({city}) ajouté",
        "people.edited": "Participant {id} modifié\u{202F}: {name} ({city})",
        "people.removed": "Participant {name} ({city}) retiré",
        "people.present": "{name} est présent",
        "people.absent": "{name} est absent",
        "people.needsName": "Un participant a besoin d’un nom",
        "people.needsCity": "{name} a besoin d’une ville",
        "people.needsCity.hint": "Les villes servent à mélanger les groupes",
        "people.field.name": "Le nom d’un participant",
        "people.field.city": "La ville de {name}",
        "people.field.organization": "L’organisation de {name}",
        "people.field.role": "Le rôle de {name}",
        "people.field.email": "L’adresse e-mail de {name}",
        "people.badEmail": "Adresse e-mail de {name}\u{202F}: {problem}",
        "people.badEmail.hint": "Corrigez-la ou laissez-la vide",
        "people.notEmail": "«\u{202F}{text}\u{202F}» n’est pas une adresse e-mail (nom@exemple.org)",
        "people.twin": "{name} ({city}) est déjà le participant {id}",
        "people.none": "Il n’y a pas de participant {id}",
    ]

    static let spanish: [String: String] = [
        "people.added": "Participante {name} ({city}) añadido",
        "people.edited": "Participante {id} editado: {name} ({city})",
        "people.removed": "Participante {name} ({city}) eliminado",
        "people.present": "{name} está presente",
        "people.absent": "{name} está ausente",
        "people.needsName": "Un participante necesita un nombre",
        "people.needsCity": "{name} necesita una ciudad",
        "people.needsCity.hint": "Las ciudades sirven para mezclar los grupos",
        "people.field.name": "El nombre de un participante",
        "people.field.city": "La ciudad de {name}",
        "people.field.organization": "La organización de {name}",
        "people.field.role": "El cargo de {name}",
        "people.field.email": "El correo de {name}",
        "people.badEmail": "Correo de {name}: {problem}",
        "people.badEmail.hint": "Corrígelo o déjalo en blanco",
        "people.notEmail": "«{text}» no es una dirección de correo (nombre@ejemplo.org)",
        "people.twin": "{name} ({city}) ya es el participante {id}",
        "people.none": "No hay ningún participante {id}",
    ]
}
