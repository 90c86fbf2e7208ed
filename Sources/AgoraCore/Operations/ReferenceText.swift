/// What naming things says when a reference finds nothing or several, in each language: "No
/// participant is called “Eve”" (``NameIndex``, ``Session/resolveRound(_:)``).
enum ReferenceText {
    static let table = StringTable(name: "references", [.en: english, .fr: french, .es: spanish])

    static func phrase(_ key: String, _ values: [String: String] = [:], parts: [String: Phrase] = [:]) -> Phrase {
        table.phrase(key, values, parts: parts)
    }

    static let english: [String: String] = [
        "refs.nameIt.participant": "Name a participant by its number or name",
        "refs.nameIt.topic": "Name a topic by its number or name",
        "refs.nameIt.room": "Name a room by its number or name",
        "refs.nameIt.experience": "Name an experience by its number or name",
        "refs.nameIt.project": "Name a project by its number or name",
        "refs.none.participant": "There is no participant {number}",
        "refs.none.topic": "There is no topic {number}",
        "refs.none.room": "There is no room {number}",
        "refs.none.experience": "There is no experience {number}",
        "refs.none.project": "There is no project {number}",
        "refs.noneCalled.participant": "No participant is called “{text}”",
        "refs.noneCalled.topic": "No topic is called “{text}”",
        "refs.noneCalled.room": "No room is called “{text}”",
        "refs.noneCalled.experience": "No experience is called “{text}”",
        "refs.noneCalled.project": "No project is called “{text}”",
        "refs.noneCalled.hint": "Use the number shown by `agora show`, or the start of the name",
        "refs.matches.participant": "“{text}” matches {count} participants: {shown}",
        "refs.matches.topic": "“{text}” matches {count} topics: {shown}",
        "refs.matches.room": "“{text}” matches {count} rooms: {shown}",
        "refs.matches.experience": "“{text}” matches {count} experiences: {shown}",
        "refs.matches.project": "“{text}” matches {count} projects: {shown}",
        "refs.matches.hint": "Type more letters or use the number",
        "refs.noRound": "There is no round {text}",
        "refs.noRound.hintNone": "Add rounds first",
        "refs.noRound.hint": "Rounds are numbered 1 to {count}",
    ]

    static let french: [String: String] = [
        "refs.nameIt.participant": "Désignez un participant par son numéro ou son nom",
        "refs.nameIt.topic": "Désignez un sujet par son numéro ou son titre",
        "refs.nameIt.room": "Désignez une salle par son numéro ou son nom",
        "refs.nameIt.experience": "Désignez une expérience par son numéro ou son titre",
        "refs.nameIt.project": "Désignez un projet par son numéro ou son titre",
        "refs.none.participant": "Il n’y a pas de participant {number}",
        "refs.none.topic": "Il n’y a pas de sujet {number}",
        "refs.none.room": "Il n’y a pas de salle {number}",
        "refs.none.experience": "Il n’y a pas d’expérience {number}",
        "refs.none.project": "Il n’y a pas de projet {number}",
        "refs.noneCalled.participant": "Aucun participant ne s’appelle «\u{202F}{text}\u{202F}»",
        "refs.noneCalled.topic": "Aucun sujet ne s’intitule «\u{202F}{text}\u{202F}»",
        "refs.noneCalled.room": "Aucune salle ne s’appelle «\u{202F}{text}\u{202F}»",
        "refs.noneCalled.experience": "Aucune expérience ne s’intitule «\u{202F}{text}\u{202F}»",
        "refs.noneCalled.project": "Aucun projet ne s’intitule «\u{202F}{text}\u{202F}»",
        "refs.noneCalled.hint": "Utilisez le numéro affiché par `agora show`, ou le début du nom",
        "refs.matches.participant": "«\u{202F}{text}\u{202F}» correspond à {count} participants\u{202F}: {shown}",
        "refs.matches.topic": "«\u{202F}{text}\u{202F}» correspond à {count} sujets\u{202F}: {shown}",
        "refs.matches.room": "«\u{202F}{text}\u{202F}» correspond à {count} salles\u{202F}: {shown}",
        "refs.matches.experience": "«\u{202F}{text}\u{202F}» correspond à {count} expériences\u{202F}: {shown}",
        "refs.matches.project": "«\u{202F}{text}\u{202F}» correspond à {count} projets\u{202F}: {shown}",
        "refs.matches.hint": "Tapez plus de lettres ou utilisez le numéro",
        "refs.noRound": "Il n’y a pas de créneau {text}",
        "refs.noRound.hintNone": "Ajoutez d’abord des créneaux",
        "refs.noRound.hint": "Les créneaux sont numérotés de 1 à {count}",
    ]

    static let spanish: [String: String] = [
        "refs.nameIt.participant": "Indica un participante por su número o su nombre",
        "refs.nameIt.topic": "Indica un tema por su número o su título",
        "refs.nameIt.room": "Indica una sala por su número o su nombre",
        "refs.nameIt.experience": "Indica una experiencia por su número o su título",
        "refs.nameIt.project": "Indica un proyecto por su número o su título",
        "refs.none.participant": "No hay ningún participante {number}",
        "refs.none.topic": "No hay ningún tema {number}",
        "refs.none.room": "No hay ninguna sala {number}",
        "refs.none.experience": "No hay ninguna experiencia {number}",
        "refs.none.project": "No hay ningún proyecto {number}",
        "refs.noneCalled.participant": "Ningún participante se llama «{text}»",
        "refs.noneCalled.topic": "Ningún tema se titula «{text}»",
        "refs.noneCalled.room": "Ninguna sala se llama «{text}»",
        "refs.noneCalled.experience": "Ninguna experiencia se titula «{text}»",
        "refs.noneCalled.project": "Ningún proyecto se titula «{text}»",
        "refs.noneCalled.hint": "Usa el número que muestra `agora show`, o el principio del nombre",
        "refs.matches.participant": "«{text}» coincide con {count} participantes: {shown}",
        "refs.matches.topic": "«{text}» coincide con {count} temas: {shown}",
        "refs.matches.room": "«{text}» coincide con {count} salas: {shown}",
        "refs.matches.experience": "«{text}» coincide con {count} experiencias: {shown}",
        "refs.matches.project": "«{text}» coincide con {count} proyectos: {shown}",
        "refs.matches.hint": "Escribe más letras o usa el número",
        "refs.noRound": "No hay ninguna ronda {text}",
        "refs.noRound.hintNone": "Añade antes rondas",
        "refs.noRound.hint": "Las rondas están numeradas del 1 al {count}",
    ]
}
