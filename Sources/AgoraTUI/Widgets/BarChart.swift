/// A horizontal bar chart: label, bar of eighth-blocks, value. Bars scale to the largest value.
public enum BarChart {
    public struct Item: Equatable, Sendable {
        public var label: String
        public var value: Int
        /// Drawn after the label and never cut (e.g. " †" for a tie): the label is cut before it.
        public var marker: String
        public init(_ label: String, _ value: Int, marker: String = "") {
            self.label = label; self.value = value; self.marker = marker
        }
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The columns a bar keeps however long the labels are.
    static func shortestBar(width: Int) -> Int { max(8, width / 4) }

    /// One row per item (as many as fit). Labels take the columns they need, up to what
    /// leaves the bars a quarter of the width; a label cut there keeps its marker.
    public static func render(_ items: [Item], into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return }
        let m = buffer.measure
        let maxValue = max(1, items.map(\.value).max() ?? 1)
        let valueWidth = String(maxValue).count
        let labelRoom = max(0, area.width - valueWidth - 2 - shortestBar(width: area.width))
        let labelWidth = min(labelRoom, items.map { m.width($0.label + $0.marker) }.max() ?? 0)
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        for (i, item) in items.enumerated() where i < area.height {
            let y = area.y + i
            buffer.write(TextFit.truncate(item.label, keeping: item.marker, width: labelWidth, measure: m),
                         in: Rect(x: area.x, y: y, width: labelWidth, height: 1), role: .normal)
            let eighthsTotal = max(0, item.value) * barWidth * 8 / maxValue
            let full = eighthsTotal / 8, part = eighthsTotal % 8
            var x = area.x + labelWidth + 1
            for _ in 0..<full { buffer.put("█", width: 1, x: x, y: y, role: .bar); x += 1 }
            if part > 0 { buffer.put(eighths[part], width: 1, x: x, y: y, role: .bar); x += 1 }
            buffer.write(String(item.value), in: Rect(x: area.maxX - valueWidth, y: y, width: valueWidth, height: 1),
                         role: .accent, alignment: .trailing)
        }
    }
}
