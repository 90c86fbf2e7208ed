/// Selection and scroll position of a list or table of `count` rows.
public struct ListState: Equatable, Sendable {
    public var selected: Int
    /// The first row shown.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) { self.selected = selected; self.offset = offset }

    /// Moves the selection by `delta` rows, clamped to `0..<count`.
    public mutating func move(by delta: Int, count: Int) {
        selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
    }
    public mutating func select(_ index: Int, count: Int) { selected = 0; move(by: index, count: count) }

    /// Adjusts the offset so the selection is among `visibleRows` rows (called by render and
    /// by reducers that know the height).
    public func scrolled(visibleRows: Int, count: Int) -> ListState {
        var s = self
        s.selected = count == 0 ? 0 : min(max(0, s.selected), count - 1)
        guard visibleRows > 0 else { return s }
        if s.selected < s.offset { s.offset = s.selected }
        if s.selected >= s.offset + visibleRows { s.offset = s.selected - visibleRows + 1 }
        s.offset = max(0, min(s.offset, max(0, count - visibleRows)))
        return s
    }
}

/// A scrolling list: only the visible rows are asked for and drawn, so it takes thousands of
/// rows. The selected row is drawn in the `selected` role *and* marked with "›".
public enum ListView {
    /// Renders rows `row(i)` of a list of `count` into `area`. Returns the position of the
    /// selected row (where the terminal cursor goes when the list is focused), or nil if empty.
    @discardableResult
    public static func render(count: Int, state: ListState, into buffer: inout Buffer, area: Rect,
                              focused: Bool = true, emptyText: String? = nil,
                              row: (Int) -> String) -> Position? {
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return nil }
        guard count > 0 else { buffer.write(emptyText ?? CommonText.table("common.none"), in: area.row(0), role: .dim); return nil }
        let scrolls = ScrollIndicator.isShown(count: count, visible: area.height, area: area)
        return VisibleRows.render(count: count, state: state, into: &buffer, area: area, focused: focused) { i, r, role, marker, buffer in
            buffer.write(marker + row(i), in: scrolls ? Rect(x: r.x, y: r.y, width: r.width - 1, height: 1) : r, role: role)
        }
    }
}

/// The visible rows of a scrolling list or table (``ListView``, ``TableView``): each row
/// `draw`n on its line of `area` in its role — `selected` for the selected row when the list
/// is focused, `accent` when not, else `normal` — with its marker ("› " or "  "); then the
/// scroll indicator. Returns the selected row's position.
enum VisibleRows {
    static func render(count: Int, state: ListState, into buffer: inout Buffer, area: Rect, focused: Bool,
                       draw: (_ index: Int, _ row: Rect, _ role: StyleRole, _ marker: String, _ buffer: inout Buffer) -> Void) -> Position? {
        let s = state.scrolled(visibleRows: area.height, count: count)
        var cursor: Position?
        for line in 0..<area.height {
            let i = s.offset + line
            guard i < count else { break }
            let r = area.row(line)
            let isSelected = i == s.selected
            draw(i, r, isSelected ? (focused ? .selected : .accent) : .normal, isSelected ? "› " : "  ", &buffer)
            if isSelected { cursor = Position(x: r.x, y: r.y) }
        }
        ScrollIndicator.render(count: count, offset: s.offset, visible: area.height, into: &buffer, area: area)
        return cursor
    }
}

/// A one-column scroll indicator at the right edge of an area, shown only when rows are hidden.
enum ScrollIndicator {
    /// Whether the indicator is drawn in `area` (rows are hidden and there is room for it):
    /// the list or table then keeps its last column free for it.
    static func isShown(count: Int, visible: Int, area: Rect) -> Bool {
        count > visible && area.height >= 2 && area.width >= 4
    }

    static func render(count: Int, offset: Int, visible: Int, into buffer: inout Buffer, area: Rect) {
        guard isShown(count: count, visible: visible, area: area) else { return }
        let x = area.maxX - 1
        let thumb = max(0, min(area.height - 1, offset * area.height / max(1, count - visible + 1)))
        for y in 0..<area.height {
            buffer.put(y == thumb ? "┃" : "│", width: 1, x: x, y: area.y + y, role: y == thumb ? .accent : .dim)
        }
    }
}
