import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// Every load error says which file, where (line:column and/or JSON path), what is wrong and
/// what to do, and is asserted literally here.
@Suite("Session file load errors")
struct SessionFileErrorTests {
    /// A small session: one room, one round, two people, two topics, a ballot and a slot.
    static func small() throws -> Session {
        try SessionFixtures.build([
            .setup(.addRoom(name: "Auditorium", capacity: 40)),
            .setup(.addRound(start: ClockTime(hour: 10, minute: 0)!, minutes: 45)),
            .people(.add(ParticipantFields(name: "Ana", city: "Lyon"))),
            .people(.add(ParticipantFields(name: "Jean", city: "Bordeaux"))),
            .topics(.propose(TopicFields(title: "Bikes", proposer: ParticipantID(1)))),
            .topics(.propose(TopicFields(title: "Buses"))),
            .voting(.open),
            .voting(.addDots(ParticipantID(2), TopicID(1), count: 2)),
            .topics(.merge(TopicID(2), into: TopicID(1))),
            .plan(.setSelection([TopicID(1)])),
            .plan(.place(TopicID(1), round: RoundID(1), room: RoomID(1), pinned: false)),
        ])
    }

    static func text() throws -> String { String(decoding: try SessionFile.encode(try small()), as: UTF8.self) }

    /// Replaces exactly one occurrence of `old` in the small session's file.
    static func broken(_ old: String, _ new: String) throws -> Data {
        let text = try text()
        let parts = text.components(separatedBy: old)
        precondition(parts.count == 2, "“\(old)” must occur once, occurs \(parts.count - 1) times")
        return Data(parts.joined(separator: new).utf8)
    }

    static func message(_ data: Data) -> String {
        do {
            _ = try SessionFile.decode(data, source: "sessions/lyon.json")
            return "(loaded)"
        } catch let error as SessionFileError {
            return error.description
        } catch {
            return "(other error) \(error)"
        }
    }

    static let cases: [(name: String, data: @Sendable () throws -> Data)] = [
        ("missing comma", { try broken("\"name\" : \"Ana\",", "\"name\" : \"Ana\"") }),
        ("line break in string", { try broken("\"name\" : \"Jean\"", "\"name\" : \"Je\nan\"") }),
        ("bad escape", { try broken("\"name\" : \"Jean\"", "\"name\" : \"J\\qean\"") }),
        ("leading zero", { try broken("\"capacity\" : 40", "\"capacity\" : 040") }),
        ("truncated", { Data(try text().utf8.prefix(300)) }),
        ("empty", { Data() }),
        ("only spaces", { Data("  \n".utf8) }),
        ("not UTF-8", { var d = try broken("\"name\" : \"Jean\"", "\"name\" : \"Jé\""); d[d.firstRange(of: Data("é".utf8))!.lowerBound] = 0xFF; return d }),
        ("garbage after", { Data((try text() + "x").utf8) }),
        ("wrong type", { try broken("\"city\" : \"Lyon\"", "\"city\" : 12") }),
        ("null", { try broken("\"capacity\" : 40", "\"capacity\" : null") }),
        ("list for object", { try broken("\"groupRules\" : {\n    \"minSize\" : 2\n  }", "\"groupRules\" : [2]") }),
        ("top-level list", { Data("[1, 2]".utf8) }),
        ("missing key", { try broken("    \"hostCity\" : \"Bordeaux\",\n", "") }),
        ("unknown enum", { try broken("\"area\" : \"economy\"", "\"area\" : \"smart\"") }),
        ("bad date", { try broken("\"date\" : \"2013-10-02\"", "\"date\" : \"2013-02-30\"") }),
        ("bad time", { try broken("\"start\" : \"10:00\"", "\"start\" : \"25:00\"") }),
        ("bad time stamp", { try broken("\"at\" : \"2013-06-27T08:00:00Z\"", "\"at\" : \"yesterday\"") }),
        ("ballot for nobody", { try broken("\"participant\" : 2,", "\"participant\" : 9,") }),
        ("slot in unknown room", { try broken("\"room\" : 1,", "\"room\" : 5,") }),
        ("merged into unknown topic", { try broken("\"mergedInto\" : 1", "\"mergedInto\" : 7") }),
        ("duplicate id", { try broken("\"id\" : 2,\n      \"name\" : \"Jean\"", "\"id\" : 1,\n      \"name\" : \"Jean\"") }),
        ("newer version", { try broken("\"schemaVersion\" : 1", "\"schemaVersion\" : 2") }),
        ("newer version, other shape", { try broken("\"schemaVersion\" : 1", "\"schemaVersion\" : 3, \"people\" : []").replacing(Data("\"participants\"".utf8), with: Data("\"attendees\"".utf8)) }),
        ("version zero", { try broken("\"schemaVersion\" : 1", "\"schemaVersion\" : 0") }),
    ]

