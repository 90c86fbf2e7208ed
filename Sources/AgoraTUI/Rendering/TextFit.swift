import AgoraCore

/// What is drawn when text does not fit its columns. One set of rules for every screen:
///
/// - a label with forms from long to short (a tab: "Outcomes", "Out", "8") takes the
///   longest form that fits ( ``first(_:width:measure:)`` );
/// - a label with a marker that carries meaning ("6. Data mining †") keeps the marker whole
///   and cuts the text before it ( ``truncate(_:keeping:width:measure:)`` );
/// - a message keeps its advice: quoted names (“…”, « … ») are shortened first, then the fact
///   before the advice, never what to do next ( ``message(_:width:measure:)`` );
/// - text with rows to spare wraps (``Paragraph/wrap(_:width:measure:)``).
public enum TextFit {
    /// The fewest columns a shortened quoted name or fact keeps.
    static let shortest = 8

    /// The first of `forms` (longest first) that fits in `width`; the last one cut with "…"
    /// when none does.
    public static func first(_ forms: [String], width: Int, measure: TextWidth) -> String {
        for form in forms where measure.width(form) <= width { return form }
        return measure.truncate(forms.last ?? "", to: width).text
    }

    /// `text` followed by `suffix`, the text cut with "…" so that the suffix always shows.
    public static func truncate(_ text: String, keeping suffix: String, width: Int, measure: TextWidth) -> String {
        let sw = measure.width(suffix)
        if measure.width(text) + sw <= width { return text + suffix }
        guard sw < width else { return measure.truncate(suffix, to: width).text }
        return measure.truncate(text, to: width - sw).text + suffix
    }

    /// A row of facts joined by " · " ("6 people · 4 cities · interest 14") in `width`: the
    /// facts that do not fit are left out whole from the end, so no word is cut; only a
    /// first fact wider than `width` (a typed title) is cut with "…".
    /// With `marked`, a row that lost facts ends with " · …", so that the reader knows there
    /// is more (a settings row, whose every fact is a rule).
    public static func facts(_ text: String, width: Int, measure: TextWidth, marked: Bool = false) -> String {
        guard measure.width(text) > width else { return text }
        var parts = text.components(separatedBy: " · ")
        let mark = marked ? " · …" : ""
        while parts.count > 1 {
            parts.removeLast()
            let shorter = parts.joined(separator: " · ")
            if measure.width(shorter + mark) <= width { return shorter + mark }
        }
        return measure.truncate(parts[0], to: width).text
    }

    /// Separators after which a message gives its advice, strongest first.
    static let adviceSeparators = [". ", ": ", " · ", " — "]

    /// `text` in at most `width` columns, keeping what it tells the reader to do: first the
    /// quoted names (“…”) are shortened, longest first; then the text is split before its
    /// advice (after the first sentence end, else colon, "·" or "—") and the fact before it
    /// is cut with "…" — but keeps at least half the width (the name of whom it is about), the
    /// advice then being cut at its end.
    public static func message(_ text: String, width: Int, measure: TextWidth) -> String {
        guard width > 0 else { return "" }
        if measure.width(text) <= width { return text }
        let text = shorteningQuotes(text, width: width, measure: measure)
        if measure.width(text) <= width { return text }
        guard let range = adviceSeparators.lazy.compactMap({ text.range(of: $0) }).first else {
            return measure.truncate(text, to: width).text
        }
        let head = String(text[..<range.lowerBound]), advice = String(text[range.lowerBound...])
        let headWidth = measure.width(head)
        let headRoom = max(width - measure.width(advice), min(headWidth, (width + 1) / 2))
        let shownHead = measure.truncate(head, to: headRoom)
        return shownHead.text + measure.truncate(advice, to: width - shownHead.width).text
    }

    /// Shortens the quoted parts of `text` (“…”, « … », «…»), longest first, each to no less
    /// than ``shortest`` columns, until it fits in `width` (or nothing more can be cut).
    static func shorteningQuotes(_ text: String, width: Int, measure: TextWidth) -> String {
        var parts = quotedParts(text)
        func joined() -> String { parts.map { $0.open + $0.text + $0.close }.joined() }
        var total = measure.width(joined())
        while total > width {
            let quoted = parts.indices.filter { parts[$0].quoted && measure.width(parts[$0].text) > shortest }
            guard let i = quoted.max(by: { measure.width(parts[$0].text) < measure.width(parts[$1].text) }) else { break }
            let w = measure.width(parts[i].text)
            parts[i].text = measure.truncate(parts[i].text, to: max(shortest, w - (total - width))).text
            total = measure.width(joined())
        }
        return joined()
    }

    /// The quotation marks each language's messages use (English “…”, French « … » with narrow
    /// no-break spaces inside, Spanish «…»), opening first.
    static let quoteMarks: [(open: String, close: String)] = [
        ("“", "”"), ("«\u{202F}", "\u{202F}»"), ("«", "»"),
    ]

    /// `text` split into plain parts and the insides of quotes, each with its marks.
    static func quotedParts(_ text: String) -> [(text: String, quoted: Bool, open: String, close: String)] {
        var parts: [(text: String, quoted: Bool, open: String, close: String)] = []
        var rest = Substring(text)
        while let found = quoteMarks.compactMap({ m in rest.range(of: m.open).map { (marks: m, open: $0) } })
                .min(by: { $0.open.lowerBound < $1.open.lowerBound }),
              let close = rest[found.open.upperBound...].range(of: found.marks.close) {
            let (marks, open) = found
            parts.append((String(rest[..<open.lowerBound]), false, "", ""))
            parts.append((String(rest[open.upperBound..<close.lowerBound]), true, marks.open, marks.close))
            rest = rest[close.upperBound...]
        }
        parts.append((String(rest), false, "", ""))
        return parts
    }
}

extension Buffer {
    /// Writes a message (a status, a prompt, a mode line) on the first row of `rect`,
    /// shortened by ``TextFit/message(_:width:measure:)`` so its advice stays readable.
    @discardableResult
    public mutating func write(message text: String, in rect: Rect, role: StyleRole) -> Int {
        write(TextFit.message(text, width: rect.width, measure: measure), in: rect, role: role)
    }
}
