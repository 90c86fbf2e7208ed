/// What the `:` command palette runs. The composition root implements it with the CLI's
/// commands, so the palette speaks the same verbs and gives the same errors as `agora`.
public protocol PaletteInterpreter: AnyObject {
    /// Runs one command line (without the ":"); returns its output. Errors are shown as
    /// their description.
    func run(_ line: String) throws -> String
    /// Whole candidate lines that complete `line` (e.g. "topic a" → ["topic add "]); the
    /// palette fills in the only one, or the common prefix of several and lists them.
    func completions(for line: String) -> [String]
}

/// Splits a command line into words the way a shell does: spaces separate, quotes ("…" or
/// '…') group, a backslash escapes the next character.
public enum CommandLineWords {
    public static func split(_ line: String) -> [String] {
        var words: [String] = [], current = "", inWord = false
        var quote: Character? = nil, escaped = false
        for c in line {
            if escaped { current.append(c); escaped = false; inWord = true; continue }
            if c == "\\" && quote != "'" { escaped = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == "\"" || c == "'" { quote = c; inWord = true; continue }
            if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(c); inWord = true
        }
        if inWord || escaped { words.append(current) }
        return words
    }

    /// `word` quoted if it needs quotes to stay one word.
    public static func quoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" }) else { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
