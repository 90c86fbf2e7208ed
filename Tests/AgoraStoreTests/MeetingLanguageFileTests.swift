import AgoraCore
import Foundation
import Testing
@testable import AgoraStore

/// The meeting's language in the session file: optional, one of en, fr, es, checked by the
/// loader and by the schema alike.
@Suite("Session file: meeting language")
struct MeetingLanguageFileTests {
    @Test func aFileWithALanguageRoundTripsAndOneWithoutIsEnglish() throws {
        var session = try SessionFileErrorTests.small()
        #expect(try SessionFile.decode(try SessionFile.encode(session), source: "old.json").language == nil)
        session.language = .fr
        let data = try SessionFile.encode(session)
        #expect(String(decoding: data, as: UTF8.self).contains("\"language\" : \"fr\""))
        let loaded = try SessionFile.decode(data, source: "lyon.json")
        #expect(loaded.language == .fr)
        #expect(try SessionFile.encode(loaded) == data)
    }

    @Test func anUnknownLanguageIsRefusedWithItsPathAndTheChoices() throws {
        var session = try SessionFileErrorTests.small()
        session.language = .es
        let text = String(decoding: try SessionFile.encode(session), as: UTF8.self)
            .replacingOccurrences(of: "\"language\" : \"es\"", with: "\"language\" : \"de\"")
        #expect(throws: SessionFileError.self) { try SessionFile.decode(Data(text.utf8), source: "lyon.json") }
        let message = SessionFileErrorTests.message(Data(text.utf8))
        #expect(message.contains("$.language: unknown value “de”; expected one of en, fr, es."), "\(message)")
        #expect(message.hasPrefix("sessions/lyon.json:"))
    }

    @Test func theSchemaTakesTheThreeLanguagesAndNoOther() throws {
        var session = try SessionFileErrorTests.small()
        session.language = .es
        let (folder, files) = try SessionFileSchemaTests.write([("es", session)])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SessionFileSchemaTests.validate(files).status == 0)
        let text = try String(contentsOf: files[0], encoding: .utf8).replacingOccurrences(of: "\"language\" : \"es\"", with: "\"language\" : \"de\"")
        try Data(text.utf8).write(to: files[0])
        let refused = try SessionFileSchemaTests.validate(files)
        #expect(refused.status == 1)
        #expect(refused.output.contains("$.language"), "\(refused.output)")
    }
}
