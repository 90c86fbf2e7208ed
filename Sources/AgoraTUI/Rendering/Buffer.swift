import AgoraCore
/// A grid of cells that views render into. Pure data: the terminal backend draws it.
///
/// Writes are clipped to the buffer (and to an optional limit column), wide clusters are
/// never split (a cluster that does not fit is replaced by spaces), and overwriting half of
/// a wide cluster blanks the other half, so no stale half-cell is ever left behind.
public struct Buffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// The width rule used for every write.
    public let measure: TextWidth

    public init(size: Size, measure: TextWidth = .unicode, fill: Cell = .blank) {
        self.size = size
        self.measure = measure
        cells = Array(repeating: fill, count: size.width * size.height)
    }

    public static func == (a: Buffer, b: Buffer) -> Bool { a.size == b.size && a.cells == b.cells }

    public var area: Rect { Rect(size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// The text of each row, continuation cells left out and trailing spaces trimmed:
    /// compare with expected lines in snapshot tests.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The role of each cell of row `y`, one letter per column (``StyleRole/letter``, `*` for
    /// the second column of a wide character): for tests that check styling.
    public func roleLine(_ y: Int) -> String {
        String((0..<size.width).map { x -> Character in
            let c = self[x, y]
            return c.isContinuation ? "*" : c.role.letter
        })
    }

    /// ``roleLine(_:)`` of every row: the style layer of a snapshot.
    public var roleLines: [String] { (0..<size.height).map(roleLine) }

    // MARK: Writing

    /// Puts one cluster of `width` columns at (x, y). Returns false if it does not fit.
    @discardableResult
    public mutating func put(_ text: String, width: Int, x: Int, y: Int, role: StyleRole) -> Bool {
        guard y >= 0, y < size.height, x >= 0, width >= 1, x + width <= size.width else { return false }
        let row = y * size.width
        // Repair any wide cluster the new one overlaps.
        for cx in x..<(x + width) {
            let c = cells[row + cx]
            if c.isContinuation {
                var lead = cx - 1
                while lead >= 0 && cells[row + lead].isContinuation { lead -= 1 }
                if lead >= 0 && lead < x { blankCluster(row: row, lead: lead) }
            } else if c.width > 1 {
                let end = cx + Int(c.width)
                if end > x + width { blankCluster(row: row, lead: cx) }
            }
        }
        // A continuation right after us that belonged to an old cluster is now orphaned.
        cells[row + x] = Cell(text: text, width: width, role: role)
        for cx in (x + 1)..<(x + width) { cells[row + cx] = .continuation(role) }
        var after = x + width
        while after < size.width && cells[row + after].isContinuation {
            cells[row + after] = .blank(cells[row + after].role); after += 1
        }
        return true
    }

    private mutating func blankCluster(row: Int, lead: Int) {
        let w = max(1, Int(cells[row + lead].width)), role = cells[row + lead].role
        for cx in lead..<min(size.width, lead + w) { cells[row + cx] = .blank(role) }
    }

    /// Writes `text` from (x, y) up to column `limit` (exclusive; default the buffer's edge).
    /// A wide cluster that does not fit before the limit becomes spaces. Returns the column
    /// after the last one written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard y >= 0, y < size.height else { return x }
        var cx = x
        measure.forEachCluster(text) { cluster, w in
            if cx >= end { return false }
            if cx + w > end {
                while cx < end { put(" ", width: 1, x: cx, y: y, role: role); cx += 1 }
                return false
            }
            if cx >= 0 { put(cluster, width: w, x: cx, y: y, role: role) }
            cx += w
            return true
        }
        return cx
    }

    /// Where a line of text sits in its row.
    public enum Alignment: Sendable { case leading, trailing, center }

    /// Writes `text` on the first row of `rect`, truncated with "…" to its width and padded
    /// with spaces in `role`. Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, role: StyleRole,
                               alignment: Alignment = .leading, pad: Bool = true) -> Int {
        guard !rect.isEmpty else { return rect.x }
        let (shown, w) = measure.truncate(text, to: rect.width)
        if pad { fill(rect.row(0), role: role) }
        let x: Int
        switch alignment {
        case .leading: x = rect.x
        case .trailing: x = rect.maxX - w
        case .center: x = rect.x + (rect.width - w) / 2
        }
        return write(shown, x: x, y: rect.y, role: role, limit: rect.maxX)
    }

    /// Fills `rect` with spaces in `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let blank = Cell.blank(role)
        for y in r.y..<r.maxY {
            let row = y * size.width
            // Wide clusters cut by the edges lose their other half; the inside is assigned directly.
            if cells[row + r.x].isContinuation { put(" ", width: 1, x: r.x, y: y, role: role) }
            if r.maxX < size.width && cells[row + r.maxX].isContinuation { put(" ", width: 1, x: r.maxX - 1, y: y, role: role) }
            for i in (row + r.x)..<(row + r.maxX) { cells[i] = blank }
        }
    }

    /// Fills `rect` with `character` (one column wide) in `role`.
    public mutating func fill(_ rect: Rect, with character: String, role: StyleRole) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { put(character, width: 1, x: x, y: y, role: role) } }
    }

    /// Changes the role of the cells of `rect`, keeping their text.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { cells[y * size.width + x].role = role } }
    }

    /// Draws a box with light Unicode lines around `rect`, with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, role: StyleRole = .border, titleRole: StyleRole = .title) {
        let r = rect.intersection(area)
        guard r.width >= 2, r.height >= 2 else { fill(r, role: role); return }
        for x in (r.x + 1)..<(r.maxX - 1) {
            put("─", width: 1, x: x, y: r.y, role: role); put("─", width: 1, x: x, y: r.maxY - 1, role: role)
        }
        for y in (r.y + 1)..<(r.maxY - 1) {
            put("│", width: 1, x: r.x, y: y, role: role); put("│", width: 1, x: r.maxX - 1, y: y, role: role)
        }
        put("┌", width: 1, x: r.x, y: r.y, role: role); put("┐", width: 1, x: r.maxX - 1, y: r.y, role: role)
        put("└", width: 1, x: r.x, y: r.maxY - 1, role: role); put("┘", width: 1, x: r.maxX - 1, y: r.maxY - 1, role: role)
        if let title, r.width > 6 {
            write(" \(measure.truncate(title, to: r.width - 6).text) ", in: Rect(x: r.x + 2, y: r.y, width: r.width - 4, height: 1),
                  role: titleRole, pad: false)
        }
    }

    /// Positions whose cell differs from `other` (every cell when the sizes differ).
    public func changedCells(since other: Buffer?) -> Int {
        guard let other, other.size == size else { return cells.count }
        var n = 0
        for i in cells.indices where cells[i] != other.cells[i] { n += 1 }
        return n
    }
}
