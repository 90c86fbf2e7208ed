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

    /// Parses `text` (a leading UTF-8 byte order mark is ignored; CRLF, LF or CR line ends).
    /// A final line break does not start an empty record; blank lines are skipped.
    public static func parse(_ text: String) throws -> CSVDocument {
        var records: [Record] = []
        var fields: [Field] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 0
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var quoted = false, afterQuote = false, fieldStarted = false
        var quoteLine = 0, quoteColumn = 0
        var wasQuoted = false

        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0

        func endField() {
            fields.append(Field(text: String(field), line: fieldLine, column: fieldColumn))
            field = String.UnicodeScalarView()
            quoted = false; afterQuote = false; fieldStarted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].text.isEmpty && !wasQuoted
            if !blank { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
        }

        while i < scalars.count {
            let c = scalars[i]
            i += 1
            column += 1
            if !fieldStarted && !quoted && !afterQuote {
                fieldStarted = true
                fieldLine = line; fieldColumn = column
                if fields.isEmpty { recordLine = line; wasQuoted = false }
                if c == "\"" {
                    quoted = true; wasQuoted = true
                    quoteLine = line; quoteColumn = column
                    continue
                }
            }
            if quoted {
                if c == "\"" {
                    if i < scalars.count, scalars[i] == "\"" {
                        field.append("\""); i += 1; column += 1
                    } else {
                        quoted = false; afterQuote = true
                    }
                } else {
                    if c == "\r" || c == "\n" {
                        // A line break inside quotes is kept, normalized to LF.
                        if c == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
                        field.append("\n")
                        line += 1; column = 0
                    } else {
                        field.append(c)
                    }
                }
                continue
            }
            switch c {
            case ",":
                endField()
                fieldLine = line; fieldColumn = column + 1
            case "\r", "\n":
                if c == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
                endRecord()
                line += 1; column = 0
            case "\"":
                throw SyntaxError(line: line, column: column, reason: afterQuote
                    ? "a quoted field must be followed by a comma or a line break"
                    : "a quote inside an unquoted field; put the whole field in quotes and double the inner quote (\"\")")
            default:
                if afterQuote {
                    throw SyntaxError(line: line, column: column,
                                      reason: "a quoted field must be followed by a comma or a line break")
                }
                field.append(c)
            }
        }
        if quoted {
            throw SyntaxError(line: quoteLine, column: quoteColumn,
                              reason: "this quoted field is never closed; add the closing quote (\")")
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

import Foundation
