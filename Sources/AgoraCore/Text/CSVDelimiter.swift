extension CSVDocument {
    /// What separates the fields of a record: a comma (RFC 4180), a semicolon (spreadsheets
    /// in locales whose decimal mark is a comma) or a tab (copied from a spreadsheet).
    public enum Delimiter: UInt8, CaseIterable, Sendable {
        case comma = 0x2C, semicolon = 0x3B, tab = 0x09

        /// "a comma", for messages (in ``Language/current``).
        public var name: String {
            switch self {
            case .comma: return ParseText.table("csv.delimiter.comma")
            case .semicolon: return ParseText.table("csv.delimiter.semicolon")
            case .tab: return ParseText.table("csv.delimiter.tab")
            }
        }

        /// The delimiter of a file, read from its first record (the header): the one of the
        /// three that occurs most often outside quotes; a comma when none does or on a tie, so a
        /// one-column file and an RFC 4180 file read as they always did.
        public static func detect(in data: [UInt8]) -> Delimiter {
            var counts: [Delimiter: Int] = [:]
            var quoted = false
            for byte in data {
                if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
                if quoted { continue }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if let d = Delimiter(rawValue: byte) { counts[d, default: 0] += 1 }
            }
            return allCases.max { counts[$0, default: 0] < counts[$1, default: 0] }
                .flatMap { counts[$0, default: 0] > counts[.comma, default: 0] ? $0 : nil } ?? .comma
        }
    }
}
