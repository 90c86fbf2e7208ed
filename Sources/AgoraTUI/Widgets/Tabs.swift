/// A row of numbered tab titles; the active one is drawn in `tabActive` and in brackets
/// ("[2 Topics]") so it stands out without colour.
///
/// When the row is too narrow for every title the others shorten step by step (full, their
/// first three letters, the number only) while the active one stays readable; it is cut
/// with "…" only when even numbers do not leave it room. Every tab keeps its number.
public enum Tabs {
    /// The label of each tab at `level` of shortening (0 full, 1 short, 2 numbers).
    /// Without `numbered` (tabs inside a screen, whose digits would switch the screen's own
    /// tabs) the last level keeps each title's first letter instead of its number.
    static func labels(_ titles: [String], selected: Int, level: Int, numbered: Bool = true) -> [String] {
        titles.enumerated().map { i, title in
            let short = level == 0 || i == selected ? title : level == 1 ? String(title.prefix(3)) : numbered ? "" : String(title.prefix(1))
            let text = !numbered ? short : short.isEmpty ? "\(i + 1)" : "\(i + 1) \(short)"
            return i == selected ? "[\(text)]" : " \(text) "
        }
    }

    /// Renders `titles` on the first row of `area`. Returns the active tab's position.
    @discardableResult
    public static func render(_ titles: [String], selected: Int, into buffer: inout Buffer, area: Rect, numbered: Bool = true) -> Position? {
        let row = area.row(0)
        buffer.fill(row, role: .tabInactive)
        let m = buffer.measure
        var labels = labels(titles, selected: selected, level: 2, numbered: numbered)
        for level in 0...2 {
            let candidate = Self.labels(titles, selected: selected, level: level, numbered: numbered)
            if candidate.reduce(0, { $0 + m.width($1) + 1 }) - 1 <= row.width { labels = candidate; break }
        }
        // Still too wide with numbers only: the active title is cut, its brackets kept.
        let total = labels.reduce(0) { $0 + m.width($1) + 1 } - 1
        if total > row.width, titles.indices.contains(selected) {
            let room = row.width - (total - m.width(labels[selected]))
            labels[selected] = room >= 4
                ? "[" + TextFit.truncate(numbered ? "\(selected + 1) \(titles[selected])" : titles[selected], keeping: "]", width: room - 1, measure: m)
                : "[\(numbered ? "\(selected + 1)" : String(titles[selected].prefix(1)))]"
        }
        var x = row.x
        var cursor: Position?
        for (i, label) in labels.enumerated() {
            guard x < row.maxX else { break }
            let active = i == selected
            if active { cursor = Position(x: x, y: row.y) }
            x = buffer.write(label, x: x, y: row.y, role: active ? .tabActive : .tabInactive, limit: row.maxX)
            x = buffer.write(" ", x: x, y: row.y, role: .tabInactive, limit: row.maxX)
        }
        return cursor
    }
}

/// A one-row bar with text on the left and on the right (the right side wins when short of room).
public enum StatusBar {
    public static func render(left: String, right: String, into buffer: inout Buffer, area: Rect,
                              role: StyleRole = .status, leftRole: StyleRole? = nil) {
        let row = area.row(0)
        guard !row.isEmpty else { return }
        buffer.fill(row, role: role)
        let rightWidth = min(buffer.measure.width(right), row.width)
        if rightWidth > 0 {
            buffer.write(right, in: Rect(x: row.maxX - rightWidth, y: row.y, width: rightWidth, height: 1), role: role)
        }
        let leftArea = Rect(x: row.x, y: row.y, width: row.width - rightWidth - (rightWidth > 0 ? 1 : 0), height: 1)
        buffer.write(left, in: leftArea, role: leftRole ?? role, pad: false)
    }
}
