import AgoraCore
/// A box of text over a browser view: a whole project, an experience, or why a file is
/// unreadable. Lines wrap; j/k scroll; Esc, Enter or q close it.
struct DetailsBox: Equatable, Sendable {
    var title: String
    var lines: [String]
    /// The first wrapped line shown.
    var offset = 0

    /// The box in `area` (as tall as the text needs, at most the area), the text area inside
    /// it, and the text wrapped to that width.
    func layout(_ area: Rect, measure: TextWidth) -> (box: Rect, inner: Rect, text: [String]) {
        let most = area.inset(dx: min(4, area.width / 10), dy: 1)
        let width = max(1, most.width - 4)
        let text = lines.flatMap { $0.isEmpty ? [""] : Paragraph.wrap($0, width: width, measure: measure) }
        let box = most.top(text.count + 4)
        return (box, box.inset(dx: 2, dy: 1), text)
    }

    /// Moves by `delta` lines, kept within the text.
    mutating func scroll(by delta: Int, area: Rect) {
        let (_, inner, text) = layout(area, measure: .unicode)
        offset = max(0, min(offset + delta, text.count - inner.height))
    }

    func render(into buffer: inout Buffer, area: Rect) {
        let (box, inner, text) = layout(area, measure: buffer.measure)
        buffer.fill(box, role: .modal)
        buffer.box(box, title: title, role: .border)
        for (row, line) in text.dropFirst(offset).prefix(inner.height).enumerated() {
            buffer.write(line, in: inner.row(row), role: .modal)
        }
        let more = " " + ReviewText.table(text.count > offset + inner.height ? "review.details.more" : "review.details.close") + " "
        let width = buffer.measure.width(more)
        if box.width > width + 2 {
            buffer.write(more, in: Rect(x: box.maxX - width - 2, y: box.maxY - 1, width: width, height: 1), role: .dim)
        }
        ScrollIndicator.render(count: text.count, offset: offset, visible: inner.height, into: &buffer,
                               area: Rect(x: inner.x, y: inner.y, width: inner.width + 1, height: inner.height))
    }
}
