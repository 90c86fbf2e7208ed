import Foundation
import AgoraCore

/// The first check of every session file, before Foundation's `JSONDecoder` sees it: RFC 8259
/// exactly, within limits, against the file's ``JSONShape``.
///
/// - Syntax: no trailing commas, no comments, no leading zeros, UTF-8 only (a byte order mark
///   or UTF-16 text is refused with its own message), no control characters inside strings,
///   no lone surrogates.
/// - Limits: at most ``maxFileBytes`` bytes, ``maxDepth`` levels of nesting (it never recurses,
///   so 10 000 `[` give a message, not a stack overflow), each text within its field's length.
/// - Shape: an object may only hold the keys its shape names, each once; whole numbers must be
///   whole and within their ``DomainRange``; lists within their item count.
///
/// It reads each byte once and builds no values, so it adds little to a load.
struct StrictJSONReader {
    /// Largest session file (256 MiB).
    static let maxFileBytes = 256 << 20
    /// Deepest nesting of lists and objects. A session file needs 6.
    static let maxDepth = 64
    /// Longest string anywhere (keys, and values of ``JSONShape/any``), in Unicode scalars.
    static let maxTextLength = 1 << 20

    struct Failure: Error, Equatable {
        enum Kind: Equatable {
            /// Not JSON (or not UTF-8): the place is known, the path is not meaningful.
            case syntax
            /// Valid JSON that breaks a limit or the shape; the path names the value.
            case value
        }
        var kind: Kind
        var offset: Int
        /// The JSON path of the value at fault, as written in messages.
        var path: String?
        var reason: String
        /// Lists and objects nested beyond ``StrictJSONReader/maxDepth``: not told as a newer format.
        var tooDeep = false
    }

    /// Checks `data` against `shape`; throws the first failure in document order.
    static func check(_ data: Data, shape: JSONShape) throws(Failure) {
        if data.count > maxFileBytes {
            throw Failure(kind: .syntax, offset: 0, path: nil,
                          reason: SessionFileText.text("sessionFile.json.tooLarge", ["bytes": "\(data.count)", "limit": "\(maxFileBytes >> 20)"]))
        }
        let result: Failure? = data.withUnsafeBytes { raw in
            var reader = StrictJSONReader(raw.bindMemory(to: UInt8.self))
            do throws(Failure) { try reader.run(shape) } catch { return error }
            return nil
        }
        if let result { throw result }
    }

    // MARK: State

    private struct Frame {
        let isObject: Bool
        let shape: JSONShape
        /// Items read so far (arrays): the index of the current one.
        var count = 0
        /// Keys of the shape already seen (objects with a shape).
        var seen: UInt64 = 0
        /// Keys already seen (objects without a shape).
        var names: Set<String> = []
        /// The current key (objects).
        var key = ""
    }

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var stack: [Frame] = []

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    private var path: JSONPath {
        JSONPath(stack.map { $0.isObject ? .key($0.key) : .index($0.count) })
    }

    private func syntax(_ reason: String, at offset: Int? = nil) -> Failure {
        Failure(kind: .syntax, offset: offset ?? i, path: nil, reason: reason)
    }

    private func value(_ reason: String, at offset: Int) -> Failure {
        Failure(kind: .value, offset: offset, path: path.description, reason: reason)
    }

    // MARK: The document

