import Foundation

/// Reads participants, topics or votes from CSV into one all-or-nothing operation.
///
/// Three steps, each linear in the size of the file: ``CSVDocument`` reads the records,
/// ``ImportColumns`` reads the header, and each row becomes an operation. The operations are
/// checked against the same rules as changes typed by hand, by the reducer itself, as one
/// batch (with the batch's look-ups built once); the first problem names its line, column and
/// field, and nothing is imported.
///
/// ``prepare(_:csv:source:into:)`` leaves the check to the one apply that imports the rows
/// (``Prepared/failure(_:_:)`` names the row the rules refuse), so each row goes through the
/// reducer once; ``operation(_:csv:source:into:)`` checks on a scratch copy and returns the
/// operation to apply later.
public enum CSVImport {
    /// The import as one `.batch` operation, not yet checked by the rules, and how to name the
    /// row of an item the rules refuse. Apply it with `failure` as the batch failure:
    /// `try session.apply(prepared.operation, at: date, batchFailure: prepared.failure)`.
    public struct Prepared {
        public let operation: Operation
        fileprivate let rows: [Row]
        fileprivate let blame: (Row, AgoraError) -> ImportError

        /// The error for item `index` of the batch, refused with `error`: its line, column and field.
        public func failure(_ index: Int, _ error: AgoraError) -> any Error {
            blame(rows[index], error)
        }
    }

    /// The import of the bytes of a CSV file, to be checked by the apply that makes it (see ``Prepared``).
    /// The fields are separated by commas, semicolons or tabs, whichever the header uses
    /// (``CSVDocument/Delimiter/detect(in:)``); `map` says which headers feed which columns.
    public static func prepare(_ kind: ImportKind, csv data: [UInt8], source: String,
                               map: ImportColumnMap = ImportColumnMap(), into session: Session) throws -> Prepared {
        let delimiter = CSVDocument.Delimiter.detect(in: data)
        return try prepare(kind, document: document(source) { try CSVDocument.parse(utf8: data, delimiter: delimiter) },
                           source: source, map: map, into: session)
    }


    /// The operation that imports the bytes of a CSV file (UTF-8, with or without a byte
    /// order mark; a byte that is not UTF-8 is reported at its line and column).
    public static func operation(_ kind: ImportKind, csv data: [UInt8], source: String,
                                 map: ImportColumnMap = ImportColumnMap(), into session: Session) throws -> Operation {
        try checked(prepare(kind, csv: data, source: source, map: map, into: session), into: session)
    }

    /// The operation that imports CSV text.
    public static func operation(_ kind: ImportKind, csv text: String, source: String,
                                 map: ImportColumnMap = ImportColumnMap(), into session: Session) throws -> Operation {
        try operation(kind, csv: Array(text.utf8), source: source, map: map, into: session)
    }

    /// The prepared operation, once the rules accept it on a scratch copy of `session`.
    private static func checked(_ prepared: Prepared, into session: Session) throws -> Operation {
        guard case .batch(_, let operations) = prepared.operation else { return prepared.operation }
        var scratch = session
        try scratch.reduceEach(operations, failure: prepared.failure)
        return prepared.operation
    }

    private static func document(_ source: String, _ parse: () throws -> CSVDocument) throws -> CSVDocument {
        do { return try parse() } catch let e as CSVDocument.SyntaxError {
            throw ImportError(source: source, line: e.line, column: e.column, field: nil, reason: e.reason)
        }
    }

    /// One row turned into an operation, with the field to blame if the rules refuse it.
    fileprivate struct Row {
        var operation: Operation
        var record: CSVDocument.Record
        var blamed: String?
    }

