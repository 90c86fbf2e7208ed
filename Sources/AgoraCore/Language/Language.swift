import Foundation

/// A language Agora speaks: English, French and Spanish, the city network's working
/// languages. English is the fallback of every string table.
public enum Language: String, Codable, CaseIterable, Sendable, CustomStringConvertible {
    case en, fr, es

    public var description: String { rawValue }

    /// The language's own name, as a person choosing it looks for it: "Français".
    public var endonym: String {
        switch self {
        case .en: return "English"
        case .fr: return "Français"
        case .es: return "Español"
        }
    }

    /// When a counted noun takes its singular form (French: 0 and 1).
    public var pluralRule: PluralRule {
        switch self {
        case .en: return .english
        case .fr: return .french
        case .es: return .spanish
        }
    }

    /// "en, fr, es", for messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The language of a tag or locale name as people and systems write it: "fr", "FR",
    /// "fr-CA", "fr_FR.UTF-8", "es_ES@euro", "français". Nil for a language Agora does not speak
    /// and for the C/POSIX locales.
    public init?(code text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let primary = trimmed.prefix { $0.isLetter && $0.isASCII }.lowercased()
        if let language = Language(rawValue: primary), primary.count == 2 {
            self = language
            return
        }
        let key = TextRules.searchKey(trimmed)
        guard let language = Language.allCases.first(where: {
            TextRules.searchKey($0.endonym) == key || TextRules.searchKey($0.englishName) == key
        }) else { return nil }
        self = language
    }

    /// "French": how English names it (a person may type it).
    public var englishName: String {
        switch self {
        case .en: return "English"
        case .fr: return "French"
        case .es: return "Spanish"
        }
    }
}
