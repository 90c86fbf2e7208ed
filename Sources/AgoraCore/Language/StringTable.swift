import Foundation

/// One table of strings, the same keys in each language: what a person reads, by stable key.
///
/// English holds every key and is the fallback: a key missing in French shows in English,
/// never as a blank or a key name (and ``problems`` makes a test fail until it is
/// translated). A string names its slots `{name}`; ``format(_:in:_:)`` fills them in one pass,
/// so a value that itself contains `{name}` (a participant may type anything) stays as typed.
/// Each area of the code keeps its own table in a file beside it (`VotingText.swift`), and
/// each module lists its tables in one place (``CoreText/all``) so that one test checks them
/// all. The tables are Swift values compiled into the binary: no resource bundle to find at
/// run time, and Core stays free of I/O (README, Languages).
public struct StringTable: Sendable {
    /// What the table is for, in messages: "phone pages".
    public let name: String
    private let tables: [Language: [String: String]]

    /// `tables` must hold English; the other languages may lack keys (see ``problems``).
    public init(name: String, _ tables: [Language: [String: String]]) {
        precondition(tables[.en] != nil, "A string table needs English, the fallback")
        self.name = name; self.tables = tables
    }

    /// Every key, from English.
    public var keys: [String] { tables[.en, default: [:]].keys.sorted() }

    /// The strings of `language`, each missing one in English.
    public func strings(in language: Language) -> [String: String] {
        tables[.en, default: [:]].merging(tables[language] ?? [:]) { _, translated in translated }
    }

    /// The string `key` in `language`; English when it is not translated; the key itself only
    /// for a key no table has (a programming error the tests catch).
    public func text(_ key: String, in language: Language) -> String {
        tables[language]?[key] ?? tables[.en]?[key] ?? key
    }

    /// The string `key` in `language` with each `{slot}` replaced by its value, in one pass,
    /// and each plural slot `{count|one|other}` by the form `count` takes in `language`.
    public func format(_ key: String, in language: Language, _ values: [String: String]) -> String {
        Self.fill(text(key, in: language), values, rule: language.pluralRule, elides: language == .fr)
    }

    /// The string `key` in the language people read now (``Language/current``): what the
    /// screens and the command line call, `StringTable.vote("vote.opened")`.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        format(key, in: .current, values)
    }

    /// `key` and `values` kept to be written later, in whichever language the reader wants
    /// (a rule message read on the facilitator's screen and on a participant's phone).
    public func phrase(_ key: String, _ values: [String: String] = [:], parts: [String: Phrase] = [:]) -> Phrase {
        Phrase(table: self, key: key, values: values, parts: parts)
    }

    /// `template` with each `{slot}` that `values` names replaced; other braces stay as they are.
    ///
    /// A plural slot `{count|dot|dots}` writes the first form when `values["count"]` is a
    /// number `rule` calls singular and the second otherwise (the number itself is written by
    /// a plain `{count}` elsewhere in the template): "{count} {count|dot|dots}" is "1 dot",
    /// "2 dots"; in French "{count} {count|gommette|gommettes}" is "0 gommette".
    ///
    /// With `elides` (French), "de " and "que " before a slot whose value starts with a vowel
    /// are elided: « Bulletin d’Élodie », not « Bulletin de Élodie ».
    public static func fill(_ template: String, _ values: [String: String], rule: PluralRule = .english, elides: Bool = false) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = Self.value(of: after[..<close], values, rule: rule) {
                if elides { Typography.elide(&out, before: value) }
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// What a slot's inside (`name` or `count|one|other`) writes, or nil when `values` lacks it.
    private static func value(of inside: Substring, _ values: [String: String], rule: PluralRule) -> String? {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
        guard let value = values[String(parts[0])] else { return nil }
        guard parts.count == 3 else { return parts.count == 1 ? value : nil }
        let count = Int(value.trimmingCharacters(in: .whitespaces)) ?? 2
        return String(rule.isSingular(count) ? parts[1] : parts[2])
    }

    /// The slot names of `text`: `{name}` with a name of letters, digits and `_`, and the
    /// name of each plural slot `{name|one|other}`.
    public static func slots(in text: String) -> Set<String> {
        var found = Set<String>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let inside = after[..<close]
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
            let name = parts[0]
            if !name.isEmpty, parts.count == 1 || parts.count == 3,
               name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { found.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return found
    }

    /// What is wrong with the translations, one line each: a key missing in a language, a key
    /// English does not have, slots that differ from English's, a string that breaks the
    /// language's typography (``Typography/problems(in:language:)``). Empty when complete.
    public var problems: [String] {
        let english = tables[.en, default: [:]]
        var found: [String] = []
        for language in Language.allCases {
            let table = tables[language] ?? [:]
            for key in english.keys.sorted() {
                guard let translated = table[key] else {
                    found.append("\(name), \(language): “\(key)” is not translated")
                    continue
                }
                let expected = Self.slots(in: english[key]!), got = Self.slots(in: translated)
                if expected != got {
                    found.append("\(name), \(language): “\(key)” has slots \(Self.list(got)) where English has \(Self.list(expected))")
                }
                for problem in Typography.problems(in: translated, language: language) {
                    found.append("\(name), \(language): “\(key)” \(problem)")
                }
            }
            for key in table.keys.sorted() where english[key] == nil {
                found.append("\(name), \(language): “\(key)” is not an English key (misspelt or left over?)")
            }
        }
        return found
    }

    private static func list(_ slots: Set<String>) -> String {
        slots.isEmpty ? "none" : slots.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }
}
