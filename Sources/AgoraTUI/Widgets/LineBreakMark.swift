import Foundation

/// Multi-line text (a description, an experience's challenge, the report's framing: Core's
/// multi-line fields, `TextRules.multiLine`) in a one-line form field: each line break shows
/// as " ¶ " (two make a new paragraph), a paste keeps its line breaks that way, and the
/// field's text comes back with them, so paragraphs survive typing, pasting and editing.
enum LineBreakMark {
    static let mark = "¶"

    /// Multi-line text on one line: each line break (`\n`, `\r\n`, `\r`, U+2028, U+2029) a " ¶ ".
    static func shown(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{2028}", with: "\n").replacingOccurrences(of: "\u{2029}", with: "\n")
        var line = unified.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " \(mark) ")
        while line.contains("\(mark)  \(mark)") { line = line.replacingOccurrences(of: "\(mark)  \(mark)", with: "\(mark) \(mark)") }
        return line
    }

    /// The field's text back with its line breaks: each ¶ (and the spaces around it) a "\n".
    static func typed(_ line: String) -> String {
        line.replacingOccurrences(of: "[ \t]*\(mark)[ \t]*", with: "\n", options: .regularExpression)
    }
}
