/// A problem in an imported file, at a line (and column when known).
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var column: Int?
    public var field: String?
    /// What is wrong, written in ``Language/current`` when the import was read.
    public var reason: String

    public init(source: String, line: Int, column: Int?, field: String?, reason: String) {
        self.source = source; self.line = line; self.column = column; self.field = field; self.reason = reason
    }

    public var description: String {
        let place = column.map { "\(source):\(line):\($0)" } ?? "\(source):\(line)"
        let field = field.map { "\($0): " } ?? ""
        return "\(place): \(field)\(reason). " + ImportText.table("csvImport.nothingImported")
    }
}
