/// Large digits (3 columns × 5 rows each) for a countdown or the time, readable across a room.
public enum BigClock {
    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": ["  █", "  █", "  █", "  █", "  █"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "], "-": ["   ", "   ", "███", "   ", "   "], " ": ["   ", "   ", "   ", "   ", "   "],
    ]

    /// Width in columns of `text` drawn big (one column between glyphs).
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + (glyphs[$1]?[0].count ?? 3) + 1 } - (text.isEmpty ? 0 : 1)
    }

    /// Draws `text` ("12:05") centred in `area`; falls back to plain text when it does not fit.
    public static func render(_ text: String, into buffer: inout Buffer, area: Rect, role: StyleRole = .title) {
        buffer.fill(area, role: .normal)
        guard area.height >= 5, area.width >= width(text) else {
            buffer.write(text, in: area.centered(Size(width: area.width, height: 1)), role: role, alignment: .center)
            return
        }
        let box = area.centered(Size(width: width(text), height: 5))
        for row in 0..<5 {
            var x = box.x
            for c in text {
                let g = glyphs[c] ?? glyphs[" "]!
                for ch in g[row] {
                    if ch != " " { buffer.put(String(ch), width: 1, x: x, y: box.y + row, role: role) }
                    x += 1
                }
                x += 1
            }
        }
    }
}
