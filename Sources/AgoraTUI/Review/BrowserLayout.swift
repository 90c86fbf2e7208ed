/// Where the parts of a browser view go (Sessions, Projects, Experiences): a row of
/// filters, the `/` search row, the table, and a footer line about the selected row.
struct BrowserLayout {
    let filters: Rect
    let search: Rect
    let table: Rect
    let footer: Rect

    init(_ area: Rect) {
        filters = area.row(0)
        search = area.row(1)
        table = area.droppingTop(2).droppingBottom(1)
        footer = area.height > 3 ? area.row(area.height - 1) : Rect(x: area.x, y: area.maxY, width: 0, height: 0)
    }

    /// Rows of the table below its header.
    var visibleRows: Int { max(1, table.height - 1) }

    /// Draws the filters as "city: all · area: Economy" on the left and "3 of 12 sessions" on the right.
    static func renderFilters(_ labels: [String], shown: Int, total: Int, noun: String,
                              into buffer: inout Buffer, row: Rect) {
        let count = shown == total ? "\(total) \(noun)" : ReviewText.table("review.countOf", ["shown": "\(shown)", "total": "\(total)", "noun": noun])
        StatusBar.render(left: labels.joined(separator: " · "), right: count + " ", into: &buffer, area: row,
                         role: .normal, leftRole: .dim)
    }

    /// Draws the search field while it is in use, else a hint; returns the cursor while typing.
    static func renderSearch(_ search: SearchField, matches: Int, into buffer: inout Buffer, row: Rect) -> Position? {
        guard search.isActive else { buffer.fill(row, role: .normal); return nil }
        return search.render(matches: matches, into: &buffer, row: row)
    }
}

/// What a browser view asks of the review screen that hosts it.
enum ReviewRequest: Equatable, Sendable {
    /// Open the session of library item `item` read-only, at the phase titled `phase` if any.
    case open(item: Int, phase: String?)
    /// Show a box of text over the view (details of a project, an experience, an unreadable file).
    case details(title: String, lines: [String])
    case bell
}
