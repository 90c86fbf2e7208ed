/// How a CSV export is written for spreadsheets, on top of RFC 4180 (``CSVDocument/encode(_:)``).
///
/// - The formula guard (on by default, OWASP "CSV injection"): a cell that starts with `=`,
///   `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it
///   as text instead of running it (a participant called `=HYPERLINK(…)` stays a name).
/// - The byte order mark (off by default): a leading U+FEFF, which Excel needs to read the
///   file as UTF-8 rather than the system's code page (accents otherwise turn to mojibake).
public struct CSVStyle: Equatable, Sendable {
    public var formulaGuard: Bool
    public var byteOrderMark: Bool

    public init(formulaGuard: Bool = true, byteOrderMark: Bool = false) {
        self.formulaGuard = formulaGuard; self.byteOrderMark = byteOrderMark
    }

    /// Guarded, without a byte order mark.
    public static let standard = CSVStyle()

    /// The rows as CSV in this style.
    public func encode(_ rows: [[String]]) -> String {
        let cells = formulaGuard ? rows.map { $0.map(CSVStyle.guarded) } : rows
        return (byteOrderMark ? "\u{FEFF}" : "") + CSVDocument.encode(cells)
    }

    /// The characters that make a spreadsheet read a cell as a formula when they start it.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `cell`, with a leading `'` when it starts like a formula.
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }
}
