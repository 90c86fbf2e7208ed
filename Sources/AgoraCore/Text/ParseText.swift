/// What the readers of typed and imported text say when they refuse it, in each language: a
/// CSV file that cannot be read (at its line and column), and an activity's kind, cadence or
/// date that is not understood, with how to write one.
enum ParseText {
    static let table = StringTable(name: "text parsing", [.en: english, .fr: french, .es: spanish])

    static func phrase(_ key: String, _ values: [String: String] = [:]) -> Phrase { table.phrase(key, values) }

    static let english: [String: String] = [
        "csv.notUTF8": "the file is not UTF-8",
        "csv.badByte": "the byte {hex} is not UTF-8 text; save the file as “CSV UTF-8” and try again",
        "csv.afterQuote": "a quoted field must be followed by {delimiter} or a line break",
        "csv.quoteInField": "a quote inside an unquoted field; put the whole field in quotes and double the inner quote ({quotes})",
        "csv.unclosed": "this quoted field is never closed; add the closing quote ({quote})",
        "csv.delimiter.comma": "a comma",
        "csv.delimiter.semicolon": "a semicolon",
        "csv.delimiter.tab": "a tab",

        "activityText.notCadence": "“{text}” is not a cadence",
        "activityText.notCadence.hint": "Write a number and weeks, months or years, e.g. 4 months",
        "activityText.cadenceRange.week": "“{text}”: a cadence repeats every 1 to 120 weeks",
        "activityText.cadenceRange.month": "“{text}”: a cadence repeats every 1 to 120 months",
        "activityText.cadenceRange.year": "“{text}”: a cadence repeats every 1 to 120 years",
        "activityText.notKind": "“{text}” is not a kind of activity",
        "activityText.notKind.hint": "Use one of {kinds}",
        "activityText.kind.exchange": "exchange",
        "activityText.kind.event": "event",
        "activityText.kind.publication": "publication",
        "activityText.kind.mentoring": "mentoring",
        "activityText.kind.other": "other",
        "date.notDate": "“{text}” is not a date of the form YYYY-MM-DD",
        "date.noYear": "“{text}” is not a date: years run from 0001 to 9999",
        "date.noMonth": "“{text}” is not a date: months run from 01 to 12",
        "date.noDay": "“{text}” is not a date: {month} has {days} days",
        "activityText.notDate.hint": "Write e.g. 2014-09-30, or leave it empty (none) for no date",
        "activityText.typed.week": "{count} {count|week|weeks}",
        "activityText.typed.month": "{count} {count|month|months}",
        "activityText.typed.year": "{count} {count|year|years}",
    ]

