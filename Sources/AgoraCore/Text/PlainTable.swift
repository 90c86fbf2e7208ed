/// Columns of plain text for the command line: each cell padded to the widest of its column
/// in display columns (CJK and emoji count two, as the terminal draws them), two spaces
/// apart, trailing spaces trimmed. The one table layout of every text command.
public enum PlainTable {
    public static func lines(_ rows: [[String]], rightAligned: Set<Int> = [], indent: String = "",
                             measure: TextWidth = .unicode) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        let cells = rows.map { $0.map(measure.displayText) }
        let widths = (0..<columns).map { c in cells.map { c < $0.count ? measure.width($0[c]) : 0 }.max() ?? 0 }
        return cells.map { row in
            var line = indent + row.enumerated().map { c, text -> String in
                let pad = String(repeating: " ", count: max(0, widths[c] - measure.width(text)))
                return rightAligned.contains(c) ? pad + text : text + pad
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
