/// What undo, redo and a batch of changes say, in each language.
enum HistoryText {
    static let table = StringTable(name: "history", [.en: english, .fr: french, .es: spanish])

    static func phrase(_ key: String, _ values: [String: String] = [:], parts: [String: Phrase] = [:]) -> Phrase {
        table.phrase(key, values, parts: parts)
    }

    static let english: [String: String] = [
        "history.undid": "Undid: {summary}",
        "history.nothingToUndo": "Nothing to undo",
        "history.nothingToRedo": "Nothing to redo",
        "history.batchItem": "Item {number} of {count}: {message}",
    ]

    static let french: [String: String] = [
        "history.undid": "Annulé\u{202F}: {summary}",
        "history.nothingToUndo": "Rien à annuler",
        "history.nothingToRedo": "Rien à rétablir",
        "history.batchItem": "Élément {number} sur {count}\u{202F}: {message}",
    ]

    static let spanish: [String: String] = [
        "history.undid": "Deshecho: {summary}",
        "history.nothingToUndo": "No hay nada que deshacer",
        "history.nothingToRedo": "No hay nada que rehacer",
        "history.batchItem": "Elemento {number} de {count}: {message}",
    ]
}
