import AgoraCore
import Foundation

/// The open session as the TUI sees it. The composition root adapts AgoraStore's
/// `SessionStore`; tests use ``MemorySessionPort`` and need no files.
public protocol SessionPort: AnyObject {
    var session: Session { get }
    /// The file name shown in the status bar.
    var name: String { get }
    var isReadOnly: Bool { get }
    /// Applies an operation durably; returns its one-line summary.
    func apply(_ operation: AgoraCore.Operation) throws -> String
    /// Applies operations that arrived together (the phones' requests), each durable when it
    /// returns; one result per operation, in order. By default, one ``apply(_:)`` each.
    func apply(group operations: [AgoraCore.Operation]) -> [Result<String, any Error>]
    func undo() throws -> String
    func redo() throws -> String
    /// A full save (on quit and on signals).
    func save() throws
    /// Why the last save failed, when it did; shown until a save succeeds.
    var saveProblem: String? { get }
    /// When the last change became durable (journal line or full save); shown in the header.
    var lastDurableSave: Date? { get }
}

extension SessionPort {
    public func apply(group operations: [AgoraCore.Operation]) -> [Result<String, any Error>] {
        operations.map { operation in Result { try apply(operation) } }
    }
}

/// A session kept in memory, with undo and redo: for tests and demos.
public final class MemorySessionPort: SessionPort {
    public private(set) var history: SessionHistory
    public let name: String
    public let isReadOnly: Bool
    public var saveProblem: String?
    public private(set) var lastDurableSave: Date?
    public private(set) var saves = 0
    /// Set to make ``save()`` fail with this message.
    public var failSavesWith: String?
    let clock: @Sendable () -> Date

    public init(_ session: Session, name: String = "session.json", isReadOnly: Bool = false,
                clock: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 0) }) {
        history = SessionHistory(session); self.name = name; self.isReadOnly = isReadOnly; self.clock = clock
    }

    public var session: Session { history.session }

    public func apply(_ operation: AgoraCore.Operation) throws -> String {
        if isReadOnly { throw AgoraError(.rule, FrameText.table.phrase("frame.port.readOnly", ["name": name]), hint: FrameText.table.phrase("frame.port.reopen")) }
        let summary = try history.apply(operation, at: clock())
        lastDurableSave = clock()
        return summary
    }
    public func undo() throws -> String {
        if isReadOnly { throw AgoraError(.rule, FrameText.table.phrase("frame.port.readOnly", ["name": name])) }
        let summary = try history.undo(at: clock())
        lastDurableSave = clock()
        return summary
    }
    public func redo() throws -> String {
        if isReadOnly { throw AgoraError(.rule, FrameText.table.phrase("frame.port.readOnly", ["name": name])) }
        let summary = try history.redo(at: clock())
        lastDurableSave = clock()
        return summary
    }
    public func save() throws {
        if let failSavesWith { saveProblem = failSavesWith; throw AgoraError(.rule, failSavesWith) }
        saves += 1; saveProblem = nil; lastDurableSave = clock()
    }
}