    static let expected: [String: String] = [
        "missing comma": "sessions/lyon.json:91:7: not valid JSON: expected “,” or “}” after a value, found “\"”. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "line break in string": "sessions/lyon.json:98:19: not valid JSON: a line break or control character inside a string; write it as an escape such as \\n. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "bad escape": "sessions/lyon.json:98:18: not valid JSON: invalid escape “\\q” in a string. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "leading zero": "sessions/lyon.json:109:20: not valid JSON: a number cannot start with 0. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "truncated": "sessions/lyon.json:27:7: not valid JSON: this string is never closed (missing “\"”). Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "empty": "sessions/lyon.json:1:1: not valid JSON: the file is empty. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "only spaces": "sessions/lyon.json:1:1: not valid JSON: the file is empty. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "not UTF-8": "sessions/lyon.json:98:18: not valid JSON: the file is not UTF-8 text (byte 0xFF here); save it as UTF-8. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "garbage after": "sessions/lyon.json:157:1: not valid JSON: unexpected “x” after the end of the document. Fix the file in a text editor at that place, or restore it from a backup; Agora did not change it.",
        "wrong type": "sessions/lyon.json:88:16: $.participants[0].city: expected a string, found a number. Correct that value in a text editor; Agora did not change the file.",
        "null": "sessions/lyon.json:109:20: $.rooms[0].capacity: expected a whole number, found null. Correct that value in a text editor; Agora did not change the file.",
        "list for object": "sessions/lyon.json:22:18: $.groupRules: expected an object, found a list. Correct that value in a text editor; Agora did not change the file.",
        "top-level list": "sessions/lyon.json:1:1: $: expected an object, found a list. Correct that value in a text editor; Agora did not change the file.",
        "missing key": "sessions/lyon.json:71:15: $.meeting: the key “hostCity” is missing. Add it in a text editor; Agora did not change the file.",
        "unknown enum": "sessions/lyon.json:72:14: $.meeting.area: unknown value “smart”; expected one of economy, people, governance, mobility, environment, living. Correct that value in a text editor; Agora did not change the file.",
        "bad date": "sessions/lyon.json:73:14: $.meeting.date: “2013-02-30” is not a date: 2013-02 has 28 days. Correct that value in a text editor; Agora did not change the file.",
        "bad time": "sessions/lyon.json:118:17: $.rounds[0].start: “25:00” is not a time of the form HH:MM. Correct that value in a text editor; Agora did not change the file.",
        "bad time stamp": "sessions/lyon.json:27:14: $.log[0].at: “yesterday” is not a time stamp of the form YYYY-MM-DDTHH:MM:SSZ. Correct that value in a text editor; Agora did not change the file.",
        "ballot for nobody": "sessions/lyon.json:13:23: $.ballots[0].participant: there is no participant 9. Correct or remove that reference in a text editor; Agora did not change the file.",
        "slot in unknown room": "sessions/lyon.json:124:16: $.schedule[0].room: there is no room 5. Correct or remove that reference in a text editor; Agora did not change the file.",
        "merged into unknown topic": "sessions/lyon.json:141:22: $.topics[1].mergedInto: there is no topic 7. Correct or remove that reference in a text editor; Agora did not change the file.",
        "duplicate id": "sessions/lyon.json:97:14: $.participants[1].id: participant 1 appears twice. Correct or remove that reference in a text editor; Agora did not change the file.",
        "newer version": "sessions/lyon.json:129:21: $.schemaVersion: written by a newer Agora (schemaVersion 2; this Agora reads up to 1). Upgrade Agora to open it; Agora did not change the file.",
        "newer version, other shape": "sessions/lyon.json:129:21: $.schemaVersion: written by a newer Agora (schemaVersion 3; this Agora reads up to 1). Upgrade Agora to open it; Agora did not change the file.",
        "version zero": "sessions/lyon.json:129:21: $.schemaVersion: unknown schemaVersion 0; Agora files start at 1. Correct that value in a text editor; Agora did not change the file.",
    ]

    @Test(arguments: cases.map(\.name))
    func loadErrorMessage(_ name: String) throws {
        let data = try Self.cases.first { $0.name == name }!.data()
        #expect(Self.message(data) == Self.expected[name], "\(name)")
    }

    @Test func errorFieldsAreSeparate() throws {
        do {
            _ = try SessionFile.decode(try Self.broken("\"city\" : \"Lyon\"", "\"city\" : 12"), source: "a.json")
            Issue.record("loaded")
        } catch let error as SessionFileError {
            #expect(error == SessionFileError(file: "a.json", line: 88, column: 16, path: "$.participants[0].city",
                                              reason: "expected a string, found a number", hint: SessionFile.hintForValue))
        }
    }

    @Test func descriptionLeavesOutWhatIsUnknown() {
        #expect(SessionFileError(file: "x.json", reason: "gone").description == "x.json: gone.")
        #expect(SessionFileError(file: "x.json", line: 3, reason: "bad", hint: "Fix it.").description == "x.json:3: bad. Fix it.")
        #expect(SessionFileError(file: "x.json", path: "$.a", reason: "bad").description == "x.json: $.a: bad.")
    }

    @Test func aTrailingCommaIsRefused() throws {
        // RFC 8259 has no trailing comma (Foundation's reader accepts it; the strict reader does not).
        let data = try Self.broken("\"venue\" : \"Hangar 14\"", "\"venue\" : \"Hangar 14\",")
        #expect(Self.message(data).hasPrefix("sessions/lyon.json:76:26: not valid JSON: a comma before “}”"))
    }
}
