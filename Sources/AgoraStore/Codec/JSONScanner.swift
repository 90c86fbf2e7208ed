import AgoraCore

/// A small JSON reader over raw bytes that knows where it is. It does not build values: it
/// finds the place of the value at a ``JSONPath``, so that load errors can say "line 12,
/// column 7". Only used when a load fails, on documents ``StrictJSONReader`` found well formed
/// (so its recursion is bounded by the depth limit); it favours clear messages over speed.
struct JSONScanner {
    struct SyntaxError: Error, Equatable {
        var offset: Int
        var reason: String
    }

    private let bytes: [UInt8]
    private var i = 0
    /// Lists and objects open around the current place; skipping stops at the strict reader's
    /// limit, so that this recursive reader never overflows the stack, whatever follows.
    private var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Positions

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    // MARK: Finding a value

    /// Byte offset where the value at `path` starts, or nil if the document has no such value
    /// (or is not valid JSON up to it).
    mutating func offset(of path: JSONPath) -> Int? {
        i = 0
        skipWhitespace()
        do {
            for component in path.components {
                switch component {
                case .key(let wanted):
                    guard peek == 0x7B else { return nil }
                    i += 1
                    skipWhitespace()
                    if peek == 0x7D { return nil }
                    let wantedBytes = Array(wanted.utf8)
                    var located = false
                    while !located {
                        skipWhitespace()
                        let matches = try readKey(matching: wantedBytes)
                        skipWhitespace()
                        try expect(0x3A, "“:” after the key")
                        skipWhitespace()
                        if matches { located = true; break }
                        try skipValue()
                        skipWhitespace()
                        guard peek == 0x2C else { return nil }
                        i += 1
                    }
                case .index(let wanted):
                    guard peek == 0x5B else { return nil }
                    i += 1
                    skipWhitespace()
                    if peek == 0x5D { return nil }
                    var index = 0
                    while index < wanted {
                        try skipValue()
                        skipWhitespace()
                        guard peek == 0x2C else { return nil }
                        i += 1
                        skipWhitespace()
                        index += 1
                    }
                }
            }
        } catch {
            return nil
        }
        return i < bytes.count ? i : nil
    }

