/// Words kept by key with their values, to be written in whichever language the reader wants.
///
/// A rule message is read on the facilitator's screen and on a participant's phone, perhaps
/// in two languages: Core keeps it as a phrase (``AgoraError/phrase``) and each reader writes
/// it with ``text(in:)``. A slot may itself hold a phrase (``parts``), written in the same
/// language: "{field} is at most {max}" with the field's own words, or "Item 3 of 5: {message}"
/// around another rule's message.
public struct Phrase: Equatable, Sendable, CustomStringConvertible {
    public let table: StringTable
    public let key: String
    public let values: [String: String]
    /// Slots filled by other phrases, each written in the reader's language.
    public let parts: [String: Phrase]

    public init(table: StringTable, key: String, values: [String: String] = [:], parts: [String: Phrase] = [:]) {
        self.table = table; self.key = key; self.values = values; self.parts = parts
    }

    /// Text that is the same in every language (a message not from a table), to fill a slot.
    public static func verbatim(_ text: String) -> Phrase { Phrase(table: verbatimTable, key: text) }
    private static let verbatimTable = StringTable(name: "verbatim", [.en: [:]])

    /// `phrases` one after another with `separator` between them, each written in the
    /// reader's language: the breaches of a round, "2 to Ana, 1 to Bo".
    public static func joined(_ phrases: [Phrase], separator: Phrase) -> Phrase {
        let template = phrases.indices.map { "{p\($0)}" }.joined(separator: "{separator}")
        var parts = Dictionary(uniqueKeysWithValues: phrases.enumerated().map { ("p\($0.offset)", $0.element) })
        parts["separator"] = separator
        return Phrase(table: verbatimTable, key: template, parts: parts)
    }

    /// The phrase in `language`.
    public func text(in language: Language) -> String {
        guard !parts.isEmpty else { return table.format(key, in: language, values) }
        var all = values
        for (slot, part) in parts { all[slot] = part.text(in: language) }
        return table.format(key, in: language, all)
    }

    /// The phrase in the language people read now (``Language/current``).
    public var description: String { text(in: .current) }

    public static func == (a: Phrase, b: Phrase) -> Bool {
        a.table.name == b.table.name && a.key == b.key && a.values == b.values && a.parts == b.parts
    }
}

extension Language {
    /// The language people read now: the one this command line or server resolved
    /// (``LanguageChoice/current``, task-local), English when none was (tests, library callers).
    /// Screens and command messages use it; reports and exports take theirs explicitly.
    public static var current: Language { LanguageChoice.current?.language ?? .en }
}
