import Foundation

/// Which field of a row holds which column of an ``ImportKind``: the header row, read once.
///
/// This is the one step that knows how files name their columns; the rows are then read by
/// column name only. (Mapping other headers, such as a registration list's, belongs here.)
public struct ImportColumns: Sendable {
    public let kind: ImportKind
    /// The header record.
    public let header: CSVDocument.Record
    /// Field position of each known column present in the header.
    public let positions: [String: Int]

    /// Reads the header: each field must name a known column of `kind`, once; the required
    /// columns must be there.
    public init(header: CSVDocument.Record, kind: ImportKind, source: String) throws {
        var positions: [String: Int] = [:]
        for (i, field) in header.fields.enumerated() {
            let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
            guard kind.knownColumns.contains(name) else {
                throw ImportError(source: source, line: field.line, column: field.column, field: nil,
                                  reason: "unknown column “\(field.text)”; \(kind.rawValue) files have the columns \(kind.knownColumns.joined(separator: ","))")
            }
            guard positions[name] == nil else {
                throw ImportError(source: source, line: field.line, column: field.column, field: nil,
                                  reason: "the column “\(name)” appears twice")
            }
            positions[name] = i
        }
        for required in kind.requiredColumns where positions[required] == nil {
            throw ImportError(source: source, line: header.line, column: nil, field: nil,
                              reason: "the header has no “\(required)” column; expected \(kind.knownColumns.joined(separator: ","))")
        }
        self.kind = kind; self.header = header; self.positions = positions
    }

    /// The field of `record` under column `name`, if the file has that column.
    public func field(_ name: String, of record: CSVDocument.Record) -> CSVDocument.Field? {
        positions[name].flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
    }
}
