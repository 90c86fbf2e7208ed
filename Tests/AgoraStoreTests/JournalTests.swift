import Foundation
import Testing
import PropertyBased
import AgoraCore
import AgoraTestSupport
@testable import AgoraStore

@Suite("Journal: replay, torn tails, damage")
struct JournalTests {
    /// The session of a store that acknowledged three changes and was then dropped without
    /// closing (as if killed: its lock goes, its journal stays), and that journal.
    static func crashedWithThreeChanges(_ folder: TemporaryFolder) throws -> (Session, Data) {
        let store = try SessionStore.create(at: folder.file("s.json"), session: SessionFixtures.empty, clock: TickingClock().function)
        for name in ["Ana", "Jean", "Li"] { try store.apply(.people(.add(ParticipantFields(name: name, city: "Lyon")))) }
        return (store.session, folder.bytes("s.json.journal")!)
    }

    static func journalName(_ folder: TemporaryFolder) -> String { folder.file("s.json.journal").relativePath }

    @Test func aTornLastRecordIsDroppedWithANotice() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let (session, journal) = try Self.crashedWithThreeChanges(folder)
        let lines = journal.split(separator: 0x0A, omittingEmptySubsequences: false)
        // The fourth change was being written: half a line, no newline.
        var torn = journal
        torn.append(lines[2].prefix(lines[2].count / 2))
        try torn.write(to: folder.file("s.json.journal"))
        let reader = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(reader.session == session)
        #expect(reader.notices == [
            "Dropped an incomplete last change in \(Self.journalName(folder)) (line 4): it was being written when Agora stopped, and was never confirmed",
            "Recovered 3 unsaved changes from \(Self.journalName(folder))",
        ])
        // Zeros from a power cut count as torn too; and a cut inside the third line drops it only.
        try (journal.prefix(journal.count - 10) + Data(count: 300)).write(to: folder.file("s.json.journal"))
        let cut = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(cut.session.participants.map(\.name) == ["Ana", "Jean"])
        #expect(cut.notices.first?.contains("(line 3)") == true)
            }

    @Test func openingForWritingFoldsRecoveredChangesAtOnce() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        var expected: Session
        do {
            let (session, journal) = try Self.crashedWithThreeChanges(folder)
            expected = session
            try (journal + Data("{\"at\":\"2013".utf8)).write(to: folder.file("s.json.journal"))
        } // the writer goes away without closing: its lock is released like a killed process's
        let store = try SessionStore.open(at: folder.file("s.json"))
        #expect(store.session == expected)
        #expect(folder.names() == ["s.json", "s.json.lock"])
        #expect(try SessionFile.decode(folder.bytes("s.json")!, source: "s") == expected)
        // New changes start a fresh journal on top of the folded file.
        try store.apply(.people(.add(ParticipantFields(name: "Kofi", city: "Accra"))))
        let line = String(decoding: folder.bytes("s.json.journal")!, as: UTF8.self)
        #expect(line.contains("\"seq\":1"))
        #expect(line.contains("\"base\":\"\(ContentTag.of(folder.bytes("s.json")!))\""))
        try store.close()
    }

    @Test func damageInTheMiddleIsAnErrorNamingTheLine() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let (_, journal) = try Self.crashedWithThreeChanges(folder)
        // One letter of Jean's city, in the second of three lines: the line still parses.
        let damaged = Self.replacing("Lyon", with: "Lyan", inLine: 2, of: journal)
        try damaged.write(to: folder.file("s.json.journal"))
        let fileBefore = folder.bytes("s.json")
        let name = Self.journalName(folder)
        let file = folder.file("s.json").relativePath
        // Twice for writing: the first failed open must have released the lock.
        for mode in [OpenMode.readWrite, .readOnly, .readWrite] {
            do {
                _ = try SessionStore.open(at: folder.file("s.json"), mode: mode)
                Issue.record("opened")
            } catch let error as SessionFileError {
                #expect(error.description == "\(name):2: this line is damaged: its checksum does not match: the line was damaged after it was written. Agora changed nothing. Run `agora repair \(file)` to write a recovered copy beside it, with a report of the changes it kept and those it could not.")
            }
            #expect(folder.bytes("s.json.journal") == damaged)
            #expect(folder.bytes("s.json") == fileBefore)
        }
    }

    /// `journal` with the first `old` in line `number` (1-based) replaced by `new`.
    static func replacing(_ old: String, with new: String, inLine number: Int, of journal: Data) -> Data {
        var lines = String(decoding: journal, as: UTF8.self).components(separatedBy: "\n")
        let line = lines[number - 1]
        let range = line.range(of: old)!
        lines[number - 1] = line.replacingCharacters(in: range, with: new)
        return Data(lines.joined(separator: "\n").utf8)
    }

    @Test func aGapInTheNumberingIsAnError() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let (_, journal) = try Self.crashedWithThreeChanges(folder)
        let lines = journal.split(separator: 0x0A)
        try (lines[0] + Data([0x0A]) + lines[2] + Data([0x0A])).write(to: folder.file("s.json.journal"))
        do {
            _ = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
            Issue.record("opened")
        } catch let error as SessionFileError {
            #expect(error.file == Self.journalName(folder))
            #expect(error.line == 2)
            #expect(error.reason == "expected change 2, found change 3")
        }
            }

    @Test func aChangeThatNoLongerFitsIsAnError() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let (_, journal) = try Self.crashedWithThreeChanges(folder)
        // A fourth record (intact) adds Ana again, which the rules refuse.
        guard case .record(var again, _) = JournalRecord.parse(ArraySlice(journal.split(separator: 0x0A)[0])) else {
            Issue.record("the first line does not read"); return
        }
        again.seq = 4
        try (journal + again.line()).write(to: folder.file("s.json.journal"))
        do {
            _ = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
            Issue.record("opened")
        } catch let error as SessionFileError {
            #expect(error.line == 4)
            #expect(error.reason == "change 4 cannot be replayed on \(folder.file("s.json").relativePath): Ana (Lyon) is already participant 1")
        }
            }

    /// The crash window of a full save: the new file is renamed into place, and the process
    /// dies before removing the journal. Its changes are in the file: they must not apply twice.
    /// The save marked the journal with the new file's tag before the rename: that proves it.
    @Test func aJournalLeftOverFromACompletedSaveIsNotReplayedTwice() throws {
        let fs = FaultyFileSystem()
        let url = URL(fileURLWithPath: "/s/a.json")
        let store = try SessionStore.create(at: url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        for name in ["Ana", "Jean", "Li"] { try store.apply(.people(.add(ParticipantFields(name: name, city: "Lyon")))) }
        let session = store.session
        fs.fail(.remove, on: "a.json.journal")
        try store.save()
        let journal = try #require(fs.contents("/s/a.json.journal"))
        #expect(String(decoding: journal, as: UTF8.self).components(separatedBy: "\n")[3]
                    .contains("\"change\":{\"foldedInto\":\"\(ContentTag.of(fs.contents("/s/a.json")!))\"},\"seq\":4"))
        fs.kill()
        let reopened = try SessionStore.open(at: url, fileSystem: fs)
        #expect(reopened.session == session)
        #expect(reopened.notices.isEmpty)
        // Folded: removed, since its changes are all in the file.
        #expect(!fs.exists("/s/a.json.journal"))
        try reopened.close()
    }

    /// The file was put back from a copy (or edited) while a journal of unsaved changes was
    /// beside it: its changes are in neither. Refused, never set aside.
    @Test func aJournalForAnotherVersionOfTheFileIsRefused() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let (_, journal) = try Self.crashedWithThreeChanges(folder)
        try SessionStore.open(at: folder.file("s.json")).close() // replays and folds
        try journal.write(to: folder.file("s.json.journal"))     // an older journal comes back
        let file = folder.bytes("s.json")
        for mode in [OpenMode.readWrite, .readOnly] {
            #expect(throws: SessionFileError.self) { try SessionStore.open(at: folder.file("s.json"), mode: mode) }
        }
        do { _ = try SessionStore.open(at: folder.file("s.json")) } catch let error as SessionFileError {
            #expect(error.line == 1)
            #expect(error.reason == "this journal was written on another version of \(folder.file("s.json").relativePath), which does not hold its 3 changes (the file was restored or edited since)")
        }
        #expect(folder.bytes("s.json.journal") == journal)
        #expect(folder.bytes("s.json") == file)
    }

    @Test func recordsAreOneSortedLineEach() throws {
        let record = JournalRecord(at: SessionFixtures.start, base: "12:00ff", change: .apply(.voting(.open)), seq: 1)
        // The CRC-32C values were computed by an independent implementation (python, bitwise).
        #expect(String(decoding: try record.line(), as: UTF8.self)
                == "{\"at\":\"2013-06-27T08:00:00Z\",\"base\":\"12:00ff\",\"change\":{\"apply\":{\"voting\":{\"_0\":{\"open\":{}}}}},\"seq\":1,\"crc32c\":\"505bc913\"}\n")
        let undo = JournalRecord(at: SessionFixtures.start, base: "1:0", change: .undo, seq: 2)
        #expect(String(decoding: try undo.line(), as: UTF8.self) == "{\"at\":\"2013-06-27T08:00:00Z\",\"base\":\"1:0\",\"change\":\"undo\",\"seq\":2,\"crc32c\":\"88f2bfef\"}\n")
        guard case .record(let read, checksummed: true) = JournalRecord.parse(ArraySlice(try undo.line().dropLast())) else {
            Issue.record("does not read back"); return
        }
        #expect(read == undo)
        #expect(CRC32C.hex(Array("123456789".utf8)) == "e3069283") // the standard check value
    }

    /// Random runs of operations, undos and redos with folds every few changes: a reader that
    /// replays the journal at any moment sees exactly the writer's state, and so does the file
    /// after close.
    @Test func journalReplayEqualsTheStateInMemory() async throws {
        let strings = Array(SessionFixtures.naughtyStrings.prefix(120))
        await propertyCheck(count: TestEffort.runs(25), input: Gen.uint64(in: 0...UInt64.max), Gen.int(in: 3...40)) { seed, foldEvery in
            let folder = try TemporaryFolder(); defer { folder.remove() }
            let url = folder.file("s.json")
            let store = try SessionStore.create(at: url, session: SessionFixtures.empty, clock: TickingClock().function)
            store.foldEvery = foldEvery
            var generator = OperationGenerator(seed: seed, strings: strings)
            for step in 0..<60 {
                _ = try? store.perform(generator.change(for: store.session))
                if step % 15 == 14 {
                    let reader = try SessionStore.open(at: url, mode: .readOnly)
                    #expect(reader.session == store.session, "seed \(seed), fold every \(foldEvery), step \(step)")
                }
            }
            try store.close()
            let reopened = try SessionStore.open(at: url, mode: .readOnly)
            #expect(reopened.session == store.session, "seed \(seed)")
            #expect(reopened.notices.isEmpty)
        }
    }
}
