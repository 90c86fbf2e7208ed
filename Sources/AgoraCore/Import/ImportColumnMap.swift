/// Which header of a file feeds which column of an import, as given with `--map`:
/// `name="First Name+Last Name",city=Town` takes the name from two headers joined by a space
/// and the city from "Town". Columns not mapped are found by their own name or an alias
/// (``ImportKind/aliases(of:)``).
public struct ImportColumnMap: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// The import's column: name, city, title…
        public var column: String
        /// The file's headers, joined with a space when there are several.
        public var headers: [String]
        public init(column: String, headers: [String]) { self.column = column; self.headers = headers }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    /// Reads `column=Header[+Header…]` entries separated by commas; text in double quotes may
    /// hold a comma or an equals sign (`city="Town, region"`), and `+` always joins headers.
    /// Several texts (repeated `--map`) add up.
    /// - Throws: ``AgoraError`` naming the entry and what to write instead: a column `kind`
    ///   does not have (with the nearest one), a column mapped twice, an empty header.
    public static func parse(_ texts: [String], for kind: ImportKind) throws -> ImportColumnMap {
        var map = ImportColumnMap()
        for text in texts {
            for entry in try split(text) {
                let parts = entry.parts
                guard parts.count >= 2, parts[0].count == 1 else {
                    throw AgoraError.invalid(ImportText.phrase("csvImport.map.notEntry", ["entry": entry.text]),
                                             hint: ImportText.phrase("csvImport.map.notEntry.hint", ["example": "--map name=\"First Name+Last Name\",city=Town"]))
                }
                let column = parts[0][0].trimmingCharacters(in: .whitespaces).lowercased()
                guard kind.knownColumns.contains(column) else {
                    let near = nearest(column, in: kind.knownColumns)
                    throw AgoraError.invalid(ImportText.phrase(near == nil ? "csvImport.map.unknown" : "csvImport.map.unknown.near",
                                                               ["kind": kind.rawValue, "column": column, "near": near ?? ""]),
                                             hint: ImportText.phrase("csvImport.map.unknown.hint", ["columns": kind.knownColumns.joined(separator: ", ")]))
                }
                guard !map.entries.contains(where: { $0.column == column }) else {
                    throw AgoraError.invalid(ImportText.phrase("csvImport.map.twice", ["column": column]),
                                             hint: ImportText.phrase("csvImport.map.twice.hint"))
                }
                let headers = parts[1].map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !headers.contains(where: \.isEmpty) else {
                    throw AgoraError.invalid(ImportText.phrase("csvImport.map.emptyHeader", ["column": column, "entry": entry.text]),
                                             hint: ImportText.phrase("csvImport.map.emptyHeader.hint"))
                }
                map.entries.append(Entry(column: column, headers: headers))
            }
        }
        return map
    }

    /// One `a=b+c` entry: its text, and its pieces split at `=` then `+` outside quotes.
    private struct RawEntry { var text: String; var parts: [[String]] }

    private static func split(_ text: String) throws -> [RawEntry] {
        var entries: [RawEntry] = []
        var parts: [[String]] = [[""]]
        var raw = ""
        var quoted = false
        func finish() {
            if !raw.trimmingCharacters(in: .whitespaces).isEmpty { entries.append(RawEntry(text: raw, parts: parts)) }
            parts = [[""]]; raw = ""
        }
        for c in text {
            if c == "\"" { quoted.toggle(); raw.append(c); continue }
            if !quoted && c == "," { finish(); continue }
            raw.append(c)
            if !quoted && c == "=" { parts.append([""]); continue }
            if c == "+" { parts[parts.count - 1].append(""); continue }
            parts[parts.count - 1][parts[parts.count - 1].count - 1].append(c)
        }
        guard !quoted else {
            throw AgoraError.invalid(ImportText.phrase("csvImport.map.unclosed", ["text": text]),
                                     hint: ImportText.phrase("csvImport.map.unclosed.hint"))
        }
        finish()
        return entries
    }

    /// The text in `candidates` nearest to `text` (case aside), if it is close: an edit or two
    /// away, or containing it.
    static func nearest(_ text: String, in candidates: [String]) -> String? {
        let key = text.lowercased()
        let scored = candidates.compactMap { c -> (Int, String)? in
            let other = c.lowercased()
            if min(key.count, other.count) >= 3, other.contains(key) || key.contains(other) { return (abs(other.count - key.count), c) }
            return EditDistance.between(key, other, limit: max(2, key.count / 3)).map { ($0, c) }
        }
        return scored.min { $0.0 < $1.0 }?.1
    }
}
