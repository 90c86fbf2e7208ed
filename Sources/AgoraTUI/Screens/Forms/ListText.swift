import AgoraCore

/// Splits "a, b, c" (or "a; b" for sentences) into items.
enum ListText {
    static func items(_ text: String, separator: Character = ",") -> [String] {
        TextRules.labels(text.split(separator: separator).map(String.init))
    }
    static func join(_ items: [String], separator: String = ", ") -> String { items.joined(separator: separator) }
}
