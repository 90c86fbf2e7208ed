import Foundation
import AgoraCore

/// The session file format, in one place: how a ``Session`` becomes bytes and back.
///
/// Written files are pretty-printed JSON with sorted keys, unescaped slashes, time stamps in
/// ISO 8601 to the second in UTC, and a final newline, so two saves of one state are
/// byte-identical and a diff of two files reads well. `Sources/AgoraCore/Schema/session.schema.json`
/// describes the format (JSON Schema, draft 2020-12).
public struct SessionFile {
    /// The bytes of the session file for `session`.
    /// - Throws: `EncodingError` only for a time stamp outside the years 1 to 9999.
    /// Written by ``DocumentEncoder`` (the same bytes as ``documentEncoder()``, faster), or by
    /// `JSONEncoder` when the session holds a value only it prints.
    public static func encode(_ session: Session) throws -> Data {
        if var bytes = try DocumentEncoder.encode(session) {
            bytes.append(0x0A)
            return Data(bytes)
        }
        var data = try documentEncoder().encode(session)
        data.append(0x0A)
        return data
    }

    /// Reads a session file. `source` names the file in error messages (as the user typed it).
    ///
    /// Checks, in this order: the JSON syntax, limits and shape (``StrictJSONReader``: RFC 8259,
    /// UTF-8, depth, sizes, known keys, whole numbers within their ``DomainRange``), the types,
    /// the schema version, and the rules between values (``referenceProblems(in:)``: references,
    /// unique ids, budgets and caps, one topic per room slot, one group per person and round).
    /// - Throws: ``SessionFileError`` with the line and column and/or the JSON path at fault.
    public static func decode(_ data: Data, source: String) throws -> Session {
        do {
            try StrictJSONReader.check(data, shape: SessionShape.session)
        } catch {
            throw describe(error, data: data, source: source)
        }
        let session: Session
        do {
            session = try documentDecoder().decode(Session.self, from: data)
        } catch let error as DecodingError {
            if let version = schemaVersion(in: data), version > Session.currentSchemaVersion {
                throw newerVersionError(version, data: data, source: source)
            }
            throw describe(error, data: data, source: source)
        }
        if session.schemaVersion > Session.currentSchemaVersion {
            throw newerVersionError(session.schemaVersion, data: data, source: source)
        }
        if session.schemaVersion < 1 {
            throw located(JSONPath([.key("schemaVersion")]), in: data, source: source,
                          reason: SessionFileText.text("sessionFile.schemaTooOld", ["version": "\(session.schemaVersion)"]),
                          hint: hintForValue)
        }
        if let problem = firstReferenceProblem(in: session) {
            throw located(problem.jsonPath, in: data, source: source, reason: problem.reason, hint: problem.hint ?? hintForReference)
        }
        return session
    }

    // MARK: Coders

