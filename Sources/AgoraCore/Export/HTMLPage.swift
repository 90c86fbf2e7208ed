/// The frame of every HTML export: one self-contained, printable page (inline CSS with print
/// rules, no scripts, no external resources). Text goes in escaped with ``HTMLText/escape(_:)``.
enum HTMLPage {
    /// A whole document. `body` is already HTML; `moreCSS` adds rules of its own after ``css``.
    /// `language` is the page's `lang` attribute: browsers, screen readers and hyphenation
    /// read the page in it.
    static func document(title: String, body: String, moreCSS: String = "", language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Agora">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(moreCSS.isEmpty ? css : css + "\n" + moreCSS)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let css = """
    :root { color-scheme: light; --ink: #1d2430; --muted: #5b6573; --rule: #d5dae1; --accent: #0b5cad; }
    body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.8rem; margin-bottom: .2rem; }
    h2 { font-size: 1.35rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
    h3 { font-size: 1.1rem; margin-bottom: .3rem; }
    .lead { color: var(--muted); margin-top: 0; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .92rem; }
    th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
    th { background: #f2f4f7; }
    td.num { text-align: right; }
    .card { border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 4px; padding: .6rem 1rem; margin: 1rem 0; }
    .question { font-style: italic; font-size: 1.05rem; margin: .3rem 0 .6rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0; }
    dt { font-weight: 600; color: var(--muted); }
    dd { margin: 0; white-space: pre-line; }
    .text { white-space: pre-line; }
    .status { display: inline-block; border-radius: 3px; padding: 0 .4rem; background: #e8eef7; font-size: .85rem; }
    .tags span { display: inline-block; border: 1px solid var(--rule); border-radius: 999px; padding: 0 .5rem; margin: 0 .25rem .25rem 0; font-size: .85rem; }
    footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
    @media print {
      body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; color: #000; }
      h2 { break-after: avoid; page-break-after: avoid; }
      .card, tr { break-inside: avoid; page-break-inside: avoid; }
      .card { border-left-width: 2pt; }
      th { background: none; }
      a { color: inherit; text-decoration: none; }
      @page { margin: 15mm; }
    }
    """

    /// `<tag class="…">escaped text</tag>`.
    static func element(_ tag: String, _ text: String, class cssClass: String? = nil) -> String {
        let attribute = cssClass.map { " class=\"\($0)\"" } ?? ""
        return "<\(tag)\(attribute)>\(HTMLText.escape(text))</\(tag)>"
    }

    /// `<strong>Label:</strong> ` before a value (French: "Label :"); `label` is escaped.
    static func strongLabel(_ label: String, in language: Language) -> String {
        "<strong>" + HTMLText.escape(String(Typography.labelled(label, "", in: language).dropLast())) + "</strong> "
    }

    /// A definition list of label/value pairs, values escaped; empty values left out.
    static func facts(_ pairs: [(String, String)]) -> String {
        let items = pairs.filter { !$0.1.isEmpty }.map { "<dt>\(HTMLText.escape($0.0))</dt><dd>\(HTMLText.escape($0.1))</dd>" }
        return items.isEmpty ? "" : "<dl>\n" + items.joined(separator: "\n") + "\n</dl>"
    }

    /// A table: header cells and rows of escaped text; `numeric` columns right-aligned.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = ["<table>", "<thead><tr>" + header.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for row in rows {
            out.append("<tr>" + row.enumerated().map { i, cell in
                numeric.contains(i) ? "<td class=\"num\">\(HTMLText.escape(cell))</td>" : "<td>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out.joined(separator: "\n")
    }

    /// A bulleted list of escaped items; "" when empty.
    static func list(_ items: [String], ordered: Bool = false) -> String {
        guard !items.isEmpty else { return "" }
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined(separator: "\n") + "\n</\(tag)>"
    }
}
