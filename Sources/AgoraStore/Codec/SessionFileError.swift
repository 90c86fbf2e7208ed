/// Why a session file (or its journal) could not be read, and where.
///
/// Its description is one line a facilitator can act on, in the form compilers use:
/// `sessions/bordeaux.json:12:7: $.participants[3].city: expected a string, found a number. Correct …`
public struct SessionFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when the place is known.
    public var line: Int?
    /// 1-based column, counted in characters (Unicode scalars) from the start of the line.
    public var column: Int?
    /// The JSON path of the value at fault, such as `$.ballots[2].participant`.
    public var path: String?
    /// What is wrong, without a final period.
    public var reason: String
    /// What to do next.
    public var hint: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil,
                reason: String, hint: String? = nil) {
        self.file = file; self.line = line; self.column = column
        self.path = path; self.reason = reason; self.hint = hint
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var out = place + ": "
        if let path { out += path + ": " }
        out += reason + "."
        if let hint { out += " " + hint }
        return out
    }
}
