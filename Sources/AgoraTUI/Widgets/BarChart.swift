/// A horizontal bar chart: label, bar of eighth-blocks, value. Bars scale to the largest value.
public enum BarChart {
    public struct Item: Equatable, Sendable {
        public var label: String
        public var value: Int
        public init(_ label: String, _ value: Int) { self.label = label; self.value = value }
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One row per item (as many as fit), labels in a column of at most a third of the width.
    public static func render(_ items: [Item], into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return }
        let m = buffer.measure
        let labelWidth = min(area.width / 3, items.map { m.width($0.label) }.max() ?? 0)
        let maxValue = max(1, items.map(\.value).max() ?? 1)
        let valueWidth = String(maxValue).count
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        for (i, item) in items.enumerated() where i < area.height {
            let y = area.y + i
            buffer.write(item.label, in: Rect(x: area.x, y: y, width: labelWidth, height: 1), role: .normal)
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
