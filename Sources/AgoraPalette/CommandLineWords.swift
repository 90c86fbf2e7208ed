/// Splits a command line into words the way a shell does: spaces and tabs separate, quotes
/// ("…" or '…') group, a backslash escapes the next character (outside '…').
///
/// Both directions read Unicode scalars, not characters: a quote or a backslash followed by a
/// combining mark is still a quote or a backslash, so that `split(quoted(w)) == [w]` for every
/// word `w` (the fuzz target `palette` checks it).
public enum CommandLineWords {
    public static func split(_ line: String) -> [String] { scan(line).words }

    /// The words of `line` for completion: those finished, and the one being typed ("" after
    /// a separator; a quote left open or a backslash keeps the last word open).
    public static func splitForCompletion(_ line: String) -> (finished: [String], partial: String) {
        var (words, open) = scan(line)
        let partial = open ? words.removeLast() : ""
        return (words, partial)
    }

    /// The words, and whether the last one is still open at the end of the line.
    private static func scan(_ line: String) -> (words: [String], open: Bool) {
        var words: [String] = [], current = String.UnicodeScalarView(), inWord = false
        var quote: Unicode.Scalar? = nil, escaped = false
        for c in line.unicodeScalars {
            if escaped { current.append(c); escaped = false; inWord = true; continue }
            if c == "\\" && quote != "'" { escaped = true; inWord = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == "\"" || c == "'" { quote = c; inWord = true; continue }
            if c == " " || c == "\t" {
                if inWord { words.append(String(current)); current = String.UnicodeScalarView(); inWord = false }
                continue
            }
            current.append(c); inWord = true
        }
        if inWord { words.append(String(current)) }
        return (words, inWord)
    }

    /// `word` quoted if it needs quotes to stay one word: empty, or holding a space, a tab, a
    /// quote or a backslash.
    public static func quoted(_ word: String) -> String {
        guard word.isEmpty || word.unicodeScalars.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\\" })
        else { return word }
        var text = String.UnicodeScalarView(["\""])
        for c in word.unicodeScalars {
            if c == "\\" || c == "\"" { text.append("\\") }
            text.append(c)
        }
        text.append("\"")
        return String(text)
    }
}