    /// What kind of JSON value starts at `offset`: "a string", "a number", "null"…
    static func kindOfValue(at offset: Int, in bytes: [UInt8]) -> String? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x22: return SessionFileText.text("sessionFile.type.string")
        case 0x2D, 0x30...0x39: return SessionFileText.text("sessionFile.type.number")
        case 0x74, 0x66: return bytes[offset] == 0x74 ? "true" : "false"
        case 0x6E: return "null"
        case 0x5B: return SessionFileText.text("sessionFile.type.list")
        case 0x7B: return SessionFileText.text("sessionFile.type.object")
        default: return nil
        }
    }

    // MARK: Scanning

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// The character at the current place, quoted, for messages.
    private func found() -> String { JSONScanner.describeCharacter(at: i, in: bytes) }

    /// The character at `i`, quoted, for messages: "“}”", "character U+0009", "end of the file".
    static func describeCharacter<Bytes: RandomAccessCollection<UInt8>>(at i: Int, in bytes: Bytes) -> String where Bytes.Index == Int {
        guard i < bytes.endIndex else { return SessionFileText.text("sessionFile.json.char.end") }
        var iterator = bytes[i...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        if case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            let scalar = Unicode.UTF8.decode(encoded)
            if scalar.properties.generalCategory == .control || scalar == " " {
                return SessionFileText.text("sessionFile.json.char.control", ["code": String(scalar.value, radix: 16, uppercase: true).leftPadded(4)])
            }
            return Typography.quote(String(Character(scalar)), in: .current)
        }
        return SessionFileText.text("sessionFile.json.char.byte", ["byte": "\(bytes[i])"])
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        guard peek == byte else { throw SyntaxError(offset: i, reason: "expected \(what), found \(found())") }
        i += 1
    }

    private mutating func skipValue() throws(SyntaxError) {
        guard let b = peek else { throw SyntaxError(offset: i, reason: "unexpected end of the file; a value is missing") }
        switch b {
        case 0x7B: try skipObject()
        case 0x5B: try skipArray()
        case 0x22: try skipString()
        case 0x2D, 0x30...0x39: try skipNumber()
        case 0x74: try skipWord("true")
        case 0x66: try skipWord("false")
        case 0x6E: try skipWord("null")
        default: throw SyntaxError(offset: i, reason: "expected a value, found \(found())")
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        guard depth <= StrictJSONReader.maxDepth else {
            throw SyntaxError(offset: i, reason: "lists and objects are nested deeper than \(StrictJSONReader.maxDepth) levels")
        }
    }

    private mutating func skipObject() throws(SyntaxError) {
        try enter()
        defer { depth -= 1 }
        i += 1
        skipWhitespace()
        if peek == 0x7D { i += 1; return }
        while true {
            skipWhitespace()
            guard peek == 0x22 else {
                throw SyntaxError(offset: i, reason: "expected a key in double quotes, found \(found())")
            }
            try skipString()
            skipWhitespace()
            try expect(0x3A, "“:” after the key")
            skipWhitespace()
            try skipValue()
            skipWhitespace()
            if peek == 0x2C { i += 1; continue }
            if peek == 0x7D { i += 1; return }
            throw SyntaxError(offset: i, reason: "expected “,” or “}” after a value, found \(found())")
        }
    }

    private mutating func skipArray() throws(SyntaxError) {
        try enter()
        defer { depth -= 1 }
        i += 1
        skipWhitespace()
        if peek == 0x5D { i += 1; return }
        while true {
            skipWhitespace()
            try skipValue()
            skipWhitespace()
            if peek == 0x2C { i += 1; continue }
            if peek == 0x5D { i += 1; return }
            throw SyntaxError(offset: i, reason: "expected “,” or “]” after an item, found \(found())")
        }
    }

    private mutating func skipWord(_ word: String) throws(SyntaxError) {
        let start = i
        for expected in word.utf8 {
            guard peek == expected else {
                i = start
                throw SyntaxError(offset: start, reason: "expected a value (true, false or null?), found \(found())")
            }
            i += 1
        }
    }

    private mutating func skipNumber() throws(SyntaxError) {
        let start = i
        func digits() -> Int {
            var n = 0
            while let b = peek, (0x30...0x39).contains(b) { i += 1; n += 1 }
            return n
        }
        if peek == 0x2D { i += 1 }
        if peek == 0x30 {
            i += 1
            if let b = peek, (0x30...0x39).contains(b) {
                throw SyntaxError(offset: start, reason: "a number cannot start with 0")
            }
        } else if digits() == 0 {
            throw SyntaxError(offset: start, reason: "invalid number")
        }
        if peek == 0x2E {
            i += 1
            guard digits() > 0 else { throw SyntaxError(offset: start, reason: "invalid number: digits expected after “.”") }
        }
        if peek == 0x65 || peek == 0x45 {
            i += 1
            if peek == 0x2B || peek == 0x2D { i += 1 }
            guard digits() > 0 else { throw SyntaxError(offset: start, reason: "invalid number: digits expected in the exponent") }
        }
    }

    /// Whether the key (a string) at the current place is `wanted`, read past it. A key without
    /// escapes, as every key Agora writes, is compared as bytes, without building a string.
    private mutating func readKey(matching wanted: [UInt8]) throws(SyntaxError) -> Bool {
        let start = i
        try skipString()
        let contents = (start + 1)..<(i - 1)
        if !bytes[contents].contains(0x5C) {
            return bytes[contents].elementsEqual(wanted)
        }
        i = start
        return try Array(readString().utf8) == wanted
    }

    /// Moves past the string at the current place without building its value: the places
    /// searched for come after whole lists of names and texts, which need not be decoded.
    private mutating func skipString() throws(SyntaxError) {
        let start = i
        guard peek == 0x22 else { throw SyntaxError(offset: i, reason: "expected a string, found \(found())") }
        i += 1
        while i < bytes.count {
            switch bytes[i] {
            case 0x22:
                i += 1
                return
            case 0x5C:
                i += 2
            case 0x00..<0x20:
                throw SyntaxError(offset: i, reason: "a line break or control character inside a string; write it as an escape such as \\n")
            default:
                i += 1
            }
        }
        throw SyntaxError(offset: start, reason: "this string is never closed (missing “\"”)")
    }

    /// The value of the string that starts at `offset`.
    mutating func readString(at offset: Int) throws(SyntaxError) -> String {
        i = offset
        return try readString()
    }

    /// Reads a string at the current place and returns its value.
    private mutating func readString() throws(SyntaxError) -> String {
        let start = i
        guard peek == 0x22 else { throw SyntaxError(offset: i, reason: "expected a string, found \(found())") }
        i += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars); raw.removeAll() }
        while true {
            guard let b = peek else { throw SyntaxError(offset: start, reason: "this string is never closed (missing “\"”)") }
            switch b {
            case 0x22:
                i += 1
                flush()
                return String(scalars)
            case 0x5C:
                flush()
                i += 1
                guard let e = peek else { throw SyntaxError(offset: start, reason: "this string is never closed (missing “\"”)") }
                i += 1
                switch e {
                case 0x22: scalars.append("\"")
                case 0x5C: scalars.append("\\")
                case 0x2F: scalars.append("/")
                case 0x62: scalars.append("\u{8}")
                case 0x66: scalars.append("\u{C}")
                case 0x6E: scalars.append("\n")
                case 0x72: scalars.append("\r")
                case 0x74: scalars.append("\t")
                case 0x75:
                    let escapeStart = i - 2
                    var unit = try hex4(escapeStart)
                    if (0xD800...0xDBFF).contains(unit), peek == 0x5C, i + 1 < bytes.count, bytes[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4(escapeStart)
                        if (0xDC00...0xDFFF).contains(low) {
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            throw SyntaxError(offset: escapeStart, reason: "a \\u escape starts a surrogate pair that is not completed")
                        }
                    }
                    guard let scalar = Unicode.Scalar(unit) else {
                        throw SyntaxError(offset: escapeStart, reason: "a \\u escape names a lone surrogate")
                    }
                    scalars.append(scalar)
                default:
                    throw SyntaxError(offset: i - 2, reason: "invalid escape “\\\(Character(Unicode.Scalar(e)))” in a string")
                }
            case 0x00..<0x20:
                throw SyntaxError(offset: i, reason: "a line break or control character inside a string; write it as an escape such as \\n")
            default:
                raw.append(b)
                i += 1
            }
        }
    }

    private mutating func hex4(_ escapeStart: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = peek else { throw SyntaxError(offset: escapeStart, reason: "a \\u escape needs four hex digits") }
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw SyntaxError(offset: escapeStart, reason: "a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            i += 1
        }
        return value
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
