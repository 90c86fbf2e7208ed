import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// A damaged journal through the real binary: every verb refuses with exit 1 and names
/// `agora repair`; repair writes a copy beside the session and leaves the original alone.
@Suite("CLI: a damaged journal and agora repair")
struct RepairCommandTests {
    @Test func verbsRefuseAndRepairWritesACopy() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        // Three acknowledged changes left in the journal by a writer that went away without closing.
        do {
            let store = try SessionStore.create(at: dir.file("m.json"), session: Fixture.emptySession())
            for name in ["Ana", "Jean", "Li"] { try store.apply(.people(.add(ParticipantFields(name: name, city: "Lyon")))) }
        }
        var journal = try Data(contentsOf: dir.file("m.json.journal"))
        let lines = journal.split(separator: 0x0A)
        #expect(lines.count == 3)
        // One byte of the second line.
        let at = lines[0].count + 1 + lines[1].count / 2
        journal[at] ^= 0x04
        try journal.write(to: dir.file("m.json.journal"))
        let file = try Data(contentsOf: dir.file("m.json"))
        let message = "agora: m.json.journal:2: this line is damaged: its checksum does not match: the line was damaged after it was written. Agora changed nothing. Run `agora repair m.json` to write a recovered copy beside it, with a report of the changes it kept and those it could not.\n"
        for verb in [["show", "m.json"], ["results", "m.json"], ["participant", "add", "m.json", "Zoé", "--city", "Lyon"]] {
            let r = try AgoraBinary.run(verb, in: dir.url)
            #expect(r.status == 1, "\(verb)")
            #expect(r.stderr == message, "\(verb)")
        }
        let repair = try AgoraBinary.run(["repair", "m.json"], in: dir.url)
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(repair.stdout.hasPrefix("Wrote m.repaired.json: m.json with 2 of the 3 changes in m.json.journal.\n  line 1: kept (change 1)\n  line 2: NOT kept (—): damaged"))
        #expect(try AgoraBinary.run(["show", "m.repaired.json"], in: dir.url).status == 0)
        #expect(try Data(contentsOf: dir.file("m.json")) == file)
        #expect(try Data(contentsOf: dir.file("m.json.journal")) == journal)
        // Never over an existing file.
        #expect(try AgoraBinary.run(["repair", "m.json"], in: dir.url).stdout.hasPrefix("Wrote m.repaired-2.json"))
    }
}
