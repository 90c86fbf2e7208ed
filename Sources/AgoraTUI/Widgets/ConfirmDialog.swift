import AgoraCore
/// A yes/no question shown over the screen.
public struct ConfirmRequest: Equatable, Sendable {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public init(title: String, message: String, confirmLabel: String? = nil) {
        self.title = title; self.message = message; self.confirmLabel = confirmLabel ?? CommonText.table("common.yes")
    }
}

/// Draws a ``ConfirmRequest`` as a centred box: "[y] Yes   [n] Cancel", with the yes key of
/// the language shown ("[o] Supprimer", "[s] Quitar"; ``CommonText/confirms(_:)``).
public enum ConfirmDialog {
    /// Returns the position of the confirm button (for the terminal cursor).
    @discardableResult
    public static func render(_ request: ConfirmRequest, into buffer: inout Buffer, area: Rect) -> Position? {
        let lines = Paragraph.wrap(request.message, width: max(10, min(56, area.width - 4)), measure: buffer.measure)
        let w = min(area.width, max(30, (lines.map { buffer.measure.width($0) }.max() ?? 0) + 4))
        let box = area.centered(Size(width: w, height: lines.count + 4))
        guard box.width >= 4, box.height >= 3 else { return nil }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: request.title, role: .border)
        let inner = box.inset()
        for (i, line) in lines.enumerated() where i < inner.height - 1 {
            buffer.write(line, in: inner.row(i), role: .modal)
        }
        let buttons = inner.row(inner.height - 1)
        let x = buffer.write("[\(CommonText.confirmYesKey)] \(request.confirmLabel)", x: buttons.x, y: buttons.y, role: .key, limit: buttons.maxX)
        buffer.write("   " + CommonText.table("common.confirm.cancel"), x: x, y: buttons.y, role: .modal, limit: buttons.maxX)
        return Position(x: buttons.x, y: buttons.y)
    }
}

/// Word wrapping by display width.
public enum Paragraph {
    /// `text` broken into lines of at most `width` columns, at spaces when possible. A word
    /// longer than a line is cut between clusters; each word is measured and walked once, so
    /// the work grows with the text's length (a 100 000-character word is one pass).
    public static func wrap(_ text: String, width: Int, measure: TextWidth) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let word = String(word)
                let w = measure.width(word)
                if lineWidth > 0 && lineWidth + 1 + w > width { lines.append(line); line = ""; lineWidth = 0 }
                if w > width { // a word longer than a line: cut it, a line at a time
                    measure.forEachCluster(word) { c, cw in
                        guard cw <= width else { return true }   // wider than any line: not drawable
                        if lineWidth + cw > width { lines.append(line); line = ""; lineWidth = 0 }
                        line += c; lineWidth += cw
                        return true
                    }
                    continue
                }
                if word.isEmpty { continue }
                line += (lineWidth > 0 ? " " : "") + word
                lineWidth += (lineWidth > 0 ? 1 : 0) + w
            }
            lines.append(line)
        }
        return lines
    }
}
