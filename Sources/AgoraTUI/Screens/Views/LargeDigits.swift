/// The big-clock digits scaled up to fill a projector: each dot of ``BigClock``'s 3×5
/// glyphs drawn as a block of cells, as large as the area allows.
enum LargeDigits {
    /// The largest scale at which `text` fits in `size` (0 when even scale 1 does not).
    static func scale(of text: String, in size: Size) -> Int {
        let w = BigClock.width(text)
        guard w > 0 else { return 0 }
        // Cells are about twice as tall as wide: widen twice as much as we heighten.
        var s = 0
        while (s + 1) * 5 <= size.height && (s + 1) * 2 * w <= size.width { s += 1 }
        if s == 0 && 5 <= size.height && w <= size.width { return -1 }   // unscaled BigClock fits
        return s
    }

    /// Draws `text` centred in `area`; plain text when even the small clock does not fit.
    static func render(_ text: String, into buffer: inout Buffer, area: Rect, role: StyleRole = .title) {
        let s = scale(of: text, in: area.size)
        guard s > 0 else { BigClock.render(text, into: &buffer, area: area, role: role); return }
        buffer.fill(area, role: .normal)
        let sx = 2 * s, sy = s
        let box = area.centered(Size(width: BigClock.width(text) * sx, height: 5 * sy))
        var x = box.x
        for c in text {
            let g = BigClock.glyphs[c] ?? BigClock.glyphs[" "]!
            let gw = g[0].count
            for (row, line) in g.enumerated() {
                for (col, ch) in line.enumerated() where ch != " " {
                    buffer.fill(Rect(x: x + col * sx, y: box.y + row * sy, width: sx, height: sy), with: "█", role: role)
                }
            }
            x += (gw + 1) * sx
        }
    }
}
