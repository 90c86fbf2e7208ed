import Foundation

/// Lists of names (cities, themes) written in one text field and read back exactly, even
/// when a name holds a comma or a semicolon ("Washington, D.C.").
///
/// Items are joined with "; "; an item that holds a `;` or a `"`, or starts or ends with a
/// space, is quoted with `"` (an inner `"` doubled), as in CSV. ``split(_:)`` undoes
/// ``join(_:)`` for every list of non-empty items.
public enum ListText {
    public static func join(_ items: [String]) -> String {
        items.map { item in
            let scalars = item.unicodeScalars
            let needsQuotes = scalars.contains(";") || scalars.contains("\"") || scalars.first?.properties.isWhitespace == true
                || scalars.last?.properties.isWhitespace == true
            guard needsQuotes else { return item }
            // Each quote scalar doubled, even one a mark joins to the next character.
            var quoted = String.UnicodeScalarView()
            quoted.append("\"")
            for scalar in scalars {
                quoted.append(scalar)
                if scalar == "\"" { quoted.append("\"") }
            }
            quoted.append("\"")
            return String(quoted)
        }.joined(separator: "; ")
    }

    /// The items of a list written by ``join(_:)`` or typed by a person ("A; B;C"): split at
    /// `;` outside quotes, unquoted items trimmed, empty ones dropped.
    ///
    /// It reads scalars, not characters: a `;` or `"` joined to a mark in one character (after
    /// a prepended U+0601, before an accent) still separates or quotes.
    public static func split(_ text: String) -> [String] {
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var quoted = false, wasQuoted = false, blank = true
        var scalars = text.unicodeScalars[...]
        func finish() {
            let item = wasQuoted ? String(current) : String(current).trimmingCharacters(in: .whitespaces)
            if !item.isEmpty || wasQuoted { items.append(item) }
            current = String.UnicodeScalarView(); wasQuoted = false; blank = true
        }
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { current.append("\""); scalars.removeFirst() } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" && !wasQuoted && blank {
                current = String.UnicodeScalarView(); quoted = true; wasQuoted = true
            } else if c == ";" {
                finish()
            } else if !(wasQuoted && c.properties.isWhitespace) {
                current.append(c)
                if !CharacterSet.whitespaces.contains(c) { blank = false }
            }
        }
        finish()
        return items.filter { !$0.isEmpty }
    }

    /// Cities as given on the command line: each `--partner` value whole, and each
    /// `--partners` value split at `;` — or, when it has no `;`, at commas (the older form
    /// "Barcelona,Guangzhou").
    public static func cities(lists: [String], single: [String]) -> [String] {
        lists.flatMap { list in
            list.unicodeScalars.contains(";") || list.unicodeScalars.contains("\"") ? split(list)
                : list.unicodeScalars.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
            .filter { !$0.isEmpty } + single
    }
}