    static let french: [String: String] = [
        "csv.notUTF8": "le fichier n’est pas en UTF-8",
        "csv.badByte": "l’octet {hex} n’est pas du texte UTF-8\u{202F}; enregistrez le fichier au format «\u{202F}CSV UTF-8\u{202F}» et réessayez",
        "csv.afterQuote": "un champ entre guillemets doit être suivi {delimiter} ou d’un saut de ligne",
        "csv.quoteInField": "un guillemet dans un champ sans guillemets\u{202F}; mettez tout le champ entre guillemets et doublez le guillemet intérieur ({quotes})",
        "csv.unclosed": "ce champ entre guillemets n’est jamais fermé\u{202F}; ajoutez le guillemet fermant ({quote})",
        "csv.delimiter.comma": "d’une virgule",
        "csv.delimiter.semicolon": "d’un point-virgule",
        "csv.delimiter.tab": "d’une tabulation",

        "activityText.notCadence": "«\u{202F}{text}\u{202F}» n’est pas une fréquence",
        "activityText.notCadence.hint": "Écrivez un nombre suivi de semaines, mois ou ans, par exemple 4 mois",
        "activityText.cadenceRange.week": "«\u{202F}{text}\u{202F}»\u{202F}: une fréquence se répète toutes les 1 à 120 semaines",
        "activityText.cadenceRange.month": "«\u{202F}{text}\u{202F}»\u{202F}: une fréquence se répète tous les 1 à 120 mois",
        "activityText.cadenceRange.year": "«\u{202F}{text}\u{202F}»\u{202F}: une fréquence se répète tous les 1 à 120 ans",
        "activityText.notKind": "«\u{202F}{text}\u{202F}» n’est pas un type d’activité",
        "activityText.notKind.hint": "Choisissez parmi {kinds}",
        "activityText.kind.exchange": "échange",
        "activityText.kind.event": "événement",
        "activityText.kind.publication": "publication",
        "activityText.kind.mentoring": "mentorat",
        "activityText.kind.other": "autre",
        "date.notDate": "«\u{202F}{text}\u{202F}» n’est pas une date de la forme AAAA-MM-JJ",
        "date.noYear": "«\u{202F}{text}\u{202F}» n’est pas une date\u{202F}: les années vont de 0001 à 9999",
        "date.noMonth": "«\u{202F}{text}\u{202F}» n’est pas une date\u{202F}: les mois vont de 01 à 12",
        "date.noDay": "«\u{202F}{text}\u{202F}» n’est pas une date\u{202F}: le mois {month} a {days} jours",
        "activityText.notDate.hint": "Écrivez par exemple 2014-09-30, ou laissez vide (none) s’il n’y en a pas",
        "activityText.typed.week": "{count} {count|semaine|semaines}",
        "activityText.typed.month": "{count} mois",
        "activityText.typed.year": "{count} {count|an|ans}",
    ]

    static let spanish: [String: String] = [
        "csv.notUTF8": "el archivo no está en UTF-8",
        "csv.badByte": "el byte {hex} no es texto UTF-8; guarda el archivo como «CSV UTF-8» y vuelve a intentarlo",
        "csv.afterQuote": "un campo entre comillas debe ir seguido de {delimiter} o de un salto de línea",
        "csv.quoteInField": "unas comillas dentro de un campo sin comillas; pon todo el campo entre comillas y duplica las comillas interiores ({quotes})",
        "csv.unclosed": "este campo entre comillas nunca se cierra; añade las comillas de cierre ({quote})",
        "csv.delimiter.comma": "una coma",
        "csv.delimiter.semicolon": "un punto y coma",
        "csv.delimiter.tab": "un tabulador",

        "activityText.notCadence": "«{text}» no es una frecuencia",
        "activityText.notCadence.hint": "Escribe un número y semanas, meses o años, p. ej. 4 meses",
        "activityText.cadenceRange.week": "«{text}»: una frecuencia se repite cada 1 a 120 semanas",
        "activityText.cadenceRange.month": "«{text}»: una frecuencia se repite cada 1 a 120 meses",
        "activityText.cadenceRange.year": "«{text}»: una frecuencia se repite cada 1 a 120 años",
        "activityText.notKind": "«{text}» no es un tipo de actividad",
        "activityText.notKind.hint": "Usa uno de estos: {kinds}",
        "activityText.kind.exchange": "intercambio",
        "activityText.kind.event": "evento",
        "activityText.kind.publication": "publicación",
        "activityText.kind.mentoring": "mentoría",
        "activityText.kind.other": "otro",
        "date.notDate": "«{text}» no es una fecha con la forma AAAA-MM-DD",
        "date.noYear": "«{text}» no es una fecha: los años van de 0001 a 9999",
        "date.noMonth": "«{text}» no es una fecha: los meses van de 01 a 12",
        "date.noDay": "«{text}» no es una fecha: el mes {month} tiene {days} días",
        "activityText.notDate.hint": "Escribe p. ej. 2014-09-30, o déjalo vacío (none) si no hay",
        "activityText.typed.week": "{count} {count|semana|semanas}",
        "activityText.typed.month": "{count} {count|mes|meses}",
        "activityText.typed.year": "{count} {count|año|años}",
    ]
}
