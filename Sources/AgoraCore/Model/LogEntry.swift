import Foundation

/// One line of the session's timestamped log: what changed, when.
public struct LogEntry: Codable, Equatable, Sendable {
    public var at: Date
    public var text: String
    public init(at: Date, text: String) { self.at = at; self.text = text }
}
