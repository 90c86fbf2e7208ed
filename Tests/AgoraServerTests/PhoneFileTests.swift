import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

/// The phones' part of the session file: described by the schema, written without secrets,
/// and replayed from the journal after a crash like every other change.
@Suite("Phone access in the session file")
struct PhoneFileTests {
    static func withPhones() -> Session {
        var s = Fixture.session()
        s.must(.work(.addProject(ProjectFields(title: "Twinning", leadCity: "Lappeenranta"))))
        s.must(.phones(.setWalkInsAllowed(true)))
        s.must(.phones(.setOpenForInterest(ProjectID(1), true)))
        s.must(.phones(.claim(ParticipantID(1), device: Secrets.deviceKey(forSecret: "a-secret"))))
        s.must(.phones(.claim(ParticipantID(2), device: Secrets.deviceKey(forSecret: "another"))))
        s.must(.phones(.block(ParticipantID(2))))
        return s
    }

    @Test func aFileWithPhonesValidatesAgainstTheSchemaAndHoldsNoSecret() throws {
        let folder = try TemporaryFolder("agora-phones-schema")
        defer { folder.remove() }
        let data = try SessionFile.encode(Self.withPhones())
        try data.write(to: folder.file("phones.json"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"phones\" : {"))
        #expect(!text.contains("a-secret") && !text.contains("another"))
        #expect(text.contains(Secrets.deviceKey(forSecret: "a-secret").digest))
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AgoraCore/Schema/session.schema.json")
        let referee = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for e in errors: print(e.json_path, e.message[:200])
        sys.exit(1 if errors else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", referee, schema.path, folder.file("phones.json").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        // And back.
        #expect(try SessionFile.decode(data, source: "phones.json") == Self.withPhones())
    }

    @Test func aBadDeviceKeyInTheFileIsReportedWithItsPath() throws {
        let data = try SessionFile.encode(Self.withPhones())
        let digest = Secrets.deviceKey(forSecret: "a-secret").digest
        let broken = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: digest, with: "not-a-key").utf8)
        #expect(throws: SessionFileError.self) { try SessionFile.decode(broken, source: "phones.json") }
        do { _ = try SessionFile.decode(broken, source: "phones.json") } catch {
            #expect("\(error)".contains("phones.json:"))
            #expect("\(error)".contains("$.phones.claims[0].device"))
        }
    }

    @Test func phoneChangesAreJournaledAndReplayedAfterACrash() throws {
        let folder = try TemporaryFolder("agora-phones-journal")
        defer { folder.remove() }
        let url = folder.file("room.json")
        try SessionStore.create(at: url, session: Fixture.session()).close()
        let store = try SessionStore.open(at: url)
        _ = try store.apply(.phones(.claim(ParticipantID(3), device: Secrets.deviceKey(forSecret: "chen"))))
        _ = try store.apply(.voting(.open))
        _ = try store.apply(.phones(.act(.vote(dots: [DotMark(topic: TopicID(2), count: 2)], ranking: []),
                                         device: Secrets.deviceKey(forSecret: "chen"))))
        // No close: as after a SIGKILL, only the journal has the changes.
        let journal = try String(contentsOf: folder.file("room.json.journal"), encoding: .utf8)
        #expect(!journal.contains("\"chen\""))
        let reopened = try SessionStore.open(at: url, mode: .readOnly)
        #expect(reopened.session.ballot(of: ParticipantID(3))?.dots == [DotMark(topic: TopicID(2), count: 2)])
        #expect(reopened.session.phoneAccess.participant(of: Secrets.deviceKey(forSecret: "chen")) == ParticipantID(3))
    }
}
