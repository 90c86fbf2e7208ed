/// A row of numbered tab titles; the active one is drawn in `tabActive` and in brackets
/// ("[2 Topics]") so it stands out without colour.
public enum Tabs {
    /// Renders `titles` on the first row of `area`. Returns the active tab's position.
    @discardableResult
    public static func render(_ titles: [String], selected: Int, into buffer: inout Buffer, area: Rect) -> Position? {
        let row = area.row(0)
        buffer.fill(row, role: .tabInactive)
        var x = row.x
        var cursor: Position?
        for (i, title) in titles.enumerated() {
            guard x < row.maxX else { break }
            let active = i == selected
            if active { cursor = Position(x: x, y: row.y) }
            let label = active ? "[\(i + 1) \(title)]" : " \(i + 1) \(title) "
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
