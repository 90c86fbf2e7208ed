import AgoraCore

/// The status line and its last message shown whole.
///
/// A message keeps its advice when it is wider than the line (``TextFit/message(_:width:measure:)``);
/// the rest of it is never lost: the hint bar then starts with "M whole message", and `M`
/// shows the last message whole in a box over the screen (wrapped, in the message's colour),
/// even after a key has cleared the line. Any key closes the box.
enum StatusLine {
    /// Draws `message` on `row` in its role; returns true when it had to be shortened.
    @discardableResult
    static func render(_ message: StatusMessage, into buffer: inout Buffer, row: Rect) -> Bool {
        let role: StyleRole = message.isError ? .error : .success
        buffer.fill(row, role: role)
        let area = Rect(x: row.x + 1, y: row.y, width: row.width - 1, height: 1)
        buffer.write(message: message.text, in: area, role: role)
        return buffer.measure.width(message.text) > area.width
    }

    /// The hint that leads the hint bar while the status line shows a shortened message.
    static var wholeHint: HelpEntry {
        HelpEntry(keys: "M", description: StatusText.table("status.whole"), showsInHints: true)
    }

    /// The last message whole, wrapped in a box centred in `area`.
    static func renderWhole(_ message: StatusMessage, into buffer: inout Buffer, area: Rect) {
        let m = buffer.measure
        let width = min(area.width, max(40, min(76, m.width(message.text) + 4)))
        let lines = Paragraph.wrap(message.text, width: max(1, width - 4), measure: m)
        let box = area.centered(Size(width: width, height: lines.count + 2))
        guard box.width >= 6, box.height >= 3 else { return }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: StatusText.table("status.title"), role: .border)
        let inner = box.inset(dx: 2, dy: 1)
        for (i, line) in lines.enumerated() where i < inner.height {
            buffer.write(line, in: inner.row(i), role: message.isError ? .error : .modal)
        }
    }
}

/// The words of the status line's key and box, in each language.
enum StatusText {
    static let table = StringTable(name: "status line", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "status.whole": "whole message",
        "status.key.lastMessage": "show the last message of the status line whole",
        "status.title": "Last message — any key closes",
    ]

    static let french: [String: String] = [
        "status.whole": "message entier",
        "status.key.lastMessage": "montrer en entier le dernier message de la ligne d’état",
        "status.title": "Dernier message — une touche le ferme",
    ]

    static let spanish: [String: String] = [
        "status.whole": "mensaje entero",
        "status.key.lastMessage": "mostrar entero el último mensaje de la línea de estado",
        "status.title": "Último mensaje — cualquier tecla lo cierra",
    ]
}
