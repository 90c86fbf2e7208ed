import AgoraCore

/// A form drawn in a centred box, with a title and its note below the fields: the key hints,
/// a question, or why Core refused the change.
///
/// The note is shown whole: it wraps over as many rows as it needs, and a note that would
/// wrap in the usual width widens the box, up to the whole area. Only when the terminal has
/// fewer rows than that does its last row keep the advice and shorten the rest
/// (``TextFit/message(_:width:measure:)``).
enum FormBox {
    /// The usual width of a form's box.
    static let usualWidth = 72

    /// Where a form's box goes and how its note is cut into rows.
    struct Layout: Equatable {
        var box: Rect
        var note: [String]
    }

    /// The box of a form of `fieldCount` rows (plus `extraRows`, for completions) with `note`
    /// under them, in `area`.
    static func layout(fieldCount: Int, extraRows: Int = 0, note: String, in area: Rect, measure: TextWidth,
                       width: Int = usualWidth) -> Layout {
        let fixedRows = fieldCount + extraRows + 3          // the borders and the blank row above the note
        let noteWidth = measure.width(note)
        let boxWidth = min(area.width, noteWidth + 4 > width ? max(width, noteWidth + 4) : width)
        let lines = noteLines(note, width: boxWidth - 4, room: area.height - fixedRows, measure: measure)
        return Layout(box: area.centered(Size(width: boxWidth, height: fixedRows + lines.count)), note: lines)
    }

    /// `note` wrapped to `width` columns, in at most `room` rows (at least one): when it needs
    /// more, the last row keeps the advice and shortens the rest (``TextFit``).
    static func noteLines(_ note: String, width: Int, room: Int, measure: TextWidth) -> [String] {
        let width = max(1, width), room = max(1, room)
        var lines = Paragraph.wrap(note, width: width, measure: measure)
        if lines.count > room {
            let rest = lines[(room - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(room - 1)) + [TextFit.message(rest, width: width, measure: measure)]
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Draws `form` titled `title` with `note` under it in `noteRole` (`.error` for a refusal);
    /// returns where the terminal cursor goes. On a read-only session the note says nothing
    /// will be saved.
    @discardableResult
    static func render(_ form: FormState, title: String, note: String = ViewText.table("view.form.note"), noteRole: StyleRole = .dim,
                       extraRows: Int = 0, readOnly: Bool = false, into buffer: inout Buffer, area: Rect) -> Position? {
        let shown = readOnly ? ReadOnlyNote.text : note
        let layout = layout(fieldCount: form.fields.count, extraRows: extraRows, note: shown, in: area, measure: buffer.measure)
        let box = layout.box
        guard box.width >= 8, box.height >= 3 else { return nil }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: title, role: .border)
        let inner = box.inset(dx: 2, dy: 1)
        let cursor = Form.render(form, into: &buffer, area: inner.top(form.fields.count))
        let first = form.fields.count + extraRows + 1
        for (i, line) in layout.note.enumerated() {
            buffer.write(line, in: inner.row(first + i), role: readOnly ? .warning : noteRole)
        }
        return cursor
    }

    /// The rows under the fields reserved with `extraRows` (for completions), in the box that
    /// `note` gives the form.
    static func extraArea(fieldCount: Int, extraRows: Int, note: String, readOnly: Bool = false, in area: Rect,
                          measure: TextWidth) -> Rect {
        let box = layout(fieldCount: fieldCount, extraRows: extraRows, note: readOnly ? ReadOnlyNote.text : note,
                         in: area, measure: measure).box
        return Rect(x: box.x + 2, y: box.y + 1 + fieldCount, width: box.width - 4, height: extraRows)
    }
}
