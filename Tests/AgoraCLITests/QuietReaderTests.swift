import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// Issue 12 item 6: a reader of a session that another Agora has open reads its journal
/// quietly; "Recovered … unsaved changes" is said only after a crash (no live lock owner).
@Suite("Readers are quiet")
struct QuietReaderTests {
    @Test func aReaderOfAnOpenSessionSaysNothingAboutItsJournal() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let created = try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux",
                                           "--date", "2013-05-20", "--area", "economy"], in: dir.url)
        #expect(created.status == 0, "\(created.stderr)")
        // This test process is the live owner: it holds the lock and journals two changes.
        let store = try SessionStore.open(at: dir.url.appendingPathComponent("m.json"))
        try store.apply(.people(.add(ParticipantFields(name: "Ana", city: "Lyon"))))
        try store.apply(.people(.add(ParticipantFields(name: "Bo", city: "Lappeenranta"))))
        let journal = dir.url.appendingPathComponent("m.json.journal")
        #expect(FileManager.default.fileExists(atPath: journal.path))

        for words in [["show", "m.json"], ["results", "m.json", "--show-hidden"]] {
            let read = try AgoraBinary.run(words, in: dir.url)
            #expect(read.status == 0, "\(read.stderr)")
            #expect(!read.stderr.contains("Recovered"), "\(words[0]): \(read.stderr)")
        }
        let show = try AgoraBinary.run(["show", "m.json"], in: dir.url)
        #expect(show.stdout.contains("Participants (2, 2 cities)"), "the journaled changes are read: \(show.stdout)")

        // The same files with no live owner are what a crash leaves: the reader says so.
        let fm = FileManager.default
        try fm.copyItem(at: dir.url.appendingPathComponent("m.json"), to: dir.url.appendingPathComponent("c.json"))
        try fm.copyItem(at: journal, to: dir.url.appendingPathComponent("c.json.journal"))
        let crashed = try AgoraBinary.run(["show", "c.json"], in: dir.url)
        #expect(crashed.stderr.contains("Recovered 2 unsaved changes from c.json.journal"), "\(crashed.stderr)")
        try store.close()
    }
}
