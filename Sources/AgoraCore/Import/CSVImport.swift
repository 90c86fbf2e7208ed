import Foundation

/// What a CSV file brings into a session.
public enum ImportKind: String, CaseIterable, Sendable {
    case participants, topics, votes

    /// Columns that must be present (header names, any order, case-insensitive).
    public var requiredColumns: [String] {
        switch self {
        case .participants: return ["name", "city"]
        case .topics: return ["title"]
        case .votes: return ["participant", "topic", "dots"]
        }
    }

    /// Every column the importer understands.
    public var knownColumns: [String] {
        switch self {
        case .participants: return ["name", "city", "organization", "role"]
        case .topics: return ["title", "proposer", "description"]
        case .votes: return ["participant", "topic", "dots"]
        }
    }
}

/// A problem in an imported file, at a line (and column when known).
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var column: Int?
    public var field: String?
    public var reason: String

    public init(source: String, line: Int, column: Int?, field: String?, reason: String) {
        self.source = source; self.line = line; self.column = column; self.field = field; self.reason = reason
    }

    public var description: String {
        let place = column.map { "\(source):\(line):\($0)" } ?? "\(source):\(line)"
        let field = field.map { "\($0): " } ?? ""
        return "\(place): \(field)\(reason). Nothing was imported."
    }
}

/// Reads participants, topics or votes from CSV into one all-or-nothing operation.
///
/// Every row is checked against the same rules as a change typed by hand, by applying it to a
/// scratch copy of the session; the first problem names its line and column and nothing is
/// imported.
public enum CSVImport {
    public static func operation(_ kind: ImportKind, csv text: String, source: String,
                                 into session: Session) throws -> Operation {
        let document: CSVDocument
        do { document = try CSVDocument.parse(text) } catch let e as CSVDocument.SyntaxError {
            throw ImportError(source: source, line: e.line, column: e.column, field: nil, reason: e.reason)
        }
        guard let header = document.records.first else {
            throw ImportError(source: source, line: 1, column: nil, field: nil,
                              reason: "the file is empty; expected a header row: \(kind.knownColumns.joined(separator: ","))")
        }
        let columns = try columnIndex(header, kind: kind, source: source)
        var scratch = session
        var operations: [Operation] = []
        for record in document.records.dropFirst() {
            func value(_ name: String) -> CSVDocument.Field? {
                columns[name].flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
            }
            func fail(_ name: String?, _ reason: String) -> ImportError {
                let field = name.flatMap(value)
                return ImportError(source: source, line: field?.line ?? record.line, column: field?.column,
                                   field: name, reason: reason)
            }
            guard record.fields.count == header.fields.count else {
                throw ImportError(source: source, line: record.line, column: nil, field: nil,
                                  reason: "this row has \(record.fields.count) fields but the header has \(header.fields.count)")
            }
            let text = { (name: String) in value(name)?.text ?? "" }
            let op: Operation
            var blamed: String?
            switch kind {
            case .participants:
                op = .people(.add(ParticipantFields(name: text("name"), city: text("city"),
                                                    organization: text("organization"), role: text("role"))))
                blamed = text("name").trimmingCharacters(in: .whitespaces).isEmpty ? "name"
                    : text("city").trimmingCharacters(in: .whitespaces).isEmpty ? "city" : "name"
            case .topics:
                var proposer: ParticipantID?
                if !text("proposer").trimmingCharacters(in: .whitespaces).isEmpty {
                    do { proposer = try scratch.resolveParticipant(text("proposer")) } catch let e as AgoraError {
                        throw fail("proposer", e.description)
                    }
                }
                op = .topics(.propose(TopicFields(title: text("title"), description: text("description"), proposer: proposer)))
                blamed = "title"
            case .votes:
                let who: ParticipantID, what: TopicID
                do { who = try scratch.resolveParticipant(text("participant")) } catch let e as AgoraError {
                    throw fail("participant", e.description)
                }
                do { what = try scratch.resolveTopic(text("topic")) } catch let e as AgoraError {
                    throw fail("topic", e.description)
                }
                guard let dots = Int(text("dots").trimmingCharacters(in: .whitespaces)), dots >= 1 else {
                    throw fail("dots", "“\(text("dots"))” is not a whole number of dots (1 or more)")
                }
                op = .voting(.addDots(who, what, count: dots))
                blamed = "dots"
            }
            do { _ = try scratch.reduce(op) } catch let e as AgoraError {  // in place: no copy per row
                throw fail(blamed, e.description)
            }
            operations.append(op)
        }
        guard !operations.isEmpty else {
            throw ImportError(source: source, line: header.line, column: nil, field: nil,
                              reason: "the file has a header but no rows")
        }
        let noun = operations.count == 1 ? String(kind.rawValue.dropLast()) : kind.rawValue
        return .batch(summary: "Imported \(operations.count) \(noun) from \(source)", operations: operations)
    }

    private static func columnIndex(_ header: CSVDocument.Record, kind: ImportKind,
                                    source: String) throws -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, field) in header.fields.enumerated() {
            let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
            guard kind.knownColumns.contains(name) else {
                throw ImportError(source: source, line: field.line, column: field.column, field: nil,
                                  reason: "unknown column “\(field.text)”; \(kind.rawValue) files have the columns \(kind.knownColumns.joined(separator: ","))")
            }
            guard index[name] == nil else {
                throw ImportError(source: source, line: field.line, column: field.column, field: nil,
                                  reason: "the column “\(name)” appears twice")
            }
            index[name] = i
        }
        for required in kind.requiredColumns where index[required] == nil {
            throw ImportError(source: source, line: header.line, column: nil, field: nil,
                              reason: "the header has no “\(required)” column; expected \(kind.knownColumns.joined(separator: ","))")
        }
        return index
    }
}
