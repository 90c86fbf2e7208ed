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

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind; self.message = message; self.hint = hint
    }

    public var description: String { hint.map { "\(message). \($0)" } ?? message }

    static func invalid(_ message: String, hint: String? = nil) -> AgoraError { .init(.invalid, message, hint: hint) }
    static func rule(_ message: String, hint: String? = nil) -> AgoraError { .init(.rule, message, hint: hint) }
    static func notFound(_ message: String, hint: String? = nil) -> AgoraError { .init(.notFound, message, hint: hint) }
}
