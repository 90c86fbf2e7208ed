/// What a network's secretariat writes around a meeting's results when it publishes the
/// report: the context of the meeting series (first), a synthesis of the discussions, and a
/// contact line (last). Each part may be empty; a session without any has no framing (nil).
/// Set with ``SetupOperation/setFraming(_:)``.
public struct ReportFraming: Codable, Equatable, Sendable {
    /// Why the meetings exist and where this one stands in the series (multi-line).
    public var context: String
    /// What came out of the discussions, in the secretariat's words (multi-line).
    public var synthesis: String
    /// Whom to contact to take part: one line, e.g. "UCLG Committee Secretariat, digital@uclg.org".
    public var contact: String

    public init(context: String = "", synthesis: String = "", contact: String = "") {
        self.context = context; self.synthesis = synthesis; self.contact = contact
    }

    /// True when no part holds any text.
    public var isEmpty: Bool { context.isEmpty && synthesis.isEmpty && contact.isEmpty }

    /// The framing with its text cleaned by the text rules (context and synthesis keep their
    /// line breaks, the contact is one line; a part with nothing visible is empty) and checked against the text limits.
    /// - Throws: ``AgoraError`` naming the part that is too long.
    public func checked() throws -> ReportFraming {
        func cleaned(_ text: String) -> String { TextRules.isBlank(text) ? "" : text }
        let f = ReportFraming(context: cleaned(TextRules.multiLine(context)), synthesis: cleaned(TextRules.multiLine(synthesis)),
                              contact: cleaned(TextRules.singleLine(contact)))
        try TextLimit.paragraph.check(f.context, field: SetupText.phrase("setup.field.context"))
        try TextLimit.paragraph.check(f.synthesis, field: SetupText.phrase("setup.field.synthesis"))
        try TextLimit.line.check(f.contact, field: SetupText.phrase("setup.field.contact"))
        return f
    }
}
