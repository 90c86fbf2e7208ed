/// Words kept by key with their values, to be written in whichever language the reader wants.
///
/// A rule message is read on the facilitator's screen and on a participant's phone, perhaps
/// in two languages: Core keeps it as a phrase (``AgoraError/phrase``) and each reader writes
/// it with ``text(in:)``.
public struct Phrase: Equatable, Sendable, CustomStringConvertible {
    public let table: StringTable
    public let key: String
    public let values: [String: String]

    public init(table: StringTable, key: String, values: [String: String] = [:]) {
        self.table = table; self.key = key; self.values = values
    }

    /// The phrase in `language`.
    public func text(in language: Language) -> String { table.format(key, in: language, values) }

    /// The phrase in the language people read now (``Language/current``).
    public var description: String { text(in: .current) }

    public static func == (a: Phrase, b: Phrase) -> Bool {
        a.table.name == b.table.name && a.key == b.key && a.values == b.values
    }
}

extension Language {
    /// The language people read now: the one this command line or server resolved
    /// (``LanguageChoice/current``, task-local), English when none was (tests, library callers).
    /// Screens and command messages use it; reports and exports take theirs explicitly.
    public static var current: Language { LanguageChoice.current?.language ?? .en }
}
