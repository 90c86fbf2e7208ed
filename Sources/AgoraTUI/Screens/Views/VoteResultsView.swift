import AgoraCore

/// The live results: a bar chart in rank order, "†" on topics only the tie-break rule
/// separates, and the rule itself underneath. Hidden until close when the rules say so.
enum VoteResultsView {
    /// The marker of a topic only the tie-break rule separates from its neighbour.
    static let tieMarker = " †"
    /// The legend of ``tieMarker``.
    static var tieLegend: String { ViewText.table("view.results.tieLegend") }

    /// One result as a chart row: "3. Title" and the marker the ranks decide (the only
    /// place that decides it; the Vote tab and the projector both draw these).
    static func item(_ r: TopicResult, session s: Session) -> BarChart.Item {
        BarChart.Item("\(r.rank). \(s.topic(r.topic)?.title ?? "?")", r.dots, marker: r.isTieBroken ? tieMarker : "")
    }

    static func render(_ s: Session, results: [TopicResult], into buffer: inout Buffer, area: Rect) {
        let text = ViewText.table
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return }
        let dots = s.ballots.reduce(0) { $0 + $1.dotsUsed }, wall = s.wallCounts.reduce(0) { $0 + $1.count }
        guard VoteScreen.talliesVisible(s) else {
            buffer.write(text("view.results.title"), in: area.row(0), role: .header)
            buffer.write(text("view.results.hidden"), in: area.row(1), role: .accent)
            buffer.write(text("view.results.counts", ["ballots": "\(s.ballots.count)", "dots": "\(dots)", "wall": "\(wall)"]), in: area.row(2), role: .normal)
            return
        }
        buffer.write(text("view.results.ranked"), in: area.row(0), role: .header)
        let rule = Paragraph.wrap(Tally.tieBreakRule, width: area.width, measure: buffer.measure)
        let ties = results.contains(where: \.isTieBroken)
        let footer = (ties ? [tieLegend] : []) + rule
        // The footer is read in full when the chart keeps three rows (or all of its rows).
        let chartRows = max(1, min(results.count, 3))
        let footerRows = min(footer.count, max(0, area.height - 1 - chartRows))
        let chartHeight = max(1, area.height - 1 - footerRows)
        let items = results.map { item($0, session: s) }
        if items.isEmpty {
            buffer.write(text("view.results.noTopics"), in: area.row(1), role: .dim)
        } else {
            // Rows the chart has no room for are counted on its last row, never dropped unsaid.
            let rows = min(chartHeight, items.count)
            let cut = rows < items.count && rows >= 2
            let drawn = cut ? rows - 1 : rows
            BarChart.render(Array(items.prefix(drawn)), into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: drawn))
            if cut {
                buffer.write(text("view.results.more", ["count": "\(items.count - drawn)"]),
                             in: Rect(x: area.x, y: area.y + 1 + drawn, width: area.width, height: 1), role: .dim)
            }
        }
        let footerTop = area.y + 1 + min(chartHeight, max(1, items.count))
        for (i, line) in footer.prefix(footerRows).enumerated() where footerTop + i < area.maxY {
            buffer.write(line, in: Rect(x: area.x, y: footerTop + i, width: area.width, height: 1), role: .dim)
        }
    }
}