    private mutating func run(_ root: JSONShape) throws(Failure) {
        try checkEncoding()
        skipWhitespace()
        guard i < p.count else { throw syntax(SessionFileText.text("sessionFile.json.empty"), at: 0) }
        var shape = root
        while true {
            // One value starts at i, of `shape`.
            skipWhitespace()
            guard i < p.count else { throw syntax(SessionFileText.text("sessionFile.json.endMissingValue")) }
            let start = i
            switch p[i] {
            case 0x7B, 0x5B:
                let isObject = p[i] == 0x7B
                let fits = shape.kind == .any || shape.kind == (isObject ? .object : .array)
                guard stack.count < Self.maxDepth else {
                    // The path of the first levels says where; all 64 would not help.
                    let head = JSONPath(Array(path.components.prefix(8))).description + "…"
                    throw Failure(kind: .value, offset: start, path: head,
                                  reason: SessionFileText.text("sessionFile.json.tooDeep", ["depth": "\(Self.maxDepth)"]), tooDeep: true)
                }
                i += 1
                skipWhitespace()
                if i < p.count, p[i] == (isObject ? 0x7D : 0x5D) { i += 1; break }
                // A value of the wrong kind is left for the decoder to name; its inside is only read.
                stack.append(Frame(isObject: isObject, shape: fits ? shape : .any))
                if isObject {
                    shape = try readKey()
                } else {
                    shape = stack[stack.count - 1].shape.element ?? .any
                }
                continue
            case 0x22:
                try readString(limit: shape.kind == .text ? shape.maxLength : Self.maxTextLength)
            case 0x2D, 0x30...0x39:
                try readNumber(shape.kind == .integer ? shape.range : nil)
            case 0x74: try readWord("true")
            case 0x66: try readWord("false")
            case 0x6E: try readWord("null")
            default:
                throw syntax(SessionFileText.text("sessionFile.json.expectedValue", ["found": found()]))
            }
            // After a complete value: close what ends here, and find the next value.
            while true {
                guard let top = stack.last else {
                    skipWhitespace()
                    if i < p.count { throw syntax(SessionFileText.text("sessionFile.json.afterEnd", ["found": found()])) }
                    return
                }
                skipWhitespace()
                let close: UInt8 = top.isObject ? 0x7D : 0x5D
                guard i < p.count else {
                    throw syntax(SessionFileText.text("sessionFile.json.endMissingClose", ["close": top.isObject ? "}" : "]"]))
                }
                if p[i] == 0x2C {
                    let comma = i
                    i += 1
                    skipWhitespace()
                    if i < p.count, p[i] == 0x7D || p[i] == 0x5D {
                        throw syntax(SessionFileText.text("sessionFile.json.trailingComma", ["close": String(Character(Unicode.Scalar(p[i])))]), at: comma)
                    }
                    if top.isObject {
                        shape = try readKey()
                    } else {
                        stack[stack.count - 1].count += 1
                        if stack[stack.count - 1].count >= top.shape.maxItems {
                            throw value(SessionFileText.text("sessionFile.json.tooManyItems", ["max": "\(top.shape.maxItems)"]), at: i)
                        }
                        shape = top.shape.element ?? .any
                    }
                    break
                }
                if p[i] == close {
                    i += 1
                    stack.removeLast()
                    continue
                }
                throw syntax(SessionFileText.text(top.isObject ? "sessionFile.json.afterValue" : "sessionFile.json.afterItem", ["found": found()]))
            }
        }
    }

    /// Refuses byte order marks and UTF-16 or UTF-32 text up front, with what to do.
    private func checkEncoding() throws(Failure) {
        let n = p.count
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF {
            throw syntax(SessionFileText.text("sessionFile.json.byteOrderMark"), at: 0)
        }
        if n >= 2, (p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE) || p[0] == 0 || p[1] == 0 {
            throw syntax(SessionFileText.text("sessionFile.json.utf16"), at: 0)
        }
    }

    // MARK: Keys

    /// Reads `"key":` in the object on top of the stack and returns the shape of its value.
    private mutating func readKey() throws(Failure) -> JSONShape {
        skipWhitespace()
        guard i < p.count, p[i] == 0x22 else { throw syntax(SessionFileText.text("sessionFile.json.expectedKey", ["found": found()])) }
        let start = i
        let top = stack.count - 1
        let shape = stack[top].shape
        let plain = try readString(limit: Self.maxTextLength)
        let end = i
        let child: JSONShape
        if shape.kind == .object, let plain, let index = shape.keyBytes.firstIndex(where: { equal($0, plain) }) {
            stack[top].key = shape.keys[index]
            let bit: UInt64 = 1 << UInt64(index)
            if stack[top].seen & bit != 0 {
                throw value(SessionFileText.text("sessionFile.json.keyTwice", ["key": shape.keys[index]]), at: start)
            }
            stack[top].seen |= bit
            child = shape.children[index]
        } else {
            let key = decodedString(start..<end)
            stack[top].key = key
            if shape.kind == .object {
                let near = Self.nearest(key, in: shape.keys)
                throw value(SessionFileText.text(near == nil ? "sessionFile.json.unknownKey" : "sessionFile.json.unknownKey.near",
                                ["key": key, "near": near ?? ""]), at: start)
            }
            if !stack[top].names.insert(key).inserted {
                throw value(SessionFileText.text("sessionFile.json.keyTwice", ["key": key]), at: start)
            }
            child = .any
        }
        skipWhitespace()
        guard i < p.count, p[i] == 0x3A else { throw syntax(SessionFileText.text("sessionFile.json.expectedColon", ["found": found()])) }
        i += 1
        return child
    }

