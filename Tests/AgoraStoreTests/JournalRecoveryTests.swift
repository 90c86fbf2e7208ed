import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// `agora repair`: a recovered copy beside the session, a line-by-line report, the original
/// file and journal untouched.
@Suite("Journal: repair")
struct JournalRecoveryTests {
    static let url = JournalDamageTests.url
    static let journal = JournalDamageTests.journal

    @Test func writesACopyBesideNeverOverAnExistingFileAndChangesNothing() throws {
        let (fs, journal) = try JournalDamageTests.crashed()
        var lines = JournalDamageTests.lines(journal)
        lines[2] = Data(String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "Li", with: "Lu").utf8)
        let damaged = Data(lines.joined(separator: [0x0A])) + Data("{\"at\":\"2013".utf8)
        fs.install(Self.journal, damaged)
        let file = fs.contents("/s/a.json")
        let recovery = try JournalRecovery.recover(Self.url, fileSystem: fs)
        #expect(recovery.keptCount == 4 && recovery.lostCount == 2)
        #expect(recovery.report == """
              line 1: kept (change 1)
              line 2: kept (change 2)
              line 3: NOT kept (—): damaged: its checksum does not match: the line was damaged after it was written
              line 4: kept (change 4)
              line 5: kept (change 5)
              line 6: NOT kept (—): incomplete: it was being written when Agora stopped, and was never confirmed
            """)
        let first = try recovery.write(beside: Self.url, fileSystem: fs)
        let second = try recovery.write(beside: Self.url, fileSystem: fs)
        #expect(first.path == "/s/a.repaired.json")
        #expect(second.path == "/s/a.repaired-2.json")
        let copy = try SessionStore.open(at: first, mode: .readOnly, fileSystem: fs)
        #expect(copy.session.participants.map(\.name) == ["Ana", "Jean", "Kofi", "Mei"])
        #expect(fs.contents("/s/a.json") == file)
        #expect(fs.contents(Self.journal) == damaged)
    }

    /// An undo reaches past a change that could not be kept: what it takes back is unknown.
    @Test func anUndoPastAMissingChangeIsNotKept() throws {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: Self.url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        try store.apply(.people(.add(ParticipantFields(name: "Ana", city: "Lyon"))))
        try store.apply(.people(.add(ParticipantFields(name: "Jean", city: "Lyon"))))
        try store.undo()
        try store.undo()
        try store.redo()
        fs.kill()
        var lines = JournalDamageTests.lines(fs.contents(Self.journal)!)
        lines[0][lines[0].count / 2] ^= 0x01
        fs.install(Self.journal, Data(lines.joined(separator: [0x0A])))
        let recovery = try JournalRecovery.recover(Self.url, fileSystem: fs)
        // Jean is kept and undone; the second undo would take back Ana, who is missing; the
        // redo then has nothing it can be sure of.
        #expect(recovery.lines.map(\.outcome).map { if case .notKept = $0 { "lost" } else { "kept" } } == ["lost", "kept", "kept", "lost", "lost"])
        #expect(recovery.session.participants.isEmpty)
    }

    /// A journal left by a save that completed, then damaged: its changes are in the file.
    @Test func aFoldedJournalsChangesAreSaidToBeInTheFile() throws {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: Self.url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        try store.apply(.people(.add(ParticipantFields(name: "Ana", city: "Lyon"))))
        try store.apply(.people(.add(ParticipantFields(name: "Jean", city: "Lyon"))))
        fs.fail(.remove, on: "journal")
        try store.save()
        fs.kill()
        var lines = JournalDamageTests.lines(fs.contents(Self.journal)!)
        lines[1][lines[1].count / 2] ^= 0x01
        fs.install(Self.journal, Data(lines.joined(separator: [0x0A])))
        #expect(JournalDamageTests.refusal(fs)?.line == 2)
        let recovery = try JournalRecovery.recover(Self.url, fileSystem: fs)
        #expect(recovery.lines.map(\.outcome) == [.notKept(.folded), .notKept(.damaged(.checksum)), .mark])
        #expect(recovery.report == """
              line 1: NOT kept (change 1): already in /s/a.json: a save folded the journal into it
              line 2: NOT kept (—): damaged: its checksum does not match: the line was damaged after it was written
              line 3: a save's mark, nothing to apply
            """)
        #expect(recovery.session.participants.map(\.name) == ["Ana", "Jean"])
    }

    @Test func withoutAJournalThereIsNothingToRepair() throws {
        let (fs, _) = try JournalDamageTests.crashed()
        try fs.remove(Self.journal)
        let recovery = try JournalRecovery.recover(Self.url, fileSystem: fs)
        #expect(recovery.lines.isEmpty)
        #expect(recovery.report == "/s/a.json has no journal of unsaved changes.")
    }
}
