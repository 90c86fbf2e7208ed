import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// `JSONScanner` finds the place of a value for load errors. It moves past strings without
/// decoding them and compares keys as bytes, so these pin the cases where that could go wrong.
@Suite("Session file: finding the place of a value")
struct JSONScannerTests {
    private func offset(_ json: String, _ path: [JSONPath.Component]) -> Int? {
        var scanner = JSONScanner(Array(json.utf8))
        return scanner.offset(of: JSONPath(path))
    }

    private func place(_ json: String, _ path: [JSONPath.Component]) -> String? {
        guard let at = offset(json, path) else { return nil }
        return String(decoding: Array(json.utf8)[at...].prefix(3), as: UTF8.self)
    }

    @Test func stringsHoldingQuotesBracesAndEscapesAreSkippedWhole() {
        let json = #"{"a": "x\"}]{[\\", "b": ["\"", "\\\"", {"c": "\u0022}"}], "d": 7}"#
        #expect(place(json, [.key("d")]) == "7}")
        #expect(place(json, [.key("b"), .index(2), .key("c")]) == #""\u"#)
    }

    @Test func aKeyWrittenWithEscapesIsTheSameKey() {
        // "name" with its "a" escaped, and a key holding a quote.
        let json = #"{"n\u0061me": 1, "q\"": 2, "name2": 3}"#
        #expect(place(json, [.key("name")]) == "1, ")
        #expect(place(json, [.key("q\"")]) == "2, ")
        #expect(place(json, [.key("name2")]) == "3}")
    }

    @Test func keysAreComparedExactlyNotByCanonicalEquivalence() {
        // "é" precomposed, then "e" + a combining acute: equal as Swift strings, not as keys.
        let json = "{\"caf\u{E9}\": 1, \"cafe\u{301}\": 2}"
        #expect(place(json, [.key("cafe\u{301}")]) == "2}")
        #expect(place(json, [.key("caf\u{E9}")]) == "1, ")
    }

    @Test func aPathThatIsNotThereOrAnUnclosedStringHasNoPlace() {
        #expect(offset(#"{"a": 1}"#, [.key("b")]) == nil)
        #expect(offset(#"{"a": "never closed, "b": 1"#, [.key("b")]) == nil)
        #expect(offset(#"{"a": "ends in a backslash\"#, [.key("b")]) == nil)
        #expect(offset("{\"a\": \"line\nbreak\", \"b\": 1}", [.key("b")]) == nil)
    }

    @Test func theLoaderStillNamesTheLineAndColumnAfterLongTexts() throws {
        // A wrong value after a list of long, escaped names: the message still says where.
        let names = (0..<200).map { Operation.people(.add(ParticipantFields(name: "P\"\\\($0) \u{E9}", city: "C"))) }
        let session = try SessionFixtures.build(names)
        var lines = String(decoding: try SessionFile.encode(session), as: UTF8.self).components(separatedBy: "\n")
        let versionLine = try #require(lines.firstIndex { $0.contains("\"schemaVersion\"") })
        lines[versionLine] = lines[versionLine].replacingOccurrences(of: ": 1", with: ": \"one\"")
        let text = lines.joined(separator: "\n")
        let error = try #require(throws: SessionFileError.self) { try SessionFile.decode(Data(text.utf8), source: "s.json") }
        #expect(error.line == versionLine + 1)
        #expect(error.column == lines[versionLine].utf8.count - "\"one\",".utf8.count + 1)
        #expect(error.path == "$.schemaVersion")
    }
}
