import AgoraCore
import ArgumentParser

/// What `new`, `settings`, `report` and `_synthetic` say, in each language.
enum SetupCommandText {
    static let table = StringTable(name: "setup commands", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "cli.setup.notADate": "“{value}” is not a date of the form YYYY-MM-DD (e.g. 2013-05-20)",
        "cli.setup.notATime": "“{value}” is not a time of the form HH:MM (e.g. 10:30)",
        "cli.setup.notAnArea": "“{value}” is not a focus area; use one of {choices}",
        "cli.new.created": "Created {file}: “{title}”, {city}, {date}",
        "cli.settings.oneRoom": "give one room as {form}, e.g. {example}",
        "cli.settings.shouldLookLike": "“{value}” should look like {example}",
        "cli.settings.notARound": "“{value}” should be a start time and a length in minutes, e.g. {example}",
        "cli.settings.notANumber": "type a whole number or “none” (got “{value}”)",
        "cli.settings.notALanguage": "“{value}” is not a language Agora speaks; use one of {choices}",
        "cli.report.sameInput": "{options} both read standard input (-); give one of them as text or from a file",
        "cli.report.and": " and ",
        "cli.report.clearAlone": "--clear empties every part, so {option} cannot be given with it",
        "cli.report.inputIsTerminal": "standard input is the terminal; pipe the text in ({option} - < file.txt) or give it as an argument",
        "cli.report.inputNotText": "standard input is not UTF-8 text",
        "cli.report.noFraming": "No report framing yet. Set it with: agora report FILE --context … --synthesis … --contact …",
        "cli.report.context": "Context:",
        "cli.report.synthesis": "Synthesis:",
        "cli.report.contact": "Contact: {text}",
        "cli.report.none": "(none)",
        "cli.synthetic.created": "Created {file}: {participants} participants, {topics} topics, {rounds} rounds × {rooms} rooms",
        "cli.synthetic.tooSmall": "Give at least 1 topic, round, room and city, and 0 or more participants",
    ]

    static let french: [String: String] = [
        "cli.setup.notADate": "«\u{202F}{value}\u{202F}» n’est pas une date de la forme AAAA-MM-JJ (par exemple 2013-05-20)",
        "cli.setup.notATime": "«\u{202F}{value}\u{202F}» n’est pas une heure (par exemple 10:30)",
        "cli.setup.notAnArea": "«\u{202F}{value}\u{202F}» n’est pas un domaine\u{202F}; choisissez parmi {choices}",
        "cli.new.created": "{file} créé\u{202F}: «\u{202F}{title}\u{202F}», {city}, {date}",
        "cli.settings.oneRoom": "donnez une seule salle sous la forme {form}, par exemple {example}",
        "cli.settings.shouldLookLike": "«\u{202F}{value}\u{202F}» devrait ressembler à {example}",
        "cli.settings.notARound": "«\u{202F}{value}\u{202F}» devrait être une heure de début et une durée en minutes, par exemple {example}",
        "cli.settings.notANumber": "tapez un nombre entier ou «\u{202F}none\u{202F}» (reçu «\u{202F}{value}\u{202F}»)",
        "cli.settings.notALanguage": "Agora ne parle pas «\u{202F}{value}\u{202F}»\u{202F}; choisissez parmi {choices}",
        "cli.report.sameInput": "{options} lisent toutes l’entrée standard (-)\u{202F}; donnez-en une en texte ou depuis un fichier",
        "cli.report.and": " et ",
        "cli.report.clearAlone": "--clear vide toutes les parties\u{202F}: {option} ne peut pas l’accompagner",
        "cli.report.inputIsTerminal": "l’entrée standard est le terminal\u{202F}; envoyez le texte par un tube ({option} - < fichier.txt) ou donnez-le en argument",
        "cli.report.inputNotText": "l’entrée standard n’est pas du texte UTF-8",
        "cli.report.noFraming": "Pas encore de cadrage du rapport. Rédigez-le avec\u{202F}: agora report FICHIER --context … --synthesis … --contact …",
        "cli.report.context": "Contexte\u{202F}:",
        "cli.report.synthesis": "Synthèse\u{202F}:",
        "cli.report.contact": "Contact\u{202F}: {text}",
        "cli.report.none": "(vide)",
        "cli.synthetic.created": "{file} créé\u{202F}: {participants} participants, {topics} sujets, {rounds} créneaux × {rooms} salles",
        "cli.synthetic.tooSmall": "Il faut au moins 1 sujet, 1 créneau, 1 salle et 1 ville, et 0 participant ou plus",
    ]

    static let spanish: [String: String] = [
        "cli.setup.notADate": "«{value}» no es una fecha con el formato AAAA-MM-DD (por ejemplo 2013-05-20)",
        "cli.setup.notATime": "«{value}» no es una hora (por ejemplo 10:30)",
        "cli.setup.notAnArea": "«{value}» no es un área de trabajo; elige entre {choices}",
        "cli.new.created": "Creado {file}: «{title}», {city}, {date}",
        "cli.settings.oneRoom": "indica una sola sala con el formato {form}, por ejemplo {example}",
        "cli.settings.shouldLookLike": "«{value}» debería tener la forma {example}",
        "cli.settings.notARound": "«{value}» debería ser una hora de inicio y una duración en minutos, por ejemplo {example}",
        "cli.settings.notANumber": "escribe un número entero o «none» (se recibió «{value}»)",
        "cli.settings.notALanguage": "Agora no habla «{value}»; elige entre {choices}",
        "cli.report.sameInput": "{options} leen la entrada estándar (-); da una de ellas como texto o desde un archivo",
        "cli.report.and": " y ",
        "cli.report.clearAlone": "--clear vacía todas las partes, así que {option} no puede ir con él",
        "cli.report.inputIsTerminal": "la entrada estándar es el terminal; envía el texto por una tubería ({option} - < archivo.txt) o dalo como argumento",
        "cli.report.inputNotText": "la entrada estándar no es texto UTF-8",
        "cli.report.noFraming": "El informe aún no tiene marco. Escríbelo con: agora report ARCHIVO --context … --synthesis … --contact …",
        "cli.report.context": "Contexto:",
        "cli.report.synthesis": "Síntesis:",
        "cli.report.contact": "Contacto: {text}",
        "cli.report.none": "(vacío)",
        "cli.synthetic.created": "Creado {file}: {participants} participantes, {topics} temas, {rounds} rondas × {rooms} salas",
        "cli.synthetic.tooSmall": "Indica al menos 1 tema, ronda, sala y ciudad, y 0 o más participantes",
    ]
}

extension CalendarDate {
    /// The day given to `--date`: a shape error shows an example, a day that does not exist
    /// says why ("2026-02-30": the month has 28 days).
    static func option(_ text: String) throws -> CalendarDate {
        if let day = CalendarDate(text) { return day }
        let problem = CalendarDate.missingDay(text)?.message ?? SetupCommandText.table("cli.setup.notADate", ["value": text])
        throw ValidationError(CommandText.located("--date", problem))
    }
}

