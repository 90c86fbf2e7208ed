import Foundation

/// Which field of a row holds which column of an ``ImportKind``: the header row, read once.
///
/// This is the one step that knows how files name their columns; the rows are then read by
/// column name only. A column is found, in this order: by `--map` (``ImportColumnMap``), by
/// its own name, or by an alias a registration list uses (``ImportKind/aliases(of:)``: First
/// Name + Last Name, Company, Town, E-mail…). Headers that feed no column are ignored and
/// listed in ``ignored`` so the summary can say so.
public struct ImportColumns: Sendable {
    public let kind: ImportKind
    /// The header record.
    public let header: CSVDocument.Record
    /// Field positions of each known column present in the header: one, or several whose
    /// texts are joined with a space.
    public let positions: [String: [Int]]
    /// The headers that feed no column, in file order (blank headers left out).
    public let ignored: [String]

    /// Reads the header: the required columns must be found; a header used by a column must
    /// appear once.
    public init(header: CSVDocument.Record, kind: ImportKind, source: String, map: ImportColumnMap = ImportColumnMap()) throws {
        func key(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var where_: [String: [Int]] = [:]
        for (i, field) in header.fields.enumerated() { where_[key(field.text), default: []].append(i) }
        func position(of name: String) throws -> Int? {
            guard let found = where_[key(name)] else { return nil }
            guard found.count == 1 else {
                let second = header.fields[found[1]]
                throw ImportError(source: source, line: second.line, column: second.column, field: nil,
                                  reason: ImportText.table("csvImport.columnTwice", ["name": second.text]))
            }
            return found[0]
        }
        var positions: [String: [Int]] = [:]
        var used = Set<Int>()
        for entry in map.entries {
            var found: [Int] = []
            for name in entry.headers {
                guard let i = try position(of: name) else {
                    let names = header.fields.map(\.text)
                    let reason = ImportColumnMap.nearest(name, in: names).map { n in
                        ImportText.table("csvImport.mapMissing.near", ["column": entry.column, "name": name, "near": n,
                                                                       "position": "\(header.fields[names.firstIndex(of: n)!].column)"])
                    } ?? ImportText.table("csvImport.mapMissing", ["column": entry.column, "name": name,
                                                                   "headers": names.map { Typography.quote($0, in: .current) }.joined(separator: ", ")])
                    throw ImportError(source: source, line: header.line, column: nil, field: nil, reason: reason)
                }
                found.append(i)
            }
            positions[entry.column] = found
            used.formUnion(found)
        }
        for column in kind.knownColumns where positions[column] == nil {
            for names in kind.aliases(of: column) {
                let found = try names.map(position(of:))
                guard found.allSatisfy({ $0 != nil && !used.contains($0!) }) else { continue }
                positions[column] = found.map { $0! }
                used.formUnion(found.map { $0! })
                break
            }
        }
        let ignored = header.fields.enumerated().filter { !used.contains($0.offset) && !key($0.element.text).isEmpty }.map(\.element.text)
        for required in kind.requiredColumns where positions[required] == nil {
            let values = ["column": required, "kind": kind.rawValue, "columns": kind.knownColumns.joined(separator: ",")]
            let reason = ImportColumnMap.nearest(required, in: ignored).map {
                ImportText.table("csvImport.required.near", values.merging(["near": $0, "mapped": "\"\($0)\""]) { a, _ in a })
            } ?? ImportText.table("csvImport.required", values)
            throw ImportError(source: source, line: header.line, column: nil, field: nil, reason: reason)
        }
        self.kind = kind; self.header = header; self.positions = positions; self.ignored = ignored
    }

    /// The field of `record` under column `name`, if the file has that column. A column made
    /// of several headers gives their non-blank texts joined with a space, at the first one's
    /// place.
    public func field(_ name: String, of record: CSVDocument.Record) -> CSVDocument.Field? {
        guard let found = positions[name] else { return nil }
        let fields = found.compactMap { $0 < record.fields.count ? record.fields[$0] : nil }
        guard var first = fields.first else { return nil }
        if fields.count > 1 {
            first.text = fields.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return first
    }
}
