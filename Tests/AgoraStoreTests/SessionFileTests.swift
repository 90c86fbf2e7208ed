import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

@Suite("Session file codec")
struct SessionFileTests {
    static func fixtures() throws -> [(String, Session)] {
        [("empty", SessionFixtures.empty), ("every operation", try SessionFixtures.everyOperation()),
         ("ranked", try SessionFixtures.ranked()), ("hostile", try SessionFixtures.hostile())]
    }

    @Test func saveLoadSaveIsByteIdentical() throws {
        for (name, session) in try Self.fixtures() {
            let first = try SessionFile.encode(session)
            let loaded = try SessionFile.decode(first, source: "\(name).json")
            #expect(loaded == session, "\(name)")
            let second = try SessionFile.encode(loaded)
            #expect(first == second, "\(name)")
        }
    }

    @Test func encodingIsPrettySortedAndEndsWithANewline() throws {
        let text = String(decoding: try SessionFile.encode(try SessionFixtures.everyOperation()), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"assignments\" : ["))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"at\" : \"2013-06-27T08:00:00Z\""))
        #expect(text.contains("\"date\" : \"2013-10-02\""))
        #expect(text.contains("\"start\" : \"10:00\""))
        #expect(text.contains("\"status\" : \"in-progress\""))
        #expect(!text.contains("null"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(keys.count == 18)
    }

    @Test func timeStampsAreUTCToTheSecond() throws {
        let cases: [(Double, String)] = [(0, "1970-01-01T00:00:00Z"), (1_372_320_000, "2013-06-27T08:00:00Z"),
                                         (1_372_320_059.999, "2013-06-27T08:00:59Z"), (-1, "1969-12-31T23:59:59Z"),
                                         (951_782_400, "2000-02-29T00:00:00Z"), (253_402_300_799, "9999-12-31T23:59:59Z"),
                                         (-62_135_596_800, "0001-01-01T00:00:00Z")]
        for (seconds, text) in cases {
            #expect(Timestamp.format(Date(timeIntervalSince1970: seconds)) == text)
            #expect(Timestamp.parse(text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
        }
        #expect(Timestamp.format(Date(timeIntervalSince1970: 253_402_300_800)) == nil)
        for bad in ["2013-06-27 08:00:00Z", "2013-06-27T08:00:00", "2013-02-30T08:00:00Z", "2013-06-27T24:00:00Z", "2013-06-27T08:00:00+00:00", "", "２０13-06-27T08:00:00Z"] {
            #expect(Timestamp.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func encodingRefusesATimeStampItCannotWrite() throws {
        var session = SessionFixtures.empty
        session.log.append(LogEntry(at: Date(timeIntervalSince1970: 1e12), text: "far future"))
        #expect(throws: EncodingError.self) { try SessionFile.encode(session) }
    }

    @Test func referenceProblemsOfAValidSessionAreNone() throws {
        for (name, session) in try Self.fixtures() {
            #expect(SessionFile.referenceProblems(in: session).isEmpty, "\(name)")
        }
    }

    @Test func referenceProblemsListEveryDanglingReference() throws {
        var s = try SessionFixtures.everyOperation()
        s.ballots[0].participant = ParticipantID(99)
        s.schedule[0].room = RoomID(42)
        s.topics[2].mergedInto = TopicID(77)
        s.projects[0].origins.experiences = [ExperienceID(9)]
        s.participants[1].id = s.participants[0].id
        s.nextIDs.topic = 2
        let problems = SessionFile.referenceProblems(in: s).map(\.description)
        #expect(problems == [
            "$.participants[1].id: participant 1 appears twice",
            "$.topics[1].id: topic 2 is not below $.nextIDs.topic (2), so a new topic would get the same number",
            "$.topics[2].id: topic 3 is not below $.nextIDs.topic (2), so a new topic would get the same number",
            "$.topics[3].id: topic 4 is not below $.nextIDs.topic (2), so a new topic would get the same number",
            "$.topics[4].id: topic 5 is not below $.nextIDs.topic (2), so a new topic would get the same number",
            "$.topics[1].proposer: there is no participant 2",
            "$.topics[2].mergedInto: there is no topic 77",
            "$.ballots[0].participant: there is no participant 99",
            "$.ballots[1].participant: there is no participant 2",
            "$.schedule[0].room: there is no room 42",
            "$.assignments[1].participant: there is no participant 2",
            "$.projects[0].origins.experiences[0]: there is no experience 9",
        ])
    }

    @Test func jsonPathsReadLikeJavaScript() {
        #expect(JSONPath().description == "$")
        #expect((JSONPath() / "participants" / 3 / "city").description == "$.participants[3].city")
        #expect((JSONPath() / "odd key" / "quote\"").description == "$[\"odd key\"][\"quote\\\"\"]")
    }
}
