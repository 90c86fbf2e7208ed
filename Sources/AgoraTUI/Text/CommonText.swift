import AgoraCore

/// The words every screen shares, once: moving in a list, the meeting's keys (projector,
/// round timer), searching, picking a name, forms (their key line and typing errors),
/// confirmations ("Cancelled", "[n] Cancel").
enum CommonText {
    static let table = StringTable(name: "terminal, shared words", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "common.cancelled": "Cancelled",
        "common.yes": "Yes",
        "common.none": "(none)",
        "common.remove": "Remove",
        "common.list.next": "next row",
        "common.list.previous": "previous row",
        "common.list.pageDown": "page down",
        "common.list.pageUp": "page up",
        "common.list.first": "first row",
        "common.list.last": "last row",
        "common.meeting.projector": "projector view: large, for the room",
        "common.meeting.timer": "round timer: start / pause / resume",
        "common.meeting.extend": "round timer: five more minutes",
        "common.meeting.nextRound": "round timer: stop, next round",
        "common.search": "search",
        "common.search.clear": "clear the search",
        "common.search.matches": "{count} {count|match|matches}",
        "common.picker.noMatch": "No one matches ‘{typed}’ — Esc to clear",
        "common.picker.typeLetters": "Type a few letters of a name",
        "common.picker.placeholder": "a few letters of the name, or the number",
        "common.picker.note": "Enter picks · ↑/↓ choose · Esc cancels",
        "common.form.note": "Enter saves · Tab next field · Esc cancels",
        "common.form.optional": "optional",
        "common.form.wholeNumber": "{label}: type a whole number",
        "common.form.date": "{label}: type it as YYYY-MM-DD",
        "common.form.datePlaceholder": "YYYY-MM-DD",
        "common.form.time": "{label}: type a time as HH:MM",
        "common.form.timePlaceholder": "HH:MM",
        "common.form.oneOf": "{label}: one of {choices}",
        "common.form.yesOrNo": "{label}: yes or no",
        "common.confirm.cancel": "[n] Cancel",
        "common.confirm.yesKey": "y",
    ]

    static let french: [String: String] = [
        "common.cancelled": "Annulé",
        "common.yes": "Oui",
        "common.none": "(aucun)",
        "common.remove": "Retirer",
        "common.list.next": "ligne suivante",
        "common.list.previous": "ligne précédente",
        "common.list.pageDown": "page suivante",
        "common.list.pageUp": "page précédente",
        "common.list.first": "première ligne",
        "common.list.last": "dernière ligne",
        "common.meeting.projector": "vue projecteur\u{202F}: en grand, pour la salle",
        "common.meeting.timer": "minuteur du créneau\u{202F}: lancer / pause / reprendre",
        "common.meeting.extend": "minuteur du créneau\u{202F}: cinq minutes de plus",
        "common.meeting.nextRound": "minuteur du créneau\u{202F}: arrêter, créneau suivant",
        "common.search": "chercher",
        "common.search.clear": "effacer la recherche",
        "common.search.matches": "{count} {count|résultat|résultats}",
        "common.picker.noMatch": "Personne ne correspond à «\u{202F}{typed}\u{202F}» — Échap pour effacer",
        "common.picker.typeLetters": "Tapez quelques lettres d’un nom",
        "common.picker.placeholder": "quelques lettres du nom, ou le numéro",
        "common.picker.note": "Entrée choisit · ↑/↓ parcourir · Échap annule",
        "common.form.note": "Entrée enregistre · Tab champ suivant · Échap annule",
        "common.form.optional": "facultatif",
        "common.form.wholeNumber": "{label}\u{202F}: tapez un nombre entier",
        "common.form.date": "{label}\u{202F}: tapez-la sous la forme AAAA-MM-JJ",
        "common.form.datePlaceholder": "AAAA-MM-JJ",
        "common.form.time": "{label}\u{202F}: tapez une heure, par exemple 10:30",
        "common.form.timePlaceholder": "p. ex. 10:30",
        "common.form.oneOf": "{label}\u{202F}: l’un de {choices}",
        "common.form.yesOrNo": "{label}\u{202F}: oui ou non",
        "common.confirm.cancel": "[n] Annuler",
        "common.confirm.yesKey": "o",
    ]

    static let spanish: [String: String] = [
        "common.cancelled": "Cancelado",
        "common.yes": "Sí",
        "common.none": "(ninguno)",
        "common.remove": "Quitar",
        "common.list.next": "fila siguiente",
        "common.list.previous": "fila anterior",
        "common.list.pageDown": "página siguiente",
        "common.list.pageUp": "página anterior",
        "common.list.first": "primera fila",
        "common.list.last": "última fila",
        "common.meeting.projector": "vista de proyector: en grande, para la sala",
        "common.meeting.timer": "temporizador de la ronda: iniciar / pausa / seguir",
        "common.meeting.extend": "temporizador de la ronda: cinco minutos más",
        "common.meeting.nextRound": "temporizador de la ronda: parar, ronda siguiente",
        "common.search": "buscar",
        "common.search.clear": "borrar la búsqueda",
        "common.search.matches": "{count} {count|resultado|resultados}",
        "common.picker.noMatch": "Nadie coincide con «{typed}» — Esc para borrar",
        "common.picker.typeLetters": "Escribe unas letras de un nombre",
        "common.picker.placeholder": "unas letras del nombre, o el número",
        "common.picker.note": "Intro elige · ↑/↓ recorrer · Esc cancela",
        "common.form.note": "Intro guarda · Tab campo siguiente · Esc cancela",
        "common.form.optional": "opcional",
        "common.form.wholeNumber": "{label}: escribe un número entero",
        "common.form.date": "{label}: escríbela como AAAA-MM-DD",
        "common.form.datePlaceholder": "AAAA-MM-DD",
        "common.form.time": "{label}: escribe una hora como HH:MM",
        "common.form.timePlaceholder": "HH:MM",
        "common.form.oneOf": "{label}: uno de {choices}",
        "common.form.yesOrNo": "{label}: sí o no",
        "common.confirm.cancel": "[n] Cancelar",
        "common.confirm.yesKey": "s",
    ]

    /// The key that answers yes to a confirmation in the language shown: y, o (oui), s (sí).
    /// `y` answers yes in every language, as the key people may already know.
    static var confirmYesKey: Character { Character(table("common.confirm.yesKey")) }

    /// Whether `key` answers yes to a confirmation: the language's letter, `y`, or Enter.
    static func confirms(_ key: Key) -> Bool {
        let yes = confirmYesKey
        return key == .enter || key == Key("y") || key == Key("Y") || key == Key(yes) || key == Key(Character(yes.uppercased()))
    }

    /// Whether `typed` says yes or no in any of the languages ("yes", "oui", "sí", "y", "o"…);
    /// nil when it says neither.
    static func yesOrNo(_ typed: String) -> Bool? {
        let word = TextRules.searchKey(typed.trimmingCharacters(in: .whitespaces))
        if ["yes", "y", "oui", "o", "si", "s"].contains(word) { return true }
        if ["no", "n", "non"].contains(word) { return false }
        return nil
    }

    /// "yes" or "no" as a form shows it in the language people read now.
    static func yesNo(_ value: Bool) -> String {
        switch Language.current {
        case .en: value ? "yes" : "no"
        case .fr: value ? "oui" : "non"
        case .es: value ? "sí" : "no"
        }
    }
}
