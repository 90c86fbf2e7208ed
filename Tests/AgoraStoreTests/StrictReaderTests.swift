import Foundation
import Testing
import AgoraCore
import AgoraTestSupport
@testable import AgoraStore

/// The strict reader and the rules checked on load (issue 9, findings 1, 2, 4 and 5): every
/// file that breaks them is refused with its place, its JSON path and what to do; none loads
/// half, none crashes.
@Suite("Session file: strict reading and rules on load")
struct StrictReaderTests {
    static func message(_ data: Data) -> String { SessionFileErrorTests.message(data) }
    static func broken(_ old: String, _ new: String) throws -> Data { try SessionFileErrorTests.broken(old, new) }
    static let value = SessionFile.hintForValue
    static let syntax = SessionFile.hintForSyntax

    static let cases: [(name: String, data: @Sendable () throws -> Data, expected: String)] = [
        // Finding 5: RFC 8259 exactly.
        ("trailing comma in an object", { try broken("\"venue\" : \"Hangar 14\"", "\"venue\" : \"Hangar 14\",") },
         "sessions/lyon.json:76:26: not valid JSON: a comma before “}”: JSON allows no trailing comma; remove it. \(syntax)"),
        ("trailing comma in a list", { try broken("\"ranking\" : [\n\n      ]", "\"ranking\" : [ 1, ]") },
         "sessions/lyon.json:14:22: not valid JSON: a comma before “]”: JSON allows no trailing comma; remove it. \(syntax)"),
        ("duplicate key", { try broken("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"schemaVersion\" : 2") },
         "sessions/lyon.json:129:24: $.schemaVersion: the key “schemaVersion” appears twice in this object; keep one. \(value)"),
        ("duplicate nested key", { try broken("\"capacity\" : 40", "\"capacity\" : 40, \"capacity\" : 4") },
         "sessions/lyon.json:109:24: $.rooms[0].capacity: the key “capacity” appears twice in this object; keep one. \(value)"),
        ("unknown key", { try broken("\"venue\" : \"Hangar 14\"", "\"venue\" : \"Hangar 14\", \"venu\" : \"x\"") },
         "sessions/lyon.json:76:28: $.meeting.venu: unknown key “venu”; did you mean “venue”? (Agora keeps no keys it does not know; rename or remove it). \(value)"),
        ("unknown key, other case", { try broken("\"minSize\" : 2", "\"minsize\" : 2") },
         "sessions/lyon.json:23:5: $.groupRules.minsize: unknown key “minsize”; did you mean “minSize”? (Agora keeps no keys it does not know; rename or remove it). \(value)"),
        ("unknown key, far from all", { try broken("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"comments\" : []") },
         "sessions/lyon.json:129:24: $.comments: unknown key “comments” (Agora keeps no keys it does not know; rename or remove it). \(value)"),
        ("fraction", { try broken("\"capacity\" : 40", "\"capacity\" : 1.5") },
         "sessions/lyon.json:109:20: $.rooms[0].capacity: the value 1.5 is not a whole number; a room's capacity is 1 to 10000 seats. \(value)"),
        ("exponent", { try broken("\"minutes\" : 45", "\"minutes\" : 4.5e1") },
         "sessions/lyon.json:117:19: $.rounds[0].minutes: the value 4.5e1 is not a whole number; a round's length is 1 to 1440 minutes. \(value)"),
        // Finding 4: out-of-range values.
        ("negative capacity", { try broken("\"capacity\" : 40", "\"capacity\" : -5") },
         "sessions/lyon.json:109:20: $.rooms[0].capacity: the value -5 is out of range; a room's capacity is 1 to 10000 seats. \(value)"),
        ("zero dots", { try broken("\"dotsPerParticipant\" : 5", "\"dotsPerParticipant\" : 0") },
         "sessions/lyon.json:148:28: $.voting.dotsPerParticipant: the value 0 is out of range; the dots per participant is 1 to 1000. \(value)"),
        ("round of 1441 minutes", { try broken("\"minutes\" : 45", "\"minutes\" : 1441") },
         "sessions/lyon.json:117:19: $.rounds[0].minutes: the value 1441 is out of range; a round's length is 1 to 1440 minutes. \(value)"),
        ("round of 2^63-1 minutes", { try broken("\"minutes\" : 45", "\"minutes\" : 9223372036854775807") },
         "sessions/lyon.json:117:19: $.rounds[0].minutes: the value 9223372036854775807 is out of range; a round's length is 1 to 1440 minutes. \(value)"),
        ("ballot of 2^63-1 dots", { try broken("\"count\" : 2", "\"count\" : 9223372036854775807") },
         "sessions/lyon.json:9:21: $.ballots[0].dots[0].count: the value 9223372036854775807 is out of range; a number of dots is 1 to 1000. \(value)"),
        ("wall count of 2^63-1", { try broken("\"wallCounts\" : [\n\n  ]", "\"wallCounts\" : [ { \"count\" : 9223372036854775807, \"topic\" : 1 } ]") },
         "sessions/lyon.json:153:32: $.wallCounts[0].count: the value 9223372036854775807 is out of range; a wall count is 1 to 1000000. \(value)"),
        ("number beyond 64 bits", { try broken("\"capacity\" : 40", "\"capacity\" : 123456789012345678901234567890") },
         "sessions/lyon.json:109:20: $.rooms[0].capacity: the value 123456789012345678901234567890 is out of range; a room's capacity is 1 to 10000 seats. \(value)"),
        ("id of zero", { try broken("\"id\" : 2,\n      \"name\" : \"Jean\"", "\"id\" : 0,\n      \"name\" : \"Jean\"") },
         "sessions/lyon.json:97:14: $.participants[1].id: the value 0 is out of range; an id is 1 to 1000000000. \(value)"),
        // Finding 4: values that break the rules together.
        ("ballot over the budget", { try broken("\"dotsPerParticipant\" : 5", "\"dotsPerParticipant\" : 1") },
         "sessions/lyon.json:7:16: $.ballots[0].dots: participant 2 placed 2 dots, more than the 1 each may place ($.voting.dotsPerParticipant). Lower that ballot, or raise the rule in $.voting, in a text editor; Agora did not change the file."),
        ("ballot over the cap", { try broken("\"count\" : 2", "\"count\" : 4") },
         "sessions/lyon.json:9:21: $.ballots[0].dots[0].count: participant 2 has 4 dots on topic 1, more than the cap of 3 per topic ($.voting.capPerTopic). Lower that ballot, or raise the rule in $.voting, in a text editor; Agora did not change the file."),
        ("smallest group above the largest", { try broken("\"minSize\" : 2", "\"maxSize\" : 2, \"minSize\" : 5") },
         "sessions/lyon.json:23:17: $.groupRules.maxSize: the largest group size (2) is below the smallest ($.groupRules.minSize, 5). Raise maxSize or lower minSize in a text editor; Agora did not change the file."),
        ("two topics in one room slot", { try broken("\"topic\" : 1\n    }\n  ],\n  \"schemaVersion\"",
                                                     "\"topic\" : 1\n    }, { \"pinned\" : false, \"room\" : 1, \"round\" : 1, \"topic\" : 2 }\n  ],\n  \"schemaVersion\"") },
         "sessions/lyon.json:127:37: $.schedule[1].room: room 1 already has a topic in round 1; one topic per room and round. Move or remove one of them in a text editor; Agora did not change the file."),
        ("two groups for one person", { try broken("\"assignments\" : [\n\n  ]", "\"assignments\" : [ { \"locked\" : false, \"participant\" : 1, \"round\" : 1, \"topic\" : 1 }, { \"locked\" : false, \"participant\" : 1, \"round\" : 1, \"topic\" : 1 } ]") },
         "sessions/lyon.json:2:124: $.assignments[1].participant: participant 1 has a second group in round 1. Move or remove one of them in a text editor; Agora did not change the file."),
        // Finding 5: encodings.
        ("UTF-8 byte order mark", { Data([0xEF, 0xBB, 0xBF]) + Data(try SessionFileErrorTests.text().utf8) },
         "sessions/lyon.json:1:1: not valid JSON: the file starts with a byte order mark (U+FEFF), which JSON does not allow; save it as UTF-8 without a byte order mark. \(syntax)"),
        ("UTF-16 with a byte order mark", { try SessionFileErrorTests.text().data(using: .utf16)! },
         "sessions/lyon.json:1:1: not valid JSON: the file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8. \(syntax)"),
        ("UTF-16 without a byte order mark", { try SessionFileErrorTests.text().data(using: .utf16LittleEndian)! },
         "sessions/lyon.json:1:1: not valid JSON: the file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8. \(syntax)"),
        // Sizes.
        ("a 1 MB name", { try broken("\"name\" : \"Jean\"", "\"name\" : \"" + String(repeating: "n", count: 1 << 20) + "\"") },
         "sessions/lyon.json:98:16: $.participants[1].name: the text has 1048576 characters; at most 500 are allowed here. \(value)"),
        // Finding 2: depth.
        ("10 000 [", { Data(String(repeating: "[", count: 10_000).utf8) },
         "sessions/lyon.json:1:65: $[0][0][0][0][0][0][0][0]…: lists and objects are nested deeper than 64 levels. \(value)"),
        ("deep nesting in a known key", { try broken("\"ranking\" : [\n\n      ]", "\"ranking\" : " + String(repeating: "[", count: 100_000)) },
         "sessions/lyon.json:14:80: $.ballots[0].ranking[0][0][0][0][0]…: lists and objects are nested deeper than 64 levels. \(value)"),
    ]

