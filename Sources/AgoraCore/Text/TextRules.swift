/// How free text typed by people is cleaned before it enters a session. One place for the rule.
///
/// The rules (README, "Text rules"): a byte order mark (U+FEFF) is removed wherever it appears;
/// one-line fields turn control characters and line breaks into spaces, collapse runs of white
/// space and trim the ends; multi-line fields keep line breaks (as `\n`), turn tabs into spaces,
/// drop other control characters and trim the ends. A name or title needs at least one visible
/// character (see ``isBlank(_:)``).
public enum TextRules {
    /// The byte order mark: invisible, and never part of a name.
    static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

    /// A one-line field (name, city, title): control characters and line breaks become spaces,
    /// runs of white space collapse, ends are trimmed, byte order marks are removed.
    public static func singleLine(_ text: String) -> String {
        isSingleLineASCII(text) ? text : singleLineByScalars(text)
    }

    /// Whether `text` is printable ASCII with single spaces inside, already a single line as
    /// ``singleLine(_:)`` makes it (most names and titles): then it is returned as it is.
    static func isSingleLineASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            let clean = byte == 0x20 ? previous != 0x20 : (0x21...0x7E).contains(byte)
            if !clean { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }

    static func singleLineByScalars(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == byteOrderMark { continue }
            // ASCII answers without the Unicode property tables (most names; an import's rows).
            let blank = scalar.isASCII ? scalar.value <= 0x20 || scalar.value == 0x7F
                : scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                    || scalar == "\u{2028}" || scalar == "\u{2029}"
            if blank {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A multi-line field (description, challenge): line breaks kept (as `\n`), tabs become
    /// spaces, other control characters and byte order marks dropped, ends trimmed.
    public static func multiLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in normalized.unicodeScalars {
            if scalar == "\n" || scalar == "\t" { out.append(scalar == "\t" ? " " : "\n"); continue }
            if scalar.properties.generalCategory == .control || scalar == byteOrderMark { continue }
            out.append(scalar)
        }
        return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True when `text` has no visible character: only white space, control characters and
    /// invisible ones (zero-width space U+200B, joiners, byte order marks, other format and
    /// default-ignorable characters). A name or title must not be blank.
    public static func isBlank(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            let p = scalar.properties
            return !(p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format
                     || p.isDefaultIgnorableCodePoint)
        }
    }

    /// A list of short labels (tags, themes, cities): each cleaned, empties and repeats dropped.
    public static func labels(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.map(singleLine).filter { !isBlank($0) && seen.insert($0.lowercased()).inserted }
    }

    /// The key two names are compared by: case- and accent-insensitive. Letters that are
    /// written with a stroke or as a ligature, which Unicode does not decompose into a base
    /// letter and an accent, are folded too, as a person without that key types them: "luk"
    /// finds Łukasz, "oresund" Øresund, "strasse" Straße.
    public static func searchKey(_ text: String) -> String {
        // Most names are ASCII: lowercasing is the whole fold there, and much cheaper.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { strokeLetters[$0] != nil }) else { return folded }
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if let plain = strokeLetters[scalar] { out.append(contentsOf: plain.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Lowercase letters that do not decompose, and what they are typed as without their key.
    static let strokeLetters: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
    ]
}

import Foundation
