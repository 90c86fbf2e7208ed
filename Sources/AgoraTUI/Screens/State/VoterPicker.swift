import AgoraCore
import AgoraStore

/// A one-line name field with live completions: "who is voting?", "move whom?".
struct VoterPicker: Equatable, Sendable {
    var field = TextFieldState()
    var highlighted = 0
    var error: String?
    /// Enter found no one: the picker holds, so that the keys typed next (the dots meant for a
    /// ballot) never fall into the name field; only Esc (clear) and Backspace go on.
    var isHeld = false

    func candidates(_ session: Session) -> [Participant] {
        NameCompletion.participants(matching: field.text, in: session)
    }

    enum Outcome: Equatable { case picked(ParticipantID), cancel, edited, refused }

    /// Feeds a key: letters edit, ↑/↓ choose a completion, Enter picks, Esc cancels. Enter
    /// with no one matching holds the picker (see ``isHeld``): Esc then clears the field.
    mutating func feed(_ event: TerminalEvent, session: Session) -> Outcome {
        if isHeld {
            switch event {
            case .key(.escape): field = TextFieldState(); isHeld = false; error = nil; return .edited
            case .key(.backspace): field.deleteBackward(); isHeld = false; error = nil; highlighted = 0; return .edited
            default: return .refused
            }
        }
        let count = candidates(session).count
        switch event {
        case .paste(let text): field.insert(text); highlighted = 0
        case .key(.escape): return .cancel
        case .key(.down) where count > 0: highlighted = (highlighted + 1) % count
        case .key(.up) where count > 0: highlighted = (highlighted + count - 1) % count
        case .key(.enter):
            let typed = field.text.trimmingCharacters(in: .whitespaces)
            if count == 0 && !typed.isEmpty {
                isHeld = true
                error = CommonText.table("common.picker.noMatch", ["typed": typed])
                return .refused
            }
            do {
                if let id = try NameCompletion.pick(field.text, highlighted: highlighted, in: session) { return .picked(id) }
                error = CommonText.table("common.picker.typeLetters")
            } catch { self.error = ErrorText.message(error) }
        case .key(let key):
            if field.handle(key) { highlighted = 0; error = nil }
        default: break
        }
        return .edited
    }

    /// Draws the question, the field and the completions in a box; returns the cursor.
    func render(question: String, session: Session, readOnly: Bool = false, into buffer: inout Buffer, area: Rect) -> Position? {
        let list = candidates(session)
        let note = error ?? (readOnly ? ReadOnlyNote.text : CommonText.table("common.picker.note"))
        // The note is shown whole, over as many rows as it needs (a refusal names what was typed);
        // only a terminal too short for them shortens its last row.
        let width = min(area.width, 60)
        let lines = FormBox.noteLines(note, width: width - 4, room: area.height - 9, measure: buffer.measure)
        let box = area.centered(Size(width: width, height: 9 + lines.count))
        guard box.width >= 8, box.height >= 4 else { return nil }
        buffer.fill(box, role: .modal)
        buffer.box(box, title: question, role: .border)
        let inner = box.inset(dx: 2, dy: 1)
        let cursor = TextField.render(field, into: &buffer, area: inner.row(0), role: .input,
                                      placeholder: CommonText.table("common.picker.placeholder"))
        NameCompletion.render(list, highlighted: highlighted, into: &buffer,
                              area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1 - lines.count)))
        // Held: the field keeps what was typed and no cursor, so nothing seems to go into it.
        let role: StyleRole = isHeld || error != nil ? .error : readOnly ? .warning : .dim
        let first = inner.height - lines.count
        for (i, line) in lines.enumerated() { buffer.write(line, in: inner.row(first + i), role: role) }
        if isHeld { return nil }
        return field.isEmpty ? Position(x: inner.x, y: inner.y) : cursor
    }
}
