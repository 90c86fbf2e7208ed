import Foundation

/// RFC 4180 CSV, read with positions and written deterministically.
///
/// Agora reports every import problem with its line and column, and refuses what RFC 4180
/// refuses (a quote inside an unquoted field, text after a closing quote, an unterminated
/// quote). The CSV packages available to this project read leniently and report no
/// positions, so this small reader is written by hand; it is the one place for the format.
public struct CSVDocument: Equatable, Sendable {
    /// One field and where it starts (1-based line and column, in characters).
    public struct Field: Equatable, Sendable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// One record: its fields and the line it starts on.
    public struct Record: Equatable, Sendable {
        public var fields: [Field]
        public var line: Int
        public var values: [String] { fields.map(\.text) }
    }

    public var records: [Record]

    /// A syntax error at a line and column.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var reason: String
        public init(line: Int, column: Int, reason: String) { self.line = line; self.column = column; self.reason = reason }
    }

    /// Parses `text` (CRLF, LF or CR line ends). A byte order mark (U+FEFF) is dropped wherever
    /// it appears: at the start of the file, or pasted inside a field. A final line break does
    /// not start an empty record; blank lines are skipped. Linear in the size of the text.
    public static func parse(_ text: String, delimiter: Delimiter = .comma) throws -> CSVDocument {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable { try parse(bytes: $0, delimiter: delimiter) }!
    }

    /// Parses the bytes of a file, which must be UTF-8 (with or without a byte order mark).
    /// - Throws: ``SyntaxError`` at the line and column of the first byte that is not UTF-8, or
    ///   of the first CSV syntax error.
    public static func parse(utf8 data: [UInt8], delimiter: Delimiter = .comma) throws -> CSVDocument {
        guard let text = String(bytes: data, encoding: .utf8) else { throw firstInvalidByte(in: data) }
        return try parse(text, delimiter: delimiter)
    }

    /// Where decoding `data` as UTF-8 first fails, as a syntax error.
    static func firstInvalidByte(in data: [UInt8]) -> SyntaxError {
        var line = 1, column = 0, offset = 0, afterCR = false
        var bytes = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" && afterCR { afterCR = false; continue }
                afterCR = scalar == "\r"
                if scalar == "\n" || scalar == "\r" { line += 1; column = 0 } else { column += 1 }
            case .emptyInput:
                return SyntaxError(line: line, column: column + 1, reason: ParseText.table("csv.notUTF8"))
            case .error:
                let byte = offset < data.count ? data[offset] : 0
                let hex = "0x" + String(byte, radix: 16, uppercase: true)
                return SyntaxError(line: line, column: column + 1,
                                   reason: ParseText.table("csv.badByte", ["hex": hex]))
            }
        }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, delimiter: Delimiter) throws -> CSVDocument {
        let quote = UInt8(ascii: "\""), comma = delimiter.rawValue, cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [Field] = []
        var field: [UInt8] = []
        var line = 1, column = 0
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var quoted = false, afterQuote = false, fieldStarted = false
        var quoteLine = 0, quoteColumn = 0
        var wasQuoted = false
        let n = bytes.count
        var i = 0

        func endField() {
            fields.append(Field(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
            field.removeAll(keepingCapacity: true)
            quoted = false; afterQuote = false; fieldStarted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].text.isEmpty && !wasQuoted
            if !blank { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
        }

        while i < n {
            let c = bytes[i]
            i += 1
            if c & 0xC0 == 0x80 { field.append(c); continue }  // the rest of a multi-byte scalar
            if c == 0xEF, i + 1 < n, bytes[i] == 0xBB, bytes[i + 1] == 0xBF {  // U+FEFF: dropped
                i += 2
                continue
            }
            column += 1
            if !fieldStarted && !quoted && !afterQuote {
                fieldStarted = true
                fieldLine = line; fieldColumn = column
                if fields.isEmpty { recordLine = line; wasQuoted = false }
                if c == quote {
                    quoted = true; wasQuoted = true
                    quoteLine = line; quoteColumn = column
                    continue
                }
            }
            if quoted {
                if c == quote {
                    if i < n, bytes[i] == quote {
                        field.append(quote); i += 1; column += 1
                    } else {
                        quoted = false; afterQuote = true
                    }
                } else if c == cr || c == lf {
                    // A line break inside quotes is kept, normalized to LF.
                    if c == cr, i < n, bytes[i] == lf { i += 1 }
                    field.append(lf)
                    line += 1; column = 0
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case comma:
                endField()
                fieldLine = line; fieldColumn = column + 1
            case cr, lf:
                if c == cr, i < n, bytes[i] == lf { i += 1 }
                endRecord()
                line += 1; column = 0
            case quote:
                throw SyntaxError(line: line, column: column, reason: afterQuote
                    ? ParseText.table("csv.afterQuote", ["delimiter": delimiter.name])
                    : ParseText.table("csv.quoteInField", ["quotes": "\"\""]))
            default:
                if afterQuote {
                    throw SyntaxError(line: line, column: column,
                                      reason: ParseText.table("csv.afterQuote", ["delimiter": delimiter.name]))
                }
                field.append(c)
            }
        }
        if quoted {
            throw SyntaxError(line: quoteLine, column: quoteColumn,
                              reason: ParseText.table("csv.unclosed", ["quote": "\""]))
        }
        if fieldStarted || !fields.isEmpty { endRecord() }
        return CSVDocument(records: records)
    }

    /// Writes rows as RFC 4180: CRLF line ends; a field is quoted when it holds a comma, a
    /// quote, a line break or leading/trailing spaces; inner quotes are doubled.
    public static func encode(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            out += row.map(quote).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        let needs = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
