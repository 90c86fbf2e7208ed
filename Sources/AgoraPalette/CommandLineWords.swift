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
        var (words, open, _) = scan(line)
        let partial = open ? words.removeLast() : ""
        return (words, partial)
    }

    /// The quote that `line` leaves open — `"` or `'` — and its column (in characters, from 1),
    /// or nil when every quote closes. A line run with a quote left open would take the rest
    /// of the line, options included, as one word (`topic add "Data --by ana`): the palette
    /// refuses it instead.
    public static func unclosedQuote(in line: String) -> (quote: String, column: Int)? {
        guard let (quote, index) = scan(line).openQuote else { return nil }
        return (String(quote), String(line.unicodeScalars[..<index]).count + 1)
    }

    /// The words, whether the last one is still open at the end of the line, and the quote
    /// left open (where it opened).
    private static func scan(_ line: String) -> (words: [String], open: Bool, openQuote: (Unicode.Scalar, String.Index)?) {
        var words: [String] = [], current = String.UnicodeScalarView(), inWord = false
        var quote: (scalar: Unicode.Scalar, at: String.Index)? = nil, escaped = false
        let scalars = line.unicodeScalars
        for i in scalars.indices {
            let c = scalars[i]
            if escaped { current.append(c); escaped = false; inWord = true; continue }
            if c == "\\" && quote?.scalar != "'" { escaped = true; inWord = true; continue }
            if let q = quote {
                if c == q.scalar { quote = nil } else { current.append(c) }
                continue
            }
            if c == "\"" || c == "'" { quote = (c, i); inWord = true; continue }
            if c == " " || c == "\t" {
                if inWord { words.append(String(current)); current = String.UnicodeScalarView(); inWord = false }
                continue
            }
            current.append(c); inWord = true
        }
        if inWord { words.append(String(current)) }
        return (words, inWord, quote.map { ($0.scalar, $0.at) })
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
