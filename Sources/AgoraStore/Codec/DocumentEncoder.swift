import Foundation

/// Writes a value as the bytes `JSONEncoder` writes with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` and dates as ``Timestamp`` text — the session file's format —
/// several times faster.
///
/// It is an `Encoder`, so every `Codable` type of the model is written by its own
/// `encode(to:)` (synthesized or not), and a field added to the model needs nothing here. The
/// values are collected in a small tree, then printed: objects with their keys in `String`
/// order, two spaces per level, `"key" : value`, an empty list or object as an opening
/// bracket, an empty line and the closing one (as Foundation prints them); in strings only `"`,
/// `\` and the control characters below U+0020 are escaped (`\b \t \n \f \r`, else `\u00xx`).
///
/// A value it does not print exactly as Foundation (a floating-point number, `Data`, `URL`,
/// `Decimal`) makes ``encode(_:)`` return nil, and the caller uses `JSONEncoder` instead, so
/// the bytes never differ. `DocumentEncoderTests` checks them against `JSONEncoder` byte for
/// byte, on random sessions and hostile strings.
enum DocumentEncoder {
    /// The document's bytes (no final newline), or nil when `value` holds something only
    /// `JSONEncoder` prints (see above).
    /// - Throws: `EncodingError` for a time stamp outside the years 1 to 9999, as `JSONEncoder` does.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8]? {
        let root = NodeEncoder(parent: nil, key: nil)
        do {
            try root.encodeValue(value)
        } catch is Unsupported {
            return nil
        }
        if root.needsFoundation { return nil }
        var printer = Printer()
        printer.write(root.node ?? .object(ObjectBox()), level: 0)
        return printer.bytes
    }

    /// Something printed differently by `JSONEncoder` than by this writer: fall back to it.
    struct Unsupported: Error {}
}

// MARK: - The tree

/// A JSON value being built. Lists and objects are boxes because a container is filled after
/// it has been handed out.
enum Node {
    case string(String)
    case int(Int64)
    case uint(UInt64)
    case bool(Bool)
    case null
    case array(ArrayBox)
    case object(ObjectBox)
}

final class ArrayBox {
    var items: [Node] = []
}

final class ObjectBox {
    var keys: [String] = []
    var values: [Node] = []

    /// Sets `key` (a key set twice keeps its first place and its last value, as `JSONEncoder`).
    func set(_ key: String, _ value: Node) {
        if let i = keys.lastIndex(of: key) { values[i] = value; return }
        keys.append(key); values.append(value)
    }
}

// MARK: - The Encoder

final class NodeEncoder: Encoder {
    var node: Node?
    let parent: NodeEncoder?
    let key: (any CodingKey)?

