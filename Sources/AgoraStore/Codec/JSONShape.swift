import AgoraCore

/// What a JSON document may hold where, for ``StrictJSONReader``: the keys each object may
/// have, the item count of each list, the range of each whole number and the length of each
/// text. Built from ``DomainRange`` and ``TextLimit``, so the loader checks the same bounds
/// as the reducer. ``any`` checks nothing but syntax, depth and duplicate keys.
final class JSONShape: Sendable {
    enum Kind: Sendable { case object, array, integer, text, boolean, any }

    let kind: Kind
    /// Object: the keys it may have, and the shape of each value.
    let keys: [String]
    let keyBytes: [[UInt8]]
    let children: [JSONShape]
    /// Array: the shape of each item, and how many there may be.
    let element: JSONShape?
    let maxItems: Int
    /// Integer: the allowed values.
    let range: DomainRange?
    /// Text: the longest value, in Unicode scalars.
    let maxLength: Int

    private init(kind: Kind, keys: [String] = [], children: [JSONShape] = [], element: JSONShape? = nil,
                 maxItems: Int = .max, range: DomainRange? = nil, maxLength: Int = StrictJSONReader.maxTextLength) {
        precondition(keys.count <= 64, "an object shape holds at most 64 keys")
        self.kind = kind; self.keys = keys; self.keyBytes = keys.map { Array($0.utf8) }; self.children = children
        self.element = element; self.maxItems = maxItems; self.range = range; self.maxLength = maxLength
    }

    static func object(_ fields: KeyValuePairs<String, JSONShape>) -> JSONShape {
        JSONShape(kind: .object, keys: fields.map(\.key), children: fields.map(\.value))
    }
    static func array(_ element: JSONShape, max range: DomainRange? = nil) -> JSONShape {
        JSONShape(kind: .array, element: element, maxItems: range?.bounds.upperBound ?? .max)
    }
    static func integer(_ range: DomainRange) -> JSONShape { JSONShape(kind: .integer, range: range) }
    static func text(_ limit: TextLimit) -> JSONShape { JSONShape(kind: .text, maxLength: limit.maxLength) }
    /// A short fixed word: an enum value, a date, a time, a time stamp.
    static let word = JSONShape(kind: .text, maxLength: 64)
    static let boolean = JSONShape(kind: .boolean)
    static let any = JSONShape(kind: .any)

    /// The shape of an object's value at `key`, if the key is allowed.
    func child(_ key: String) -> JSONShape? { keys.firstIndex(of: key).map { children[$0] } }
}
