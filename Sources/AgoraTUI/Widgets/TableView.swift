/// A column of a ``TableView``.
public struct TableColumn: Sendable {
    public enum Width: Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of the columns left after fixed ones.
        case flex(Int)
    }
    public var title: String
    public var width: Width
    public var alignment: Buffer.Alignment
    public init(_ title: String, width: Width = .flex(1), alignment: Buffer.Alignment = .leading) {
        self.title = title; self.width = width; self.alignment = alignment
    }
}

/// A table with a header row, selection ("›" and the `selected` role) and scrolling; only
/// the visible rows are asked for.
public enum TableView {
    /// Column widths for `columns` in `width` cells (one space between columns, two for the marker).
    public static func layout(_ columns: [TableColumn], width: Int) -> [Int] {
        let gaps = max(0, columns.count - 1) + 2
        let fixed = columns.reduce(0) { if case .fixed(let n) = $1.width { return $0 + n }; return $0 }
        let weights = columns.reduce(0) { if case .flex(let n) = $1.width { return $0 + n }; return $0 }
        var flexLeft = max(0, width - gaps - fixed)
        var weightLeft = weights
        return columns.map { column in
            switch column.width {
            case .fixed(let n): return n
            case .flex(let w):
                let share = weightLeft == 0 ? 0 : flexLeft * w / weightLeft
                flexLeft -= share; weightLeft -= w
                return share
            }
        }
    }

    /// Renders the header and the visible rows. Returns the selected row's position.
    @discardableResult
    public static func render(columns: [TableColumn], count: Int, state: ListState, into buffer: inout Buffer,
                              area: Rect, focused: Bool = true, emptyText: String? = nil,
                              row: (Int) -> [String]) -> Position? {
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return nil }
        // A table that scrolls gives its last column to the scroll bar, so no cell is drawn under it.
        let scrolls = ScrollIndicator.isShown(count: count, visible: area.height - 1, area: area.droppingTop(1))
        let content = scrolls ? Rect(x: area.x, y: area.y, width: area.width - 1, height: area.height) : area
        let widths = layout(columns, width: content.width)
        func draw(_ cells: [String], y: Int, role: StyleRole, marker: String, into buffer: inout Buffer) {
            var x = content.x
            buffer.write(marker, in: Rect(x: x, y: y, width: min(2, content.width), height: 1), role: role)
            x += 2
            for (i, column) in columns.enumerated() where i < cells.count {
                let w = min(widths[i], content.maxX - x)
                if w <= 0 { break }
                buffer.write(cells[i], in: Rect(x: x, y: y, width: w, height: 1), role: role, alignment: column.alignment)
                x += widths[i]
                if x < content.maxX { buffer.put(" ", width: 1, x: x, y: y, role: role); x += 1 }
            }
            if x < content.maxX { buffer.fill(Rect(x: x, y: y, width: content.maxX - x, height: 1), role: role) }
        }
        draw(columns.map(\.title), y: area.y, role: .header, marker: "  ", into: &buffer)
        let body = area.droppingTop(1)
        guard count > 0 else { buffer.write(emptyText ?? CommonText.table("common.none"), in: body.row(0), role: .dim); return nil }
        return VisibleRows.render(count: count, state: state, into: &buffer, area: body, focused: focused) { i, r, role, marker, buffer in
            draw(row(i), y: r.y, role: role, marker: marker, into: &buffer)
        }
    }
}
