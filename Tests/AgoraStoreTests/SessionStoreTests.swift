import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

@Suite("Session store on disk")
struct SessionStoreTests {
    static let ana = Operation.people(.add(ParticipantFields(name: "Ana", city: "Lyon")))
    static let jean = Operation.people(.add(ParticipantFields(name: "Jean", city: "Bordeaux")))

    @Test func createWritesTheFileAndOpenReadsItBack() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let clock = TickingClock()
        let store = try SessionStore.create(at: folder.file("s.json"), session: try SessionFixtures.everyOperation(), clock: clock.function)
        #expect(folder.bytes("s.json") == (try SessionFile.encode(store.session)))
        #expect(store.lastDurableSave != nil)
        #expect(store.saveProblem == nil)
        try store.close()
        let again = try SessionStore.open(at: folder.file("s.json"))
        #expect(again.session == (try SessionFixtures.everyOperation()))
        #expect(again.notices.isEmpty)
        try again.close()
        #expect(folder.names() == ["s.json", "s.json.lock"])
    }

    /// One-shot commands: no journal line per change; the full save at close makes them durable.
    @Test func withoutJournalingChangesAreSavedAtClose() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        let before = folder.bytes("s.json")
        store.journalsEachChange = false
        try store.apply(Self.ana)
        try store.apply(Self.jean)
        #expect(folder.bytes("s.json.journal") == nil)
        #expect(folder.bytes("s.json") == before)
        #expect(store.hasUnsavedChanges)
        try store.close()
        #expect(try SessionStore.open(at: folder.file("s.json"), mode: .readOnly).session.participants.map(\.name) == ["Ana", "Jean"])
    }

    @Test func createRefusesToOverwrite() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        try Data("keep me".utf8).write(to: folder.file("s.json"))
        #expect(throws: StoreError(.alreadyExists, file: folder.file("s.json").relativePath,
                                   "\(folder.file("s.json").relativePath) already exists",
                                   hint: "Choose another name, or open the file instead.")) {
            try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        }
        #expect(folder.bytes("s.json") == Data("keep me".utf8))
    }

    @Test func openingAMissingFileSaysHowToCreateIt() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let url = URL(fileURLWithPath: "nowhere/lyon.json")
        do {
            _ = try SessionStore.open(at: url)
            Issue.record("opened")
        } catch let error as StoreError {
            #expect(error.description == "There is no session file nowhere/lyon.json. Check the name, or create it with `agora new nowhere/lyon.json`.")
        }
    }

    @Test func everyChangeIsJournaledBeforeApplyReturns() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty, clock: TickingClock().function)
        let fileBefore = folder.bytes("s.json")
        #expect(try store.apply(Self.ana) == "Added participant Ana (Lyon)")
        #expect(try store.apply(Self.jean) == "Added participant Jean (Bordeaux)")
        #expect(try store.undo() == "Added participant Jean (Bordeaux)")
        #expect(try store.redo() == "Added participant Jean (Bordeaux)")
        // The file is untouched; the journal has four lines.
        #expect(folder.bytes("s.json") == fileBefore)
        let lines = String(decoding: folder.bytes("s.json.journal") ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].contains("\"change\":\"undo\"") && lines[2].contains("\"seq\":3"))
        #expect(lines[0].hasPrefix("{\"at\":\"2013-06-27T08:00:0"))
        #expect(store.unfoldedChanges == 4)
        // Another reader now sees all four (replayed from the journal), quietly: the owner is
        // alive (it holds the lock), so nothing was recovered (issue 12 item 6).
        let reader = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(reader.session == store.session)
        #expect(reader.notices == [])
        try store.close()
        #expect(folder.names() == ["s.json", "s.json.lock"])
        #expect(try SessionFile.decode(folder.bytes("s.json")!, source: "s.json") == store.session)
    }

    @Test func rulesBrokenLeaveNothingBehind() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        try store.apply(Self.ana)
        #expect(throws: AgoraError.self) { try store.apply(Self.ana) } // a twin
        #expect(throws: AgoraError.self) { try store.redo() }
        #expect(store.unfoldedChanges == 1)
        #expect(store.session.participants.count == 1)
        try store.close()
    }

    @Test func foldingEveryNChangesKeepsTheJournalShort() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        store.foldEvery = 5
        for i in 1...12 { try store.apply(.people(.add(ParticipantFields(name: "P\(i)", city: "C")))) }
        #expect(store.unfoldedChanges == 2)
        let reopened = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(reopened.session.participants.count == 12)
        #expect(try SessionFile.decode(folder.bytes("s.json")!, source: "s").participants.count == 10)
        try store.close()
    }

    @Test func undoAcrossAFoldIsSavedInFull() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        try store.apply(Self.ana)
        try store.apply(Self.jean)
        try store.save()
        #expect(store.unfoldedChanges == 0)
        // The step undone is older than the file: the journal cannot say it, a full save does.
        #expect(try store.undo() == "Added participant Jean (Bordeaux)")
        #expect(!store.hasUnsavedChanges)
        #expect(try SessionFile.decode(folder.bytes("s.json")!, source: "s") == store.session)
        try store.redo()
        try store.undo()
        try store.undo()
        #expect(store.session.participants.isEmpty)
        let reader = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(reader.session == store.session)
        try store.close()
    }

    @Test func readOnlyOpensWriteNothingAndRefuseChanges() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let writer = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        try writer.close()
        try FileManager.default.removeItem(at: folder.file("s.json.lock"))
        let reader = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        let name = folder.file("s.json").relativePath
        #expect(throws: StoreError(.readOnly, file: name, "\(name) is open read-only",
                                   hint: "Open it for writing to make changes (only one Agora may write to it at a time).")) {
            try reader.apply(Self.ana)
        }
        #expect(throws: StoreError.self) { try reader.save() }
        try reader.close()
        try reader.close()
        #expect(folder.names() == ["s.json"])
    }

    @Test func closeIsIdempotentAndAClosedStoreRefusesChanges() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty)
        try store.apply(Self.ana)
        try store.close()
        let saved = folder.bytes("s.json")
        try store.close()
        #expect(folder.bytes("s.json") == saved)
        #expect(throws: StoreError.self) { try store.apply(Self.jean) }
    }

    @Test func leftoverTemporaryFilesAreCleanedOnOpen() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty).close()
        try Data("half a save".utf8).write(to: folder.file(".s.json.tmp-999-1"))
        try Data("someone else's".utf8).write(to: folder.file(".t.json.tmp-999-1"))
        try SessionStore.open(at: folder.file("s.json")).close()
        #expect(folder.names() == [".t.json.tmp-999-1", "s.json", "s.json.lock"])
    }

    @Test func aFailedLoadChangesNoFile() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        try SessionStore.create(at: folder.file("s.json"), session: try SessionFileErrorTests.small()).close()
        let broken = try SessionFileErrorTests.broken("\"participant\" : 2,", "\"participant\" : 9,")
        try broken.write(to: folder.file("s.json"))
        try Data("{\"not\":\"a record\"}\n".utf8).write(to: folder.file("s.json.journal"))
        let names = folder.names()
        for mode in [OpenMode.readWrite, .readOnly, .readWrite] {
            do {
                _ = try SessionStore.open(at: folder.file("s.json"), mode: mode)
                Issue.record("opened")
            } catch let error as SessionFileError {
                #expect(error.path == "$.ballots[0].participant")
                #expect(error.line == 13)
            }
            #expect(folder.bytes("s.json") == broken)
            #expect(folder.bytes("s.json.journal") == Data("{\"not\":\"a record\"}\n".utf8))
            #expect(folder.names() == names)
        }
    }

    @Test func aSymbolicLinkIsFollowedNotReplaced() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("real"), withIntermediateDirectories: true)
        try SessionStore.create(at: folder.file("real/s.json"), session: SessionFixtures.empty).close()
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json").path, withDestinationPath: folder.file("real/s.json").path)
        let store = try SessionStore.open(at: folder.file("link.json"))
        try store.apply(Self.ana)
        try store.close()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.json").path) == folder.file("real/s.json").path)
        #expect(try SessionFile.decode(folder.bytes("real/s.json")!, source: "s").participants.count == 1)
    }

    @Test func aNewerFileIsNotTouched() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let newer = try SessionFileErrorTests.broken("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")
        try newer.write(to: folder.file("s.json"))
        #expect(throws: SessionFileError.self) { try SessionStore.open(at: folder.file("s.json")) }
        #expect(folder.bytes("s.json") == newer)
    }
}