    init(parent: NodeEncoder?, key: (any CodingKey)?) {
        self.parent = parent; self.key = key
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var at: NodeEncoder? = self
        while let encoder = at {
            if let key = encoder.key { path.append(key) }
            at = encoder.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: ObjectBox
        if case .object(let existing) = node { box = existing } else { box = ObjectBox(); node = .object(box) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(encoder: self, box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: ArrayBox
        if case .array(let existing) = node { box = existing } else { box = ArrayBox(); node = .array(box) }
        return UnkeyedNodeContainer(encoder: self, box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleNodeContainer(encoder: self) }

    /// Encodes `value` as this encoder's node.
    func encodeValue<T: Encodable>(_ value: T) throws {
        node = try box(value, key: nil, inPlace: true)
    }

    /// The node of `value`, written under `key` of this encoder. The values whose bytes
    /// `JSONEncoder` decides itself come first; other types encode themselves into a child.
    func box<T: Encodable>(_ value: T, key: (any CodingKey)?, inPlace: Bool = false) throws -> Node {
        if T.self == String.self { return .string(value as! String) }
        if T.self == Int.self { return .int(Int64(value as! Int)) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Date.self {
            let date = value as! Date
            guard let text = Timestamp.format(date) else {
                let path = codingPath + (key.map { [$0] } ?? [])
                throw EncodingError.invalidValue(date, EncodingError.Context(
                    codingPath: path, debugDescription: "A time stamp must fall in the years 1 to 9999"))
            }
            return .string(text)
        }
        if T.self == Double.self || T.self == Float.self || T.self == Data.self || T.self == URL.self
            || T.self == Decimal.self {
            throw DocumentEncoder.Unsupported()
        }
        let child = inPlace ? self : NodeEncoder(parent: self, key: key)
        try value.encode(to: child)
        // A value that encodes nothing is an empty object, as JSONEncoder writes it.
        return child.node ?? .object(ObjectBox())
    }

    /// Set on the root when a type asked for a `superEncoder()` (rare; not printed here).
    private var usedSuperEncoder = false
    var needsFoundation: Bool { usedSuperEncoder }

    /// An encoder for `superEncoder()`: what it receives is not kept, and the whole document
    /// is left to `JSONEncoder` (see ``DocumentEncoder/encode(_:)``).
    func detachedForSuper(_ key: any CodingKey) -> any Encoder {
        var root = self
        while let up = root.parent { root = up }
        root.usedSuperEncoder = true
        return NodeEncoder(parent: self, key: key)
    }

    static func integer<T: BinaryInteger>(_ value: T) -> Node {
        if let small = Int64(exactly: value) { return .int(small) }
        return .uint(UInt64(value))
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: NodeEncoder
    let box: ObjectBox
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .int(Int64(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { box.set(key.stringValue, .int(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { box.set(key.stringValue, NodeEncoder.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try encoder.box(value, key: key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                         forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(encoder: NodeEncoder(parent: encoder, key: key), box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.set(key.stringValue, .array(nested))
        return UnkeyedNodeContainer(encoder: NodeEncoder(parent: encoder, key: key), box: nested)
    }

    mutating func superEncoder() -> any Encoder { encoder.detachedForSuper(IndexKey(stringValue: "super")) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.detachedForSuper(key) }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let encoder: NodeEncoder
    let box: ArrayBox
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { box.items.count }

    private var nextKey: IndexKey { IndexKey(intValue: box.items.count) }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Double) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Float) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Int) throws { box.items.append(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { box.items.append(.int(value)) }
    mutating func encode(_ value: UInt) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { box.items.append(NodeEncoder.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try encoder.box(value, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        let key = nextKey
        box.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(encoder: NodeEncoder(parent: encoder, key: key), box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        let key = nextKey
        box.items.append(.array(nested))
        return UnkeyedNodeContainer(encoder: NodeEncoder(parent: encoder, key: key), box: nested)
    }

    mutating func superEncoder() -> any Encoder { encoder.detachedForSuper(nextKey) }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Double) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Float) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Int) throws { encoder.node = .int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: Int16) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: Int32) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: Int64) throws { encoder.node = .int(value) }
    mutating func encode(_ value: UInt) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: UInt8) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: UInt16) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: UInt32) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode(_ value: UInt64) throws { encoder.node = NodeEncoder.integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try encoder.box(value, key: nil, inPlace: true)
    }
}

/// A position in a list, or a key made at run time, on a coding path.
struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(intValue: Int) { stringValue = "Index \(intValue)"; self.intValue = intValue }
    init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
}

// MARK: - Printing

/// Prints a ``Node`` tree as `JSONEncoder`'s pretty, sorted output.
struct Printer {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 16) }

    mutating func write(_ node: Node, level: Int) {
        switch node {
        case .string(let text): writeString(text)
        case .int(let value): writeInteger(value)
        case .uint(let value): bytes.append(contentsOf: String(value).utf8)
        case .bool(let value): bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        case .null: bytes.append(contentsOf: Self.nullBytes)
        case .array(let box):
            bytes.append(UInt8(ascii: "["))
            bytes.append(0x0A)
            if box.items.isEmpty {
                bytes.append(0x0A)
            } else {
                for (i, item) in box.items.enumerated() {
                    indent(level + 1)
                    write(item, level: level + 1)
                    if i < box.items.count - 1 { bytes.append(UInt8(ascii: ",")) }
                    bytes.append(0x0A)
                }
            }
            indent(level)
            bytes.append(UInt8(ascii: "]"))
        case .object(let box):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(0x0A)
            if box.keys.isEmpty {
                bytes.append(0x0A)
            } else {
                let order = box.keys.indices.sorted { box.keys[$0] < box.keys[$1] }
                for (n, i) in order.enumerated() {
                    indent(level + 1)
                    writeString(box.keys[i])
                    bytes.append(contentsOf: Self.colon)
                    write(box.values[i], level: level + 1)
                    if n < order.count - 1 { bytes.append(UInt8(ascii: ",")) }
                    bytes.append(0x0A)
                }
            }
            indent(level)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8), colon = Array(" : ".utf8)
    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func indent(_ level: Int) {
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    private mutating func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(contentsOf: String(value).utf8); return }
        if value < 10 { bytes.append(0x30 + UInt8(value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while n > 0 { buffer[19 - count] = 0x30 + UInt8(n % 10); n /= 10; count += 1 }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
