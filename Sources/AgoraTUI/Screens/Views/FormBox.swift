/// A form drawn in a centred box, with a title and a line of key hints below the fields.
enum FormBox {
    /// The box a form of `fields` rows (plus `extraRows`) takes in `area`.
    static func frame(fieldCount: Int, extraRows: Int = 0, in area: Rect, width: Int = 72) -> Rect {
        area.centered(Size(width: min(area.width, width), height: fieldCount + extraRows + 4))
    }

    /// Draws `form` titled `title`; returns where the terminal cursor goes.
    @discardableResult
    /// On a read-only session the note says nothing will be saved.
    static func render(_ form: FormState, title: String, note: String = ViewText.table("view.form.note"),
                       extraRows: Int = 0, readOnly: Bool = false, into buffer: inout Buffer, area: Rect) -> Position? {
        let box = frame(fieldCount: form.fields.count, extraRows: extraRows, in: area)
        guard box.width >= 8, box.height >= 3 else { return nil }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: title, role: .border)
        let inner = box.inset(dx: 2, dy: 1)
        let cursor = Form.render(form, into: &buffer, area: inner.top(form.fields.count))
        buffer.write(readOnly ? ReadOnlyNote.text : note, in: inner.row(inner.height - 1), role: readOnly ? .warning : .dim)
        return cursor
    }

    /// The rows under the fields reserved with `extraRows` (for completions).
    static func extraArea(fieldCount: Int, extraRows: Int, in area: Rect) -> Rect {
        let box = frame(fieldCount: fieldCount, extraRows: extraRows, in: area)
        return Rect(x: box.x + 2, y: box.y + 1 + fieldCount, width: box.width - 4, height: extraRows)
    }
}
