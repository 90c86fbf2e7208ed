import AgoraCore

/// Picking a participant by typing a few letters: the people whose name (or a word of
/// it) starts with the letters, case and accents ignored, then the pick itself, which
/// falls back on Core's ``Session/resolveParticipant(_:)`` for numbers and its messages.
enum NameCompletion {
    /// Participants matching `typed`, best first (whole-name prefix, then word prefix).
    static func participants(matching typed: String, in session: Session, limit: Int = 6) -> [Participant] {
        let key = TextRules.searchKey(typed.trimmingCharacters(in: .whitespaces))
        guard !key.isEmpty else { return [] }
        let whole = session.participants.filter { TextRules.searchKey($0.name).hasPrefix(key) }
        let words = session.participants.filter { p in
            !TextRules.searchKey(p.name).hasPrefix(key)
                && TextRules.searchKey(p.name).split(separator: " ").contains { $0.hasPrefix(key) }
        }
        return Array((whole + words).prefix(limit))
    }

    /// The participant meant by `typed` with candidate `highlighted` chosen; nil for an
    /// empty field. Throws Core's message when nothing or several match.
    static func pick(_ typed: String, highlighted: Int, in session: Session) throws -> ParticipantID? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "#") }) { return try session.resolveParticipant(text) }
        let candidates = participants(matching: text, in: session)
        if candidates.indices.contains(highlighted) { return candidates[highlighted].id }
        return try session.resolveParticipant(text)
    }

    /// Draws the candidates in `area`, the highlighted one marked "›".
    static func render(_ candidates: [Participant], highlighted: Int, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, role: .modal)
        if candidates.isEmpty { return }
        for (i, p) in candidates.enumerated() where i < area.height {
            let on = i == highlighted
            buffer.write((on ? "› " : "  ") + "\(p.name) (\(p.city))", in: area.row(i), role: on ? .selected : .modal)
        }
    }
}
