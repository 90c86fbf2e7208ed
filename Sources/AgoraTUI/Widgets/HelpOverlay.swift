import AgoraCore
/// The `?` overlay: every key of the focused screen and of the app, generated from the
/// same ``KeyBinding`` values that drive them.
public enum HelpOverlay {
    public struct Section: Equatable, Sendable {
        public var title: String
        public var entries: [HelpEntry]
        public init(title: String, entries: [HelpEntry]) { self.title = title; self.entries = entries }
    }

    /// One row of the help: a section's title, a key and what it does, or the rest of a
    /// description too long for one row (wrapped under its first row, keys column empty).
    struct Row: Equatable {
        var keys = ""
        var text = ""
        var isTitle = false
    }

    /// The rows of the help for `sections`, keys in a column; a description wider than
    /// `width` columns wraps onto rows of its own (``Paragraph/wrap(_:width:measure:)``).
    static func rows(_ sections: [Section], measure: TextWidth, width: Int = .max) -> [Row] {
        var out: [Row] = []
        for section in sections {
            if !out.isEmpty { out.append(Row()) }
            out.append(Row(text: section.title, isTitle: true))
            for e in section.entries {
                let wrapped = width < .max ? Paragraph.wrap(e.description, width: max(1, width), measure: measure) : [e.description]
                for (i, line) in wrapped.enumerated() { out.append(Row(keys: i == 0 ? e.keys : "", text: line)) }
            }
        }
        return out
    }

    /// Where the help goes in `area` and how it is laid out: the box, the keys' column width
    /// and the rows wrapped to the box (what ``render(_:offset:into:area:)`` draws and
    /// ``page(_:area:measure:)`` pages through).
    static func layout(_ sections: [Section], area: Rect, measure m: TextWidth) -> (box: Rect, keyWidth: Int, rows: [Row]) {
        let flat = rows(sections, measure: m)
        // The keys' column takes the longest keys, up to a third of the area (18 columns at least).
        let keyWidth = min(max(18, area.width / 3), flat.map { m.width($0.keys) }.max() ?? 0)
        let textWidth = flat.map { m.width($0.text) }.max() ?? 0
        let width = min(area.width, keyWidth + textWidth + 6)
        // Descriptions wrap to the box (2 borders, a space before the keys, 2 after them).
        let wrapped = rows(sections, measure: m, width: width - keyWidth - 5)
        // A help longer than the area is wide enough for its scroll note.
        let noteWidth = wrapped.count + 3 > area.height
            ? m.width(FrameText.table("frame.help.position", ["more": FrameText.table("frame.help.moreBoth"), "first": "\(wrapped.count)",
                                                                "last": "\(wrapped.count)", "total": "\(wrapped.count)"])) + 6 : 0
        let box = area.centered(Size(width: max(width, noteWidth), height: wrapped.count + 3))
        return (box, keyWidth, wrapped)
    }

    /// What the bottom edge of the box says when the help is longer than the box: which
    /// lines are shown, of how many, and that ↑/↓ and the page keys scroll ("↓ more · 1–18 of
    /// 45 · ↑/↓ PgUp/PgDn scroll"; Home and End go to its ends).
    /// Long form first, then shorter ones (for ``TextFit/first(_:width:measure:)``).
    static func scrollNote(start: Int, shown: Int, total: Int) -> [String]? {
        guard shown < total else { return nil }
        let t = FrameText.table
        let more = t(start + shown < total ? (start > 0 ? "frame.help.moreBoth" : "frame.help.more") : "frame.help.moreAbove")
        let position = t("frame.help.position", ["more": more, "first": "\(start + 1)", "last": "\(start + shown)", "total": "\(total)"])
        let scroll = t("frame.help.scroll", ["pageUp": Key.pageUp.description, "pageDown": Key.pageDown.description])
        return [position + " · " + scroll, position, more]
    }

    /// How many lines the help of `sections` shows at once in `area`, and the largest offset
    /// that still fills the box (its last line at the bottom).
    public static func page(_ sections: [Section], area: Rect, measure: TextWidth) -> (shown: Int, lastOffset: Int) {
        let total = layout(sections, area: area, measure: measure).rows.count
        let shown = max(1, min(total + 1, area.height - 2))
        return (shown, max(0, total - shown))
    }

    /// Draws the help box centred in `area`, scrolled by `offset` lines. When it is longer
    /// than the area its bottom edge says so (``scrollNote(start:shown:total:)``).
    public static func render(_ sections: [Section], offset: Int, into buffer: inout Buffer, area: Rect) {
        let m = buffer.measure
        let (box, keyWidth, rows) = layout(sections, area: area, measure: m)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: FrameText.table("frame.help.title"), role: .border)
        let inner = box.inset()
        let start = max(0, min(offset, rows.count - inner.height))
        for (i, row) in rows.dropFirst(start).prefix(inner.height).enumerated() {
            let y = inner.y + i
            if row.isTitle {
                buffer.write(row.text, in: inner.row(i), role: .header)
            } else {
                buffer.write(row.keys, in: Rect(x: inner.x + 1, y: y, width: keyWidth, height: 1), role: .key)
                buffer.write(row.text, in: Rect(x: inner.x + keyWidth + 3, y: y, width: inner.width - keyWidth - 3, height: 1), role: .modal)
            }
        }
        if let note = scrollNote(start: start, shown: min(inner.height, rows.count), total: rows.count), box.width > 6 {
            let text = " " + TextFit.first(note, width: box.width - 6, measure: m) + " "
            buffer.write(text, in: Rect(x: box.x + 2, y: box.maxY - 1, width: box.width - 4, height: 1), role: .accent, pad: false)
        }
    }
}

/// The bottom hint bar: "key description" pairs from the bindings marked for hints,
/// as many as fit.
public enum HintBar {
    public static func render(_ entries: [HelpEntry], into buffer: inout Buffer, area: Rect) {
        let row = area.row(0)
        buffer.fill(row, role: .hint)
        var x = row.x
        for e in entries where e.showsInHints {
            let needed = buffer.measure.width(e.hintKeys) + 1 + buffer.measure.width(e.description)
            if x + needed > row.maxX { break }
            x = buffer.write(e.hintKeys, x: x, y: row.y, role: .key, limit: row.maxX)
            x = buffer.write(" " + e.description + "  ", x: x, y: row.y, role: .hint, limit: row.maxX)
        }
    }
}
