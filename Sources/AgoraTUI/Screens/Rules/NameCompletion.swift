import AgoraCore

/// Picking a participant by typing a few letters or the number: the candidates are Core's
/// ``Session/participants(matching:)`` (the rule the CLI resolves names by: the number, then
/// whole name, start of the name, start of any word of it), then the pick itself, which falls
/// back on Core's ``Session/resolveParticipant(_:)`` for its messages.
enum NameCompletion {
    /// Participants matching `typed`, best first; none while nothing is typed.
    static func participants(matching typed: String, in session: Session, limit: Int = 6) -> [Participant] {
        guard !TextRules.isBlank(typed) else { return [] }
        return Array(session.participants(matching: typed).prefix(limit))
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
