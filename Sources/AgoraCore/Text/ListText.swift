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
            let needsQuotes = item.contains(";") || item.contains("\"") || item.first?.isWhitespace == true
                || item.last?.isWhitespace == true
            return needsQuotes ? "\"" + item.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : item
        }.joined(separator: "; ")
    }

    /// The items of a list written by ``join(_:)`` or typed by a person ("A; B;C"): split at
    /// `;` outside quotes, unquoted items trimmed, empty ones dropped.
    public static func split(_ text: String) -> [String] {
        var items: [String] = []
        var current = "", quoted = false, wasQuoted = false
        var chars = Array(text)[...]
        func finish() {
            let item = wasQuoted ? current : current.trimmingCharacters(in: .whitespaces)
            if !item.isEmpty || wasQuoted { items.append(item) }
            current = ""; wasQuoted = false
        }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { current.append("\""); chars.removeFirst() } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty && !wasQuoted {
                current = ""; quoted = true; wasQuoted = true
            } else if c == ";" {
                finish()
            } else if !(wasQuoted && c.isWhitespace) {
                current.append(c)
            }
        }
        finish()
        return items.filter { !$0.isEmpty }
    }

    /// Cities as given on the command line: each `--partner` value whole, and each
    /// `--partners` value split at `;` — or, when it has no `;`, at commas (the older form
    /// "Barcelona,Guangzhou").
    public static func cities(lists: [String], single: [String]) -> [String] {
        lists.flatMap { $0.contains(";") || $0.contains("\"") ? split($0) : $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty } + single
    }
}