    private static func prepare(_ kind: ImportKind, document: CSVDocument, source: String,
                                map: ImportColumnMap, into session: Session) throws -> Prepared {
        guard let header = document.records.first else {
            throw ImportError(source: source, line: 1, column: nil, field: nil,
                              reason: ImportText.table("csvImport.empty", ["columns": kind.knownColumns.joined(separator: ",")]))
        }
        let columns = try ImportColumns(header: header, kind: kind, source: source, map: map)
        func fail(_ record: CSVDocument.Record, _ name: String?, _ reason: String) -> ImportError {
            let field = name.flatMap { columns.field($0, of: record) }
            return ImportError(source: source, line: field?.line ?? record.line, column: field?.column,
                               field: name, reason: reason)
        }
        // Importing participants changes no one a topic or vote row names, and importing topics
        // or votes changes no participant or topic: every row resolves against `session`.
        let people = kind == .participants ? nil : NameIndex.participants(of: session)
        let topics = kind == .votes ? NameIndex.topics(of: session) : nil
        var rows: [Row] = []
        rows.reserveCapacity(document.records.count)
        for record in document.records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw ImportError(source: source, line: record.line, column: nil, field: nil,
                                  reason: ImportText.table("csvImport.fieldCount", ["count": "\(record.fields.count)", "header": "\(header.fields.count)"]))
            }
            let text = { (name: String) in columns.field(name, of: record)?.text ?? "" }
            func blank(_ name: String) -> Bool { text(name).trimmingCharacters(in: .whitespaces).isEmpty }
            switch kind {
            case .participants:
                let op = Operation.people(.add(ParticipantFields(name: text("name"), city: text("city"),
                                                                organization: text("organization"), role: text("role"),
                                                                email: blank("email") ? nil : text("email"))))
                rows.append(Row(operation: op, record: record, blamed: blank("name") ? "name" : blank("city") ? "city"
                                : ParticipantFields.emailProblem(text("email")) != nil ? "email" : "name"))
            case .topics:
                var proposer: ParticipantID?
                if !blank("proposer") {
                    do { proposer = ParticipantID(try people!.resolve(text("proposer"))) } catch let e as AgoraError {
                        throw fail(record, "proposer", e.description)
                    }
                }
                let op = Operation.topics(.propose(TopicFields(title: text("title"), description: text("description"), proposer: proposer)))
                rows.append(Row(operation: op, record: record, blamed: "title"))
            case .votes:
                let who: ParticipantID, what: TopicID
                do { who = ParticipantID(try people!.resolve(text("participant"))) } catch let e as AgoraError {
                    throw fail(record, "participant", e.description)
                }
                do { what = TopicID(try topics!.resolve(text("topic"))) } catch let e as AgoraError {
                    throw fail(record, "topic", e.description)
                }
                guard let dots = Int(text("dots").trimmingCharacters(in: .whitespaces)), dots >= 1 else {
                    throw fail(record, "dots", ImportText.table("csvImport.notDots", ["text": text("dots")]))
                }
                rows.append(Row(operation: .voting(.addDots(who, what, count: dots)), record: record, blamed: "dots"))
            }
        }
        guard !rows.isEmpty else {
            throw ImportError(source: source, line: header.line, column: nil, field: nil,
                              reason: ImportText.table("csvImport.noRows"))
        }
        let operations = rows.map(\.operation)
        return Prepared(operation: .batch(summary: summary(kind, operations.count, source: source, ignored: columns.ignored,
                                                           in: session.language ?? .en), operations: operations),
                        rows: rows, blame: { row, error in fail(row.record, row.blamed, error.description) })
    }

    /// "Imported 3 participants from list.csv (ignored the column “Notes”)", in the meeting's
    /// language: the batch's summary, written in the session's log.
    static func summary(_ kind: ImportKind, _ count: Int, source: String, ignored: [String], in language: Language) -> String {
        let summary = ImportText.table.format("csvImport.summary.\(kind.rawValue)", in: language, ["count": "\(count)", "source": source])
        guard !ignored.isEmpty else { return summary }
        return ImportText.table.format("csvImport.ignored", in: language, [
            "summary": summary, "count": "\(ignored.count)",
            "columns": ignored.map { Typography.quote($0, in: language) }.joined(separator: ", "),
        ])
    }
}
