/// A session file that cannot be opened, locked or written. What a facilitator sees, with
/// what to do next. (A file that is not a valid session is a ``SessionFileError``.)
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Another process has the file open for writing.
        case inUse(pid: Int32?)
        /// `create` found a file already there.
        case alreadyExists
        /// There is no file to open.
        case notFound
        /// The store was opened read-only.
        case readOnly
        /// The store was closed.
        case closed
        /// The change is in memory but could not be made durable. The store keeps trying.
        case notSaved
        /// Any other failure of the file system (permissions, a missing folder…).
        case io
    }

    public var kind: Kind
    /// The file as the user named it.
    public var file: String
    /// What went wrong, as a sentence without a final period.
    public var message: String
    /// What to do next.
    public var hint: String?

    public init(_ kind: Kind, file: String, _ message: String, hint: String? = nil) {
        self.kind = kind; self.file = file; self.message = message; self.hint = hint
    }

    public var description: String { message + "." + (hint.map { " " + $0 } ?? "") }
}
