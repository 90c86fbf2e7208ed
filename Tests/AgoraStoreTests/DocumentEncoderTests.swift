import Foundation
import Testing
import PropertyBased
import AgoraCore
@testable import AgoraStore
import AgoraTestSupport

/// The session file's own encoder writes exactly the bytes of `JSONEncoder` (pretty, sorted
/// keys, slashes unescaped, dates as time stamps), on random sessions and on any text.
@Suite("Document encoder (property)")
struct DocumentEncoderTests {
    private func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        [UInt8](try SessionFile.documentEncoder().encode(value))
    }

    @Test func randomSessionsGiveJSONEncodersBytes() async {
        await propertyCheck(count: TestEffort.runs(60), input: Gen.uint64(in: 0...UInt64.max)) { seed in
            let session = RandomSessions.session(seed: seed, steps: 120).session
            let bytes = try #require(try DocumentEncoder.encode(session))
            let expected = try foundation(session)
            #expect(bytes == expected, "seed \(seed)")
        }
    }

    @Test func largeSyntheticAndDemoSessionsGiveJSONEncodersBytes() throws {
        for session in [Session.synthetic(participants: 700, topics: 30, rounds: 3, rooms: 8, cities: 9, seed: 3),
                        DemoSession.make()] {
            let expected = try foundation(session)
            #expect(try DocumentEncoder.encode(session) == expected)
        }
    }

    @Test func anyTextIsEscapedAsJSONEncoderEscapesIt() async {
        // Every control character, quotes, backslashes, slashes, and any scalar at all.
        let specials: [Unicode.Scalar] = (0...0x20).map { Unicode.Scalar($0)! } + ["\"", "\\", "/", "\u{7F}", "\u{2028}", "\u{FEFF}"]
        // Half the draws are the specials; the other half any scalar.
        let scalar = Gen.int(in: 0...(2 * 0x10FFFF)).compactMap { n -> Unicode.Scalar? in
            n % 2 == 0 ? specials[(n / 2) % specials.count] : Unicode.Scalar(UInt32(n / 2))
        }
        await propertyCheck(count: TestEffort.runs(300), input: scalar.array(of: 0...30), Gen.int(in: 0...(SessionFixtures.naughtyStrings.count - 1))) { list, index in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: list)
            let raw = String(view), naughty = SessionFixtures.naughtyStrings[index]
            var session = SessionFixtures.empty
            session.meeting.title = raw
            session.meeting.venue = naughty
            session.participants = [Participant(id: ParticipantID(1), name: naughty + raw, city: raw, organization: "", role: raw)]
            session.log = [LogEntry(at: SessionFixtures.start, text: raw)]
            let expected = try foundation(session)
            #expect(try DocumentEncoder.encode(session) == expected, "\(raw.debugDescription)")
        }
    }

    /// Keys the model never has (digits, case, non-ASCII), negative and extreme integers,
    /// nil, nested lists and empty containers, printed as Foundation prints them.
    @Test func keysNumbersAndEmptyContainersMatchFoundation() throws {
        struct Odd: Encodable {
            var keys: [String: Int] = ["b": 1, "B": 2, "a10": 3, "a9": 4, "_x": 5, "é": 6, "ë": 7, "Z": 8, "": 9]
            var numbers: [Int64] = [0, -1, 9, 10, .max, .min]
            var unsigned: [UInt64] = [0, .max]
            var small: [Int8] = [.min, .max]
            var maybe: Int? = nil
            var nothing: [String?] = [nil, "x"]
            var empty: [[Int]] = [[], [1], []]
            var emptyObject: [String: String] = [:]
            var when = Date(timeIntervalSince1970: 1_369_040_400)
            var flags = [true, false]
        }
        let one = try foundation(Odd()), two = try foundation([Odd(), Odd()])
        #expect(try DocumentEncoder.encode(Odd()) == one)
        #expect(try DocumentEncoder.encode([Odd(), Odd()]) == two)
    }

    @Test func valuesOnlyFoundationPrintsFallBackToIt() throws {
        struct Measured: Encodable { var ratio = 1.5; var name = "x" }
        #expect(try DocumentEncoder.encode(Measured()) == nil)
        #expect(try DocumentEncoder.encode(["a": URL(fileURLWithPath: "/tmp/a")]) == nil)
    }

    @Test func aTimeStampOutOfRangeIsRefusedWithItsPath() throws {
        var session = SessionFixtures.empty
        session.log = [LogEntry(at: Date(timeIntervalSince1970: -70_000_000_000), text: "too early")]
        #expect {
            try SessionFile.encode(session)
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["log", "Index 0", "at"]
        }
    }
}