    @Test(arguments: cases.map(\.name))
    func refusedWithPlaceAndPath(_ name: String) throws {
        let item = Self.cases.first { $0.name == name }!
        let message = Self.message(try item.data())
        #expect(message == item.expected, "\(message)")
    }

    /// Regression (issue 9, finding 2): 10 000 `[` inside `"tags"` overflowed the stack.
    @Test func deepNestingInsideTagsIsAMessageNotACrash() throws {
        var s = try SessionFileErrorTests.small()
        s.must(.work(.addExperience(ExperienceFields(city: "Lyon", title: "Bike lanes", tags: ["bikes"]))))
        let text = String(decoding: try SessionFile.encode(s), as: UTF8.self)
        let deep = text.replacingOccurrences(of: "\"bikes\"", with: String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        let message = Self.message(Data(deep.utf8))
        #expect(message.contains("$.experiences[0].tags[0][0][0][0][0]…: lists and objects are nested deeper than 64 levels"), "\(message)")
        // Within the limit, the value is only of the wrong type.
        let shallow = text.replacingOccurrences(of: "\"bikes\"", with: "[[[1]]]")
        #expect(Self.message(Data(shallow.utf8)).contains("$.experiences[0].tags[0]: expected a string, found a list"))
    }

    /// After a wrong value, the loader looks for the schema version (to tell a newer file);
    /// deep nesting further on, which the strict reader never reached, must not crash that look.
    @Test func deepNestingAfterTheFirstFaultIsNotACrash() throws {
        let text = try SessionFileErrorTests.text()
            .replacingOccurrences(of: "\"assignments\" : [\n\n  ]", with: "\"assignments\" : [ { \"x\" : 1 } ]")
            .replacingOccurrences(of: "\"ballots\" : [", with: "\"ballots\" : [" + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + ",")
        let message = Self.message(Data(text.utf8))
        #expect(message.hasPrefix("sessions/lyon.json:2:23: $.assignments[0].x: unknown key “x”"), "\(message.prefix(300))")
        var scanner = JSONScanner(Array(text.utf8))
        #expect(scanner.offset(of: JSONPath([.key("schemaVersion")])) == nil)
    }

    /// Random damage to a file (bytes changed, inserted, removed; brackets and commas added)
    /// gives a session or a located message, never another error and never a crash.
    @Test func randomDamageGivesASessionOrAMessage() throws {
        let count = TestEffort.runs(ci: 300, local: 2000)
        let original = Array(try SessionFileErrorTests.text().utf8)
        var random = SeededGenerator(seed: 2026)
        let inserts: [[UInt8]] = [Array("[".utf8), Array("{".utf8), Array(",".utf8), Array("\"".utf8), Array("\\u".utf8),
                                  [0xEF, 0xBB, 0xBF], [0xFF], [0x00], Array(String(repeating: "[", count: 70).utf8), Array("9223372036854775808".utf8)]
        var loaded = 0
        for _ in 0..<count {
            var bytes = original
            for _ in 0...random.below(3) {
                let at = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[at] = UInt8(random.below(256))
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: inserts[random.below(inserts.count)], at: at)
                }
            }
            do {
                _ = try SessionFile.decode(Data(bytes), source: "damaged.json")
                loaded += 1
            } catch let error as SessionFileError {
                #expect(error.line != nil || error.path != nil, "\(error)")
            }
        }
        // Both outcomes are reached: damage often leaves a file that loads, more often one refused.
        #expect(loaded > count / 20 && loaded < count * 9 / 10, "\(loaded) of \(count) damaged files loaded")
    }

    @Test func theFileSizeIsLimited() throws {
        let data = Data(try SessionFileErrorTests.text().utf8)
        #expect(throws: StrictJSONReader.Failure.self) {
            try StrictJSONReader.check(data + Data(repeating: 0x20, count: StrictJSONReader.maxFileBytes + 1 - data.count),
                                       shape: SessionShape.session)
        }
        do {
            try StrictJSONReader.check(Data(count: StrictJSONReader.maxFileBytes + 1), shape: .any)
        } catch {
            #expect(error.reason == "the file has 268435457 bytes, more than the 256 MiB a session file may have")
        }
    }

    @Test func withoutAShapeOnlySyntaxDepthAndDuplicatesAreChecked() throws {
        try StrictJSONReader.check(Data(#"{"a": [1, 2.5, {"b": null}], "c": "x"}"#.utf8), shape: .any)
        #expect(throws: StrictJSONReader.Failure(kind: .value, offset: 9, path: "$.a", reason: "the key “a” appears twice in this object; keep one")) {
            try StrictJSONReader.check(Data(#"{"a": 1, "a": 2}"#.utf8), shape: .any)
        }
        #expect(throws: StrictJSONReader.Failure(kind: .syntax, offset: 5, path: nil, reason: "a comma before “]”: JSON allows no trailing comma; remove it")) {
            try StrictJSONReader.check(Data("[1, 2, ]".utf8), shape: .any)
        }
        #expect(throws: StrictJSONReader.Failure(kind: .syntax, offset: 1, path: nil, reason: "a \\u escape names a lone surrogate")) {
            try StrictJSONReader.check(Data(#""\udc00""#.utf8), shape: .any)
        }
        try StrictJSONReader.check(Data(#""\ud83d\ude00 é 東京""#.utf8), shape: .any)
    }

    @Test func didYouMeanFindsNearKeys() {
        #expect(StrictJSONReader.nearest("participant", in: ["participants", "topics"]) == "participants")
        #expect(StrictJSONReader.nearest("TOPICS", in: ["participants", "topics"]) == "topics")
        #expect(StrictJSONReader.nearest("zzz", in: ["participants", "topics"]) == nil)
    }

    /// `agora list` reads only a file's header and counts; a file the loader refuses for a
    /// value out of range or an unknown key is still listed unreadable, with the loader's reason.
    @Test func theLibraryListsWhatTheLoaderRefusesAsUnreadable() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try Self.broken("\"capacity\" : 40", "\"capacity\" : -5").write(to: dir.url.appendingPathComponent("lyon.json"))
        let entries = try SessionLibrary(folder: dir.url, displayFolder: "lib").entries()
        guard case .unreadable(let reason) = entries.first?.content else { Issue.record("lyon.json was listed as readable"); return }
        #expect(reason == "lib/lyon.json:109:20: $.rooms[0].capacity: the value -5 is out of range; a room's capacity is 1 to 10000 seats. \(Self.value)")
    }

    /// The strict reader and the rules accept every file Agora writes.
    @Test func everyWrittenFileLoads() throws {
        var sessions = try SessionFileTests.fixtures()
        for seed in UInt64(1)...6 { sessions.append(("random-\(seed)", RandomSessions.session(seed: seed, steps: 150).session)) }
        for (name, session) in sessions {
            #expect(try SessionFile.decode(SessionFile.encode(session), source: name) == session, "\(name)")
        }
    }
}
