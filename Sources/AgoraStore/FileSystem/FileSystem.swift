import Foundation

/// An open file, as the ``FileSystem`` that opened it numbers it.
public struct FileDescriptor: Hashable, Sendable {
    public let rawValue: Int32
    public init(_ rawValue: Int32) { self.rawValue = rawValue }
}

/// How to open a file: always for writing; the other options as for `open(2)`.
public struct OpenOptions: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Create the file if it is missing (`O_CREAT`).
    public static let create = OpenOptions(rawValue: 1 << 0)
    /// Fail if the file exists (`O_EXCL`, with ``create``).
    public static let exclusive = OpenOptions(rawValue: 1 << 1)
    /// Empty the file (`O_TRUNC`).
    public static let truncate = OpenOptions(rawValue: 1 << 2)
    /// Every write goes to the end (`O_APPEND`).
    public static let append = OpenOptions(rawValue: 1 << 3)
}

/// A failed file operation: which, on what, and the system's reason.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `open`, `write`, `fsync`, `rename`, …
    public var operation: String
    public var path: String
    /// The `errno` value (`ENOENT`, `EIO`, `ENOSPC`…).
    public var code: Int32

    public init(_ operation: String, _ path: String, code: Int32) {
        self.operation = operation; self.path = path; self.code = code
    }

    public var isNotFound: Bool { code == ENOENT }
    public var isAlreadyExists: Bool { code == EEXIST }

    /// "No space left on device", from the C library.
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "\(operation) \(path): \(reason)" }
}

/// The file operations the store needs, and nothing more, so that tests can put a file layer
/// underneath that fails on cue or "loses power" (see `FaultyFileSystem` in the tests).
/// ``PosixFileSystem`` is the real one.
///
/// Paths are plain strings; a directory is named by its path. Every method reports failure by
/// throwing ``FileSystemError``.
public protocol FileSystem: AnyObject {
    /// The whole content of a file.
    func read(_ path: String) throws -> Data
    /// Whether something exists at `path`.
    func exists(_ path: String) -> Bool
    /// The names (not paths) of the entries of a directory.
    func list(_ directory: String) throws -> [String]
    /// Opens a file for writing.
    func open(_ path: String, _ options: OpenOptions) throws -> FileDescriptor
    /// Writes all of `data` (at the end for an ``OpenOptions/append`` file), or throws.
    func write(_ file: FileDescriptor, _ data: Data) throws
    /// Makes what was written to the file durable (`fsync(2)`). After a failure the file must
    /// not be trusted again: the kernel may have dropped the data and a second fsync may
    /// report success regardless.
    func fsync(_ file: FileDescriptor) throws
    /// Cuts the file to `length` bytes.
    func truncate(_ file: FileDescriptor, to length: Int) throws
    /// Closes the file; also releases a lock taken through it.
    func close(_ file: FileDescriptor)
    /// Atomically replaces `to` with `from` (`rename(2)`).
    func rename(_ from: String, to: String) throws
    /// Removes a file.
    func remove(_ path: String) throws
    /// Makes the entries of a directory (created, renamed, removed files) durable.
    func fsyncDirectory(_ path: String) throws
    /// Takes an exclusive lock on the file without waiting (`flock(LOCK_EX|LOCK_NB)`);
    /// false when another open file holds it. The lock goes with the process: killed, it is gone.
    func flock(_ file: FileDescriptor) throws -> Bool
}