    private func equal(_ key: [UInt8], _ range: Range<Int>) -> Bool {
        guard key.count == range.count else { return false }
        var j = range.lowerBound
        for b in key { if p[j] != b { return false }; j += 1 }
        return true
    }

    /// The value of the (valid) string token at `range`, quotes included.
    private func decodedString(_ range: Range<Int>) -> String {
        var scanner = JSONScanner(Array(p[range]))
        return (try? scanner.readString(at: 0)) ?? ""
    }

    /// The known key closest to `key` (same letters ignoring case, or at most two edits), if any.
    static func nearest(_ key: String, in keys: [String]) -> String? {
        let lower = key.lowercased()
        if let same = keys.first(where: { $0.lowercased() == lower }) { return same }
        let scored = keys.map { ($0, editDistance(Array(lower.unicodeScalars), Array($0.lowercased().unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(2, key.count / 3)) else { return nil }
        return best.0
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.count > 64 || b.count > 64 { return .max }
        var row = Array(0...b.count)
        for (x, ca) in a.enumerated() {
            var previous = row[0]
            row[0] = x + 1
            for (y, cb) in b.enumerated() {
                let current = row[y + 1]
                row[y + 1] = Swift.min(row[y + 1] + 1, row[y] + 1, previous + (ca == cb ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }

    // MARK: Values

    /// Reads a string; checks UTF-8, escapes and the length. Returns the byte range of its
    /// contents when it has no escape (so keys can be compared without decoding).
    @discardableResult
    private mutating func readString(limit: Int) throws(Failure) -> Range<Int>? {
        let start = i
        i += 1
        var length = 0
        var escaped = false
        while true {
            guard i < p.count else { throw syntax(SessionFileText.text("sessionFile.json.unclosedString", ["quote": "\""]), at: start) }
            let b = p[i]
            if b == 0x22 {
                i += 1
                break
            } else if b == 0x5C {
                escaped = true
                try readEscape(stringStart: start)
                length += 1
            } else if b < 0x20 {
                throw syntax(SessionFileText.text("sessionFile.json.controlInString", ["escape": "\\n"]))
            } else if b < 0x80 {
                i += 1
                length += 1
            } else {
                try readUTF8Scalar()
                length += 1
            }
        }
        if length > limit {
            throw value(SessionFileText.text("sessionFile.json.tooLong", ["length": "\(length)", "limit": "\(limit)"]), at: start)
        }
        return escaped ? nil : (start + 1)..<(i - 1)
    }

    private mutating func readEscape(stringStart: Int) throws(Failure) {
        let escapeStart = i
        i += 1
        guard i < p.count else { throw syntax(SessionFileText.text("sessionFile.json.unclosedString", ["quote": "\""]), at: stringStart) }
        let e = p[i]
        i += 1
        switch e {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: return
        case 0x75:
            let unit = try hex4(escapeStart)
            if (0xDC00...0xDFFF).contains(unit) {
                throw syntax(SessionFileText.text("sessionFile.json.loneSurrogate"), at: escapeStart)
            }
            if (0xD800...0xDBFF).contains(unit) {
                guard i + 1 < p.count, p[i] == 0x5C, p[i + 1] == 0x75 else {
                    throw syntax(SessionFileText.text("sessionFile.json.loneSurrogate"), at: escapeStart)
                }
                i += 2
                guard (0xDC00...0xDFFF).contains(try hex4(escapeStart)) else {
                    throw syntax(SessionFileText.text("sessionFile.json.unpairedSurrogate"), at: escapeStart)
                }
            }
        default:
            throw syntax(SessionFileText.text("sessionFile.json.badEscape", ["escape": "\\\(Character(Unicode.Scalar(e)))"]), at: escapeStart)
        }
    }

    private mutating func hex4(_ escapeStart: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard i < p.count else { throw syntax(SessionFileText.text("sessionFile.json.hexDigits"), at: escapeStart) }
            let b = p[i], digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw syntax(SessionFileText.text("sessionFile.json.hexDigits"), at: escapeStart)
            }
            value = value * 16 + digit
            i += 1
        }
        return value
    }

    /// One multi-byte UTF-8 scalar at i: the shortest form, no surrogates, at most U+10FFFF.
    private mutating func readUTF8Scalar() throws(Failure) {
        let b0 = p[i]
        let count: Int, low: UInt32
        switch b0 {
        case 0xC2...0xDF: count = 2; low = 0x80
        case 0xE0...0xEF: count = 3; low = 0x800
        case 0xF0...0xF4: count = 4; low = 0x10000
        default: throw syntax(SessionFileText.text("sessionFile.json.notUTF8Byte", ["hex": String(b0, radix: 16, uppercase: true)]))
        }
        guard i + count <= p.count else { throw syntax(SessionFileText.text("sessionFile.json.notUTF8Cut")) }
        var scalar = UInt32(b0) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for k in 1..<count {
            let b = p[i + k]
            guard b & 0xC0 == 0x80 else { throw syntax(SessionFileText.text("sessionFile.json.notUTF8Byte", ["hex": String(b0, radix: 16, uppercase: true)])) }
            scalar = scalar << 6 | UInt32(b & 0x3F)
        }
        guard scalar >= low, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw syntax(SessionFileText.text("sessionFile.json.notUTF8Byte", ["hex": String(b0, radix: 16, uppercase: true)]))
        }
        i += count
    }

    /// Reads a number; when `range` is given it must be a whole number within it.
    private mutating func readNumber(_ range: DomainRange?) throws(Failure) {
        let start = i
        func digits() -> Int {
            var n = 0
            while i < p.count, (0x30...0x39).contains(p[i]) { i += 1; n += 1 }
            return n
        }
        let negative = p[i] == 0x2D
        if negative { i += 1 }
        let intStart = i
        if i < p.count, p[i] == 0x30 {
            i += 1
            if i < p.count, (0x30...0x39).contains(p[i]) { throw syntax(SessionFileText.text("sessionFile.json.leadingZero"), at: start) }
        } else if digits() == 0 {
            throw syntax(SessionFileText.text("sessionFile.json.badNumber"), at: start)
        }
        let intEnd = i
        var whole = true
        if i < p.count, p[i] == 0x2E {
            i += 1; whole = false
            guard digits() > 0 else { throw syntax(SessionFileText.text("sessionFile.json.badFraction"), at: start) }
        }
        if i < p.count, p[i] == 0x65 || p[i] == 0x45 {
            i += 1; whole = false
            if i < p.count, p[i] == 0x2B || p[i] == 0x2D { i += 1 }
            guard digits() > 0 else { throw syntax(SessionFileText.text("sessionFile.json.badExponent"), at: start) }
        }
        guard let range else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<min(i, start + 40)]), as: UTF8.self)
            + (i - start > 40 ? "…" : "")
        guard whole else {
            throw value(SessionFileText.text("sessionFile.json.notWhole", ["text": text, "field": range.field.lowercasedFirst, "range": "\(range)"]), at: start)
        }
        var magnitude = 0
        var fits = intEnd - intStart <= 18
        if fits { for k in intStart..<intEnd { magnitude = magnitude * 10 + Int(p[k] - 0x30) } }
        let number = negative ? -magnitude : magnitude
        if fits { fits = range.contains(number) }
        guard fits else {
            throw value(SessionFileText.text("sessionFile.json.outOfRange", ["text": text, "field": range.field.lowercasedFirst, "range": "\(range)"]), at: start)
        }
    }

    private mutating func readWord(_ word: StaticString) throws(Failure) {
        let start = i
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for expected in bytes {
            guard i < p.count, p[i] == expected else {
                i = start
                throw syntax(SessionFileText.text("sessionFile.json.expectedLiteral", ["found": found()]), at: start)
            }
            i += 1
        }
    }

    private mutating func skipWhitespace() {
        while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
    }

    /// The character at the current place, quoted, for messages.
    private func found() -> String {
        JSONScanner.describeCharacter(at: i, in: p)
    }
}

extension String {
    /// "A room's capacity" → "a room's capacity", for the middle of a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