    /// Pretty, sorted, stable: the full session file.
    static func documentEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom(encodeDate)
        return encoder
    }

    /// One line, sorted: journal records.
    static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom(encodeDate)
        return encoder
    }

    static func documentDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeDate)
        return decoder
    }

    @Sendable private static func encodeDate(_ date: Date, _ encoder: any Encoder) throws {
        guard let text = Timestamp.format(date) else {
            throw EncodingError.invalidValue(date, EncodingError.Context(
                codingPath: encoder.codingPath, debugDescription: "A time stamp must fall in the years 1 to 9999"))
        }
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    @Sendable private static func decodeDate(_ decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: SessionFileText.text("sessionFile.notTimestamp", ["text": text, "format": "YYYY-MM-DDTHH:MM:SSZ"]))
        }
        return date
    }

    // MARK: Errors

    static var hintForSyntax: String { SessionFileText.text("sessionFile.hint.syntax") }
    static var hintForValue: String { SessionFileText.text("sessionFile.hint.value") }
    static var hintForReference: String { SessionFileText.text("sessionFile.hint.reference") }

    /// The schema version of a well-formed, depth-checked document, if it has a whole one.
    private static func schemaVersion(in data: Data) -> Int? {
        let bytes = [UInt8](data)
        var scanner = JSONScanner(bytes)
        guard let offset = scanner.offset(of: JSONPath([.key("schemaVersion")])) else { return nil }
        let digits = bytes[offset...].prefix { $0 == 0x2D || (0x30...0x39).contains($0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    private static func newerVersionError(_ version: Int, data: Data, source: String) -> SessionFileError {
        located(JSONPath([.key("schemaVersion")]), in: data, source: source,
                reason: SessionFileText.text("sessionFile.newer", ["version": "\(version)", "current": "\(Session.currentSchemaVersion)"]),
                hint: SessionFileText.text("sessionFile.hint.newer"))
    }

    /// An error at `path`, with the line and column of that value when it can be found.
    static func located(_ path: JSONPath, in data: Data, source: String, reason: String, hint: String?) -> SessionFileError {
        let bytes = [UInt8](data)
        var scanner = JSONScanner(bytes)
        var line: Int?, column: Int?
        if let offset = scanner.offset(of: path) {
            (line, column) = JSONScanner.lineAndColumn(of: offset, in: bytes)
        }
        return SessionFileError(file: source, line: line, column: column, path: path.description, reason: reason, hint: hint)
    }

    /// The strict reader's failure as a message. A value failure in a file of a newer format
    /// (which may have keys this Agora does not know) is told as the newer version.
    private static func describe(_ failure: StrictJSONReader.Failure, data: Data, source: String) -> SessionFileError {
        let bytes = [UInt8](data)
        let (line, column) = JSONScanner.lineAndColumn(of: failure.offset, in: bytes)
        switch failure.kind {
        case .syntax:
            return SessionFileError(file: source, line: line, column: column,
                                    reason: SessionFileText.text("sessionFile.notJSON", ["reason": failure.reason]), hint: hintForSyntax)
        case .value:
            if !failure.tooDeep,
               let version = schemaVersion(in: data), version > Session.currentSchemaVersion {
                return newerVersionError(version, data: data, source: source)
            }
            return SessionFileError(file: source, line: line, column: column, path: failure.path,
                                    reason: failure.reason, hint: hintForValue)
        }
    }

    private static func describe(_ error: DecodingError, data: Data, source: String) -> SessionFileError {
        let bytes = [UInt8](data)
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return SessionFileError(file: source, reason: SessionFileText.text("sessionFile.notJSONDecoder", ["reason": sentence(context.debugDescription)]), hint: hintForSyntax)

        case .dataCorrupted(let context):
            return located(JSONPath(codingPath: context.codingPath), in: data, source: source,
                           reason: reasonForCorrupted(context.debugDescription), hint: hintForValue)

        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let path = JSONPath(codingPath: context.codingPath)
            var scanner = JSONScanner(bytes)
            let offset = scanner.offset(of: path)
            let found = offset.flatMap { JSONScanner.kindOfValue(at: $0, in: bytes) } ?? SessionFileText.text("sessionFile.type.unknown")
            var located = located(path, in: data, source: source,
                                  reason: SessionFileText.text("sessionFile.expected", ["expected": describeType(type), "found": found]), hint: hintForValue)
            if offset == nil { located.line = nil; located.column = nil }
            return located

        case .keyNotFound(let key, let context):
            return located(JSONPath(codingPath: context.codingPath), in: data, source: source,
                           reason: SessionFileText.text("sessionFile.missingKey", ["key": key.stringValue]), hint: SessionFileText.text("sessionFile.hint.addKey"))

        @unknown default:
            return SessionFileError(file: source, reason: sentence(String(describing: error)), hint: hintForValue)
        }
    }

    private static func describeType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return SessionFileText.text("sessionFile.type.string")
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: return SessionFileText.text("sessionFile.type.wholeNumber")
        case is Double.Type, is Float.Type: return SessionFileText.text("sessionFile.type.number")
        case is Bool.Type: return SessionFileText.text("sessionFile.type.bool")
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return SessionFileText.text("sessionFile.type.list") }
            if name.hasPrefix("Dictionary") { return SessionFileText.text("sessionFile.type.object") }
            return SessionFileText.text("sessionFile.type.other", ["name": name])
        }
    }

    /// Words that every enum of the format may take, for "expected one of …".
    private static let enumValues: [String: [String]] = [
        "FocusArea": FocusArea.allCases.map(\.rawValue),
        "TopicStatus": TopicStatus.allCases.map(\.rawValue),
        "SelectionPin": [SelectionPin.pinned.rawValue, SelectionPin.dropped.rawValue],
        "VotingMethod": VotingMethod.allCases.map(\.rawValue),
        "VotingStatus": [VotingStatus.notStarted, .open, .closed].map(\.rawValue),
        "ProjectStatus": ProjectStatus.allCases.map(\.rawValue),
        "ActivityKind": ActivityKind.allCases.map(\.rawValue),
        "CadenceUnit": CadenceUnit.allCases.map(\.rawValue),
        "Language": Language.allCases.map(\.rawValue),
    ]

    private static func reasonForCorrupted(_ text: String) -> String {
        // Foundation: "Cannot initialize FocusArea from invalid String value smart"
        let prefix = "Cannot initialize "
        if text.hasPrefix(prefix), let from = text.range(of: " from invalid String value ") {
            let typeName = String(text[text.index(text.startIndex, offsetBy: prefix.count)..<from.lowerBound])
            let value = String(text[from.upperBound...])
            if let allowed = enumValues[typeName] {
                return SessionFileText.text("sessionFile.unknownValue.oneOf", ["value": value, "allowed": allowed.joined(separator: ", ")])
            }
            return SessionFileText.text("sessionFile.unknownValue", ["value": value])
        }
        return sentence(text)
    }

    /// `text` as a clause: no final period, quotes made typographic.
    private static func sentence(_ text: String) -> String {
        var out = text.trimmingCharacters(in: .whitespaces)
        while out.hasSuffix(".") { out.removeLast() }
        if out.hasPrefix("'"), let close = out.dropFirst().firstIndex(of: "'") {
            out = "“" + out[out.index(after: out.startIndex)..<close] + "”" + out[out.index(after: close)...]
        }
        return out
    }
}
