/// How free text is written into Markdown (CommonMark / GitHub): the one escaping rule.
public enum MarkdownText {
    /// Characters that are Markdown syntax anywhere on a line: emphasis, code, links, raw HTML,
    /// entities, table cells, strike-through, headings. Each is written with a backslash.
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#"]
    /// Characters that start a block (list, setext heading) when they open a line.
    static let escapedAtStart: Set<Character> = ["-", "+", "="]
    static let alwaysEscapedBytes = Set(alwaysEscaped.compactMap(\.asciiValue))
    static let escapedAtStartBytes = Set(escapedAtStart.compactMap(\.asciiValue))

    /// `text` as one line of inert Markdown: white space and line breaks (other than the
    /// narrow no-break space) collapse to single spaces (``TextRules/singleLine(_:)``), syntax characters get a backslash, and a list
    /// marker at the start ("-", "+", "1." or "1)") is neutralized. Safe in a paragraph, a
    /// list item, a heading and a table cell, and renders as the original characters.
    /// A run of white space holding a narrow no-break space becomes that space, so French
    /// typography stays ("Lieu\u{202F}: Bordeaux"); at either end it goes, as other space does.
    public static func escape(_ text: String) -> String {
        let line = text.split(separator: Typography.narrowSpace, omittingEmptySubsequences: false)
            .map { TextRules.singleLine(String($0)) }.filter { !$0.isEmpty }.joined(separator: String(Typography.narrowSpace))
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var leadingDigits = true
        for (index, character) in line.enumerated() {
            // Every syntax character is one ASCII byte: test the byte, not the Character's hash.
            if let byte = character.asciiValue {
                if alwaysEscapedBytes.contains(byte) || (index == 0 && escapedAtStartBytes.contains(byte)) {
                    out.append("\\")
                } else if leadingDigits, index > 0, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
                    out.append("\\")
                }
                if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { leadingDigits = false }
            } else {
                leadingDigits = false
            }
            out.append(character)
        }
        return out
    }

    /// Multi-line text as Markdown paragraphs: each non-empty line escaped on its own
    /// (so it can never become a heading, list or code block), blank-line separated.
    public static func paragraphs(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { escape(String($0)) }.filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    /// "**Label:** " before a value (French: "**Label :** "); `label` is Markdown already.
    static func boldLabel(_ label: String, in language: Language) -> String {
        "**" + Typography.labelled(label, "", in: language).dropLast() + "** "
    }

    /// "- **Label:** value", the value escaped: one fact of a list.
    static func fact(_ label: String, _ value: String, in language: Language) -> String {
        "- " + boldLabel(label, in: language) + escape(value)
    }

    /// A GitHub table: a header row, a separator, and rows of cells escaped with ``escape(_:)``.
    static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |" }
        let rule = "|" + header.indices.map { rightAligned.contains($0) ? " --: |" : " --- |" }.joined()
        return ([row(header), rule] + rows.map(row)).joined(separator: "\n")
    }
}
