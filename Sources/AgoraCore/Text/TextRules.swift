/// How free text typed by people is cleaned before it enters a session. One place for the rule.
public enum TextRules {
    /// A one-line field (name, city, title): control characters and line breaks become spaces,
    /// runs of white space collapse, ends are trimmed.
    public static func singleLine(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                || scalar == "\u{2028}" || scalar == "\u{2029}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A multi-line field (description, challenge): line breaks kept (as `\n`), other control
    /// characters dropped, ends trimmed.
    public static func multiLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in normalized.unicodeScalars {
            if scalar == "\n" || scalar == "\t" { out.append(scalar == "\t" ? " " : "\n"); continue }
            if scalar.properties.generalCategory == .control { continue }
            out.append(scalar)
        }
        return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A list of short labels (tags, themes, cities): each cleaned, empties and repeats dropped.
    public static func labels(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.map(singleLine).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// The key two names are compared by: case- and accent-insensitive.
    public static func searchKey(_ text: String) -> String {
        // Most names are ASCII: lowercasing is the whole fold there, and much cheaper.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

import Foundation
