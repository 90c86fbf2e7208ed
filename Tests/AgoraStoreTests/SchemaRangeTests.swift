import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// The published schema states the same bounds as Core: every key, list length, number range
/// and text length of `session.schema.json` equals what the loader's ``SessionShape`` takes
/// from ``DomainRange`` and ``TextLimit``.
@Suite("Session file schema agrees with the domain ranges")
struct SchemaRangeTests {
    typealias Node = [String: Any]

    static func schema() throws -> Node {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: SessionFileSchemaTests.schemaURL)) as? Node)
    }

    /// `node` with its `$ref` followed (local references only).
    static func resolve(_ node: Node, in root: Node) -> Node {
        guard let ref = node["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return node }
        let defs = root["$defs"] as? Node ?? [:]
        return resolve(defs[String(ref.dropFirst("#/$defs/".count))] as? Node ?? [:], in: root)
    }

    /// Every disagreement between `shape` and the schema `node` at `path`.
    static func differences(_ shape: JSONShape, _ raw: Node, _ path: String, _ root: Node) -> [String] {
        let node = resolve(raw, in: root)
        func number(_ key: String) -> Int? { (node[key] as? NSNumber)?.intValue }
        switch shape.kind {
        case .object:
            var out: [String] = []
            let properties = node["properties"] as? Node ?? [:]
            if Set(properties.keys) != Set(shape.keys) {
                out.append("\(path): schema keys \(properties.keys.sorted()) but the loader's \(shape.keys.sorted())")
            }
            if node["additionalProperties"] as? Bool != false { out.append("\(path): the schema allows other keys") }
            for (key, child) in zip(shape.keys, shape.children) {
                if let property = properties[key] as? Node { out += differences(child, property, "\(path).\(key)", root) }
            }
            return out
        case .array:
            var out: [String] = []
            let expected = shape.maxItems == .max ? nil : shape.maxItems
            if number("maxItems") != expected { out.append("\(path): maxItems \(number("maxItems").map(String.init) ?? "none"), loader \(expected.map(String.init) ?? "none")") }
            out += differences(shape.element!, node["items"] as? Node ?? [:], "\(path)[]", root)
            return out
        case .integer:
            let range = shape.range!
            if path == "$.schemaVersion" {
                // The loader reads any version to name a newer one; the schema is of version 1.
                return number("const") == Session.currentSchemaVersion ? [] : ["\(path): const \(String(describing: node["const"]))"]
            }
            guard node["type"] as? String == "integer", number("minimum") == range.bounds.lowerBound,
                  number("maximum") == range.bounds.upperBound else {
                return ["\(path): schema \(number("minimum").map(String.init) ?? "-")…\(number("maximum").map(String.init) ?? "-"), Core \(range.bounds)"]
            }
            return []
        case .text:
            if shape === JSONShape.word { return node["enum"] != nil || node["pattern"] != nil ? [] : ["\(path): a word without enum or pattern"] }
            return number("maxLength") == shape.maxLength && node["type"] as? String == "string"
                ? [] : ["\(path): maxLength \(number("maxLength").map(String.init) ?? "none"), Core \(shape.maxLength)"]
        case .boolean:
            return node["type"] as? String == "boolean" ? [] : ["\(path): not a boolean in the schema"]
        case .any:
            return ["\(path): the loader checks nothing here"]
        }
    }

    @Test func everyBoundAgrees() throws {
        let root = try Self.schema()
        let differences = Self.differences(SessionShape.session, root, "$", root)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func theSchemaStatesTheCoreRangesByValue() throws {
        // Spot checks in the words of the issue, against Core directly.
        let root = try Self.schema()
        let defs = try #require(root["$defs"] as? Node)
        let room = try #require((defs["room"] as? Node)?["properties"] as? Node)
        #expect((room["capacity"] as? Node)?["maximum"] as? Int == DomainRange.capacity.bounds.upperBound)
        let cadence = try #require((defs["cadence"] as? Node)?["properties"] as? Node)
        #expect((cadence["every"] as? Node)?["maximum"] as? Int == DomainRange.cadenceEvery.bounds.upperBound)
        #expect((defs["line"] as? Node)?["maxLength"] as? Int == TextLimit.line.maxLength)
    }
}
