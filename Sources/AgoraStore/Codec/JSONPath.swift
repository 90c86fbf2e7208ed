/// A place in a JSON document, written the way people read it: `$.participants[3].city`.
struct JSONPath: Equatable, Sendable, CustomStringConvertible {
    enum Component: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    var components: [Component]

    init(_ components: [Component] = []) { self.components = components }

    /// The path a `DecodingError` reports: array positions come as keys named "Index N".
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue, key.stringValue == "Index \(index)" { return .index(index) }
            return .key(key.stringValue)
        }
    }

    func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }
    static func / (path: JSONPath, key: String) -> JSONPath { path.appending(key) }
    static func / (path: JSONPath, index: Int) -> JSONPath { path.appending(index) }

    var description: String {
        var out = "$"
        for component in components {
            switch component {
            case .index(let i): out += "[\(i)]"
            case .key(let k):
                let plain = !k.isEmpty && k.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
                    && !("0"..."9").contains(k.unicodeScalars.first!)
                out += plain ? ".\(k)" : "[\"\(k.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"]"
            }
        }
        return out
    }
}
