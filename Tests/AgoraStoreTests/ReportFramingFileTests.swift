import AgoraCore
@testable import AgoraStore
import Foundation
import Testing

/// The report's framing survives a save, a reopen and a replayed journal; files without it
/// load; a part over its limit is refused with its JSON path.
@Suite("Report framing in the session file")
struct ReportFramingFileTests {
    static func withoutFraming() throws -> Session {
        var s = try SessionFixtures.everyOperation()
        s.framing = nil
        return s
    }

    @Test func aFileWithoutAFramingLoadsWithoutOneAndIsWrittenWithoutTheKey() throws {
        let bytes = try SessionFile.encode(try Self.withoutFraming())
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\"framing\""))
        #expect(try SessionFile.decode(bytes, source: "s.json").framing == nil)
    }

    @Test func theFramingIsWrittenAsAnObjectAndReadBack() throws {
        let s = try SessionFixtures.everyOperation()
        let bytes = try SessionFile.encode(s)
        #expect(String(decoding: bytes, as: UTF8.self).contains("""
              "framing" : {
                "contact" : "Secretariat, digital@example.org",
                "context" : "The second of the network's meetings.\\n\\nOn the economy.",
                "synthesis" : "Cities want to link old and new industries."
              },
            """))
        #expect(try SessionFile.decode(bytes, source: "s.json") == s)
    }

    @Test func aContactLineOverItsLimitIsRefusedWithItsPath() throws {
        let good = String(decoding: try SessionFile.encode(try SessionFixtures.everyOperation()), as: UTF8.self)
        let long = good.replacingOccurrences(of: "\"contact\" : \"Secretariat, digital@example.org\"",
                                             with: "\"contact\" : \"\(String(repeating: "x", count: 501))\"")
        #expect(long != good)
        do {
            _ = try SessionFile.decode(Data(long.utf8), source: "s.json")
            Issue.record("a 501-character contact line loaded")
        } catch {
            let message = ErrorText.message(error)
            #expect(message.contains("$.framing.contact"), "\(message)")
            #expect(message.contains("500"), "\(message)")
        }
    }

    @Test func aReaderOfTheJournalSeesTheFramingAndUndoTakesItBack() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: try Self.withoutFraming())
        try store.apply(.setup(.setFraming(ReportFraming(synthesis: "Two projects.", contact: "Us"))))
        let reader = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(reader.session.framing == ReportFraming(synthesis: "Two projects.", contact: "Us"))
        try store.undo()
        try store.close()
        #expect(try SessionStore.open(at: folder.file("s.json"), mode: .readOnly).session.framing == nil)
    }
}
