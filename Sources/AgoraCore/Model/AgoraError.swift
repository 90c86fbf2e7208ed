/// An error a facilitator can see: what went wrong, and what to do next.
///
/// Messages are written for the person at the keyboard ("Ana has used all 5 dots of 5"),
/// never for a programmer. The ``kind`` lets callers and tests tell errors apart.
public struct AgoraError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A number or name that names nothing in the session.
        case notFound
        /// A name prefix that fits several things.
        case ambiguous
        /// A value outside what the rules allow (empty name, negative capacity…).
        case invalid
        /// Would break a rule of the meeting (budget spent, voting closed, topic scheduled…).
        case rule
        /// Nothing to undo or redo.
        case history
    }

    public var kind: Kind
    public var message: String
    /// What to do next, when it is not obvious from the message.
    public var hint: String?

    /// The message and hint kept by key, when they come from a string table: a reader in
    /// another language writes them with ``text(in:)`` (a phone in French while the terminal
    /// speaks English). ``message`` and ``hint`` hold them written in ``Language/current``.
    public var phrase: Phrase?
    public var hintPhrase: Phrase?

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind; self.message = message; self.hint = hint
    }

    /// An error whose words come from a string table, written now in ``Language/current``
    /// and kept to be written in another language with ``text(in:)``.
    public init(_ kind: Kind, _ phrase: Phrase, hint: Phrase? = nil) {
        self.kind = kind; self.message = phrase.description; self.hint = hint?.description
        self.phrase = phrase; self.hintPhrase = hint
    }

    public var description: String { hint.map { "\(message). \($0)" } ?? message }

    /// Two errors are the same when they say the same: kind, message and hint as written
    /// (whether or not they came from a string table).
    public static func == (a: AgoraError, b: AgoraError) -> Bool {
        a.kind == b.kind && a.message == b.message && a.hint == b.hint
    }

    /// The error with its message put inside `wrapper`'s slot `message` ("Item 3 of 5:
    /// {message}"), in ``Language/current`` now and in any language later.
    func wrapped(in wrapper: (Phrase) -> Phrase) -> AgoraError {
        var error = self
        let inner = phrase ?? Phrase.verbatim(message)
        let outer = wrapper(inner)
        error.phrase = outer
        error.message = outer.description
        if hintPhrase == nil, let hint { error.hintPhrase = Phrase.verbatim(hint) }
        return error
    }

    /// The message and its hint in `language` (as ``description`` is in the current one);
    /// an error not yet on a string table stays as written.
    public func text(in language: Language) -> String {
        guard let phrase else { return description }
        let message = phrase.text(in: language)
        guard let hint = hintPhrase?.text(in: language) ?? hint else { return message }
        return "\(message). \(hint)"
    }

    static func invalid(_ message: String, hint: String? = nil) -> AgoraError { .init(.invalid, message, hint: hint) }
    static func rule(_ message: String, hint: String? = nil) -> AgoraError { .init(.rule, message, hint: hint) }
    static func notFound(_ message: String, hint: String? = nil) -> AgoraError { .init(.notFound, message, hint: hint) }
    static func invalid(_ phrase: Phrase, hint: Phrase? = nil) -> AgoraError { .init(.invalid, phrase, hint: hint) }
    static func rule(_ phrase: Phrase, hint: Phrase? = nil) -> AgoraError { .init(.rule, phrase, hint: hint) }
    static func notFound(_ phrase: Phrase, hint: Phrase? = nil) -> AgoraError { .init(.notFound, phrase, hint: hint) }
}
