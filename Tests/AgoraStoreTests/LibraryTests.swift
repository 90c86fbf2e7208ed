import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

@Suite("Sessions library")
struct LibraryTests {
    /// A fresh folder under the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func listsSessionsNewestFirstAndBrokenFilesAsUnreadable() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var later = DemoSession.make()
        later.meeting.date = CalendarDate("2014-03-12")!
        later.meeting.hostCity = "Lappeenranta"
        try SessionFile.encode(DemoSession.make()).write(to: dir.appendingPathComponent("bordeaux.json"))
        try SessionFile.encode(later).write(to: dir.appendingPathComponent("lappeenranta.json"))
        try Data("{\"schemaVersion\": 1, \"meeting\": 3}".utf8).write(to: dir.appendingPathComponent("broken.json"))
        try Data("not json at all".utf8).write(to: dir.appendingPathComponent("notes.json"))
        try Data("{}".utf8).write(to: dir.appendingPathComponent("bordeaux.json.lock"))
        try Data().write(to: dir.appendingPathComponent(".bordeaux.json.tmp-1"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("readme.txt"))

        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let entries = try SessionLibrary(folder: dir, displayFolder: "lib").entries()
        #expect(entries.map(\.path) == ["lib/lappeenranta.json", "lib/bordeaux.json", "lib/broken.json", "lib/notes.json"])
        #expect(entries[0].facts?.city == "Lappeenranta")
        #expect(entries[1].facts == LibraryEntry.Facts(DemoSession.make()))
        #expect(entries[1].facts?.participants == 16 && entries[1].facts?.topics == 9 && entries[1].facts?.projects == 2)
        guard case .unreadable(let reason) = entries[2].content else { Issue.record("broken.json was read"); return }
        #expect(reason == "lib/broken.json:1:33: $.meeting: expected an object, found a number. Correct that value in a text editor; Agora did not change the file.")
        guard case .unreadable = entries[3].content else { Issue.record("notes.json was read"); return }
        // Read-only: nothing was locked, created or removed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
    }

    @Test func aSessionOpenElsewhereIsCountedWithItsJournal() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore.create(at: dir.appendingPathComponent("live.json"), session: DemoSession.make())
        try store.apply(.people(.add(ParticipantFields(name: "Late Arrival", city: "Rabat"))))
        // Still open: the change is in the journal, not yet in the JSON file.
        let entries = try SessionLibrary(folder: dir, displayFolder: "lib").entries()
        #expect(entries.map(\.facts?.participants) == [17])
        try store.close()
        #expect(try SessionLibrary(folder: dir, displayFolder: "lib").entries().map(\.facts?.participants) == [17])
    }

    @Test func aMergedTopicIsNotCountedInTheFileOrWithItsJournal() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var merged = Fixture.session()
        merged.must(.topics(.merge(TopicID(3), into: TopicID(1))))
        try SessionFile.encode(merged).write(to: dir.appendingPathComponent("saved.json"))
        let store = try SessionStore.create(at: dir.appendingPathComponent("live.json"), session: Fixture.session())
        try store.apply(.topics(.merge(TopicID(2), into: TopicID(1))))
        let entries = try SessionLibrary(folder: dir, displayFolder: "lib").entries()
        #expect(entries.map(\.path).sorted() == ["lib/live.json", "lib/saved.json"])
        #expect(entries.map(\.facts?.topics) == [2, 2])
        try store.close()
    }

    @Test func aMissingFolderSaysWhatToDo() {
        let library = SessionLibrary(folder: URL(fileURLWithPath: "/nonexistent/agora"), displayFolder: "/nonexistent/agora")
        #expect(throws: StoreError.self) { try library.entries() }
    }

    @Test func theFolderComesFromTheCommandLineThenAgoraHomeThenXDG() {
        let env = ["AGORA_HOME": "/srv/agora", "XDG_DATA_HOME": "/data", "HOME": "/home/ana"]
        #expect(LibraryLocation.folder(explicit: "here", environment: env).path.hasSuffix("/here"))
        #expect(LibraryLocation.folder(explicit: nil, environment: env).path == "/srv/agora")
        #expect(LibraryLocation.folder(explicit: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/ana"]).path == "/data/agora/sessions")
        #expect(LibraryLocation.folder(explicit: nil, environment: ["HOME": "/home/ana"]).path == "/home/ana/.local/share/agora/sessions")
        // A relative XDG_DATA_HOME is ignored, as the XDG spec says.
        #expect(LibraryLocation.folder(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/ana"]).path == "/home/ana/.local/share/agora/sessions")
    }

    @Test func theSyntheticLibraryIsReadableAndExportable() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try SyntheticLibrary.write(count: 24, to: dir)
        let loaded = try SessionLibrary(folder: dir).load()
        let sessions = loaded.compactMap { if case .session(let named, _) = $0 { return named } else { return nil } }
        #expect(sessions.count == 24)
        let csv = try ExportRequest(subject: .projects, format: .csv).render(sessions, now: Date()).text
        #expect(try CSVDocument.parse(csv).records.count == 1 + 48)
    }
}
