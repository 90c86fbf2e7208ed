/// Each language's punctuation: French puts a narrow no-break space (U+202F) before : ; ? !
/// and inside « » quotes; Spanish opens questions and exclamations with ¿ ¡ and quotes with
/// «»; English quotes with “ ” and puts no space before punctuation.
///
/// The string tables are written this way (``problems(in:language:)`` checks them);
/// ``quote(_:in:)``, ``labelled(_:_:in:)`` and ``french(_:)`` apply the rules to text put
/// together at run time.
public enum Typography {
    /// U+202F NARROW NO-BREAK SPACE: French spacing before high punctuation and inside « ».
    public static let narrowSpace: Character = "\u{202F}"

    /// `text` in the language's quotation marks: “text”, « text », «text».
    public static func quote(_ text: String, in language: Language) -> String {
        switch language {
        case .en: return "“\(text)”"
        case .fr: return "«\(narrowSpace)\(text)\(narrowSpace)»"
        case .es: return "«\(text)»"
        }
    }

    /// "Label: value", or in French "Label : value" (with a narrow no-break space).
    public static func labelled(_ label: String, _ value: String, in language: Language) -> String {
        language == .fr ? "\(label)\(narrowSpace): \(value)" : "\(label): \(value)"
    }

    /// French elision for text put together at run time: `out` ending in the word "de " or
    /// "que " before `value` starting with a vowel (accented or not; not "h" or "y", which may
    /// not elide) ends in "d’" or "qu’" (``StringTable/fill(_:_:rule:elides:)`` applies it at
    /// each slot of a French string).
    static func elide(_ out: inout String, before value: String) {
        guard let first = value.unicodeScalars.first,
              let base = String(first).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).first,
              "aeiou".contains(base) else { return }
        for (word, elided) in [("de ", "d’"), ("que ", "qu’"), ("De ", "D’"), ("Que ", "Qu’")] where out.hasSuffix(word) {
            let start = out.index(out.endIndex, offsetBy: -word.count)
            if start > out.startIndex, let before = out[..<start].last, before.isLetter || before == "’" || before == "'" { return }
            out.replaceSubrange(start..., with: elided)
            return
        }
    }

    /// French spacing for text put together at run time: a narrow no-break space before each
    /// : ; ? ! that ends a word (a plain space there becomes one). Times (10:30), links
    /// (https://) and punctuation already spaced are left alone.
    public static func french(_ text: String) -> String {
        var out: [Character] = []
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if Self.highPunctuation.contains(c), let before = out.last, !Self.noBreakSpaces.contains(before),
               !Self.isExempt(chars, at: i) {
                if before == " " { out.removeLast() }
                if let previous = out.last, !previous.isWhitespace { out.append(narrowSpace) }
            }
            out.append(c)
        }
        return String(out)
    }

    /// How `text` breaks `language`'s rules, one phrase each ("needs a narrow no-break space
    /// before “:”"); empty when it follows them.
    public static func problems(in text: String, language: Language) -> [String] {
        let chars = Array(text)
        var found: [String] = []
        switch language {
        case .fr:
            for (i, c) in chars.enumerated() where highPunctuation.contains(c) && i > 0 && !isExempt(chars, at: i) {
                if !noBreakSpaces.contains(chars[i - 1]) { found.append("needs a narrow no-break space before “\(c)”") }
            }
            for (i, c) in chars.enumerated() where c == "«" && (i + 1 == chars.count || !noBreakSpaces.contains(chars[i + 1])) {
                found.append("needs a narrow no-break space after «")
            }
            for (i, c) in chars.enumerated() where c == "»" && (i == 0 || !noBreakSpaces.contains(chars[i - 1])) {
                found.append("needs a narrow no-break space before »")
            }
            if chars.contains(where: { "“”\"".contains($0) }) { found.append("quotes with “ ” or \"; French quotes with « »") }
        case .es:
            for (mark, opening) in [("?", "¿"), ("!", "¡")] where text.contains(mark) {
                let opened = text.filter { String($0) == opening }.count, closed = text.filter { String($0) == mark }.count
                if opened != closed { found.append("has \(closed) “\(mark)” but \(opened) “\(opening)”") }
            }
            if chars.contains(where: { "“”\"".contains($0) }) { found.append("quotes with “ ” or \"; Spanish quotes with « »") }
        case .en:
            for (i, c) in chars.enumerated() where highPunctuation.contains(c) && i > 0 && chars[i - 1].isWhitespace {
                found.append("has a space before “\(c)”")
            }
            if text.contains("«") || text.contains("»") { found.append("quotes with « »; English quotes with “ ”") }
        }
        return found
    }

    static let highPunctuation: Set<Character> = [":", ";", "?", "!"]
    static let noBreakSpaces: Set<Character> = ["\u{202F}", "\u{00A0}"]

    /// A colon between digits (10:30), in a link (https://), or after a slot's brace is no
    /// sentence punctuation.
    private static func isExempt(_ chars: [Character], at i: Int) -> Bool {
        let before = i > 0 ? chars[i - 1] : " ", after = i + 1 < chars.count ? chars[i + 1] : " "
        if chars[i] == ":" && before.isNumber && after.isNumber { return true }
        if chars[i] == ":" && after == "/" { return true }
        return false
    }
}
