import Foundation

/// An `application/x-www-form-urlencoded` body, as browsers send plain HTML forms.
struct FormBody: Equatable {
    /// Fields in the order sent; a repeated name keeps its first value.
    private(set) var fields: [String: String] = [:]

    struct Malformed: Error, Equatable { var field: String }

    /// - Throws: ``Malformed`` naming the field whose name or value is not valid percent-encoded UTF-8.
    init(_ text: String) throws {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { throw Malformed(field: String(parts[0].prefix(40))) }
            guard let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { throw Malformed(field: name) }
            if fields[name] == nil { fields[name] = value }
        }
    }

    init(fields: [String: String]) { self.fields = fields }

    subscript(name: String) -> String? { fields[name] }

    /// `+` is a space, `%XX` a byte; the bytes must be UTF-8.
    private static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Encodes fields as a browser would (for tests and the benchmark's phones).
    static func encode(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            [name, value].map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }.joined(separator: "=")
        }.joined(separator: "&")
    }
}
