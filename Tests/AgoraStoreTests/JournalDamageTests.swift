import Foundation
import Testing
import PropertyBased
import AgoraCore
@testable import AgoraStore
import AgoraTestSupport

/// A damaged journal is refused (naming the journal, the line and `agora repair`), never set
/// aside or dropped: only a final line without its newline is a write cut short.
@Suite("Journal: damage is refused, a torn write is dropped")
struct JournalDamageTests {
    static let names = ["Ana", "Jean", "Li", "Kofi", "Mei"]

    /// A session file and the journal of five acknowledged changes (one participant each) that
    /// a killed writer left, in memory.
    static func crashed() throws -> (FaultyFileSystem, Data) {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        for name in names { try store.apply(.people(.add(ParticipantFields(name: name, city: "Lyon")))) }
        fs.kill()
        return (fs, fs.contents(journal)!)
    }

    static let url = URL(fileURLWithPath: "/s/a.json")
    static let journal = "/s/a.json.journal"

    static func lines(_ data: Data) -> [Data] {
        data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
    }

    static func refusal(_ fs: FaultyFileSystem, mode: OpenMode = .readOnly) -> SessionFileError? {
        do {
            _ = try SessionStore.open(at: url, mode: mode, fileSystem: fs)
            return nil
        } catch let error as SessionFileError { return error } catch {
            Issue.record("unexpected \(error)"); return nil
        }
    }

    /// Campaign finding 3a: one changed digit of the first line's "base" set the whole journal
    /// aside, and the next write saved the file without its changes.
    @Test func aDamagedBaseInTheFirstLineIsRefusedAndTheNextWriteLosesNothing() throws {
        let (fs, journal) = try Self.crashed()
        var bytes = [UInt8](journal)
        let digit = try #require(String(decoding: journal, as: UTF8.self).range(of: "\"base\":\"")).upperBound.utf16Offset(in: String(decoding: journal, as: UTF8.self))
        bytes[digit] = bytes[digit] == UInt8(ascii: "9") ? UInt8(ascii: "8") : UInt8(ascii: "9")
        fs.install(Self.journal, Data(bytes))
        let file = fs.contents("/s/a.json")
        for mode in [OpenMode.readWrite, .readOnly] {
            let error = try #require(Self.refusal(fs, mode: mode))
            #expect(error.description == "/s/a.json.journal:1: this line is damaged: its checksum does not match: the line was damaged after it was written. Agora changed nothing. Run `agora repair /s/a.json` to write a recovered copy beside it, with a report of the changes it kept and those it could not.")
        }
        // No write could happen: the file and the journal are as they were.
        #expect(fs.contents("/s/a.json") == file)
        #expect(fs.contents(Self.journal) == Data(bytes))
        #expect(!fs.paths.contains { $0.contains("stale") })
        // Repair keeps the four intact changes after the damaged line.
        let recovery = try JournalRecovery.recover(Self.url, fileSystem: fs)
        #expect(recovery.session.participants.map(\.name) == ["Jean", "Li", "Kofi", "Mei"])
        #expect(recovery.lines.map(\.outcome) == [.notKept(.damaged(.checksum)), .kept, .kept, .kept, .kept])
        #expect(recovery.report.hasPrefix("  line 1: NOT kept (—): damaged: its checksum does not match: the line was damaged after it was written\n"))
    }

    /// Campaign finding 3b: a byte damaged inside the last complete, newline-terminated line
    /// was dropped as "an incomplete last change … never confirmed".
    @Test func aDamagedLastCompleteLineIsRefusedNotDropped() throws {
        let (fs, journal) = try Self.crashed()
        var lines = Self.lines(journal)
        #expect(lines.last == Data()) // ends with a newline
        lines[4] = Data(String(decoding: lines[4], as: UTF8.self).replacingOccurrences(of: "Mei", with: "Mel").utf8)
        let damaged = Data(lines.joined(separator: [0x0A]))
        fs.install(Self.journal, damaged)
        let error = try #require(Self.refusal(fs, mode: .readWrite))
        #expect(error.line == 5)
        #expect(error.reason == "this line is damaged: its checksum does not match: the line was damaged after it was written")
        #expect(fs.contents(Self.journal) == damaged)
    }

    /// Only a final line without its newline is a torn write; the notice says which line.
    @Test func onlyALastLineWithoutItsNewlineIsDropped() throws {
        let (fs, journal) = try Self.crashed()
        fs.install(Self.journal, journal.dropLast())
        let store = try SessionStore.open(at: Self.url, mode: .readOnly, fileSystem: fs)
        #expect(store.session.participants.map(\.name) == ["Ana", "Jean", "Li", "Kofi"])
        #expect(store.notices.first == "Dropped an incomplete last change in /s/a.json.journal (line 5): it was being written when Agora stopped, and was never confirmed")
        // An empty line is damage, not a torn write.
        fs.install(Self.journal, journal + Data([0x0A]))
        #expect(Self.refusal(fs)?.reason == "this line is damaged: the line is empty")
    }

    /// Journals written before the checksum (same records, no "crc32c") still replay, under the
    /// same rules: a damaged complete line is refused, a cut last line dropped.
    @Test func journalsWithoutChecksumsFromTheCurrentVersionStillReplay() throws {
        let (fs, journal) = try Self.crashed()
        let old = Self.lines(journal).dropLast().map { line -> Data in
            guard case .record(let record, checksummed: true) = JournalRecord.parse(ArraySlice(line)) else { return Data() }
            return (try? SessionFile.lineEncoder().encode(record)) ?? Data()
        }
        #expect(!String(decoding: old[0], as: UTF8.self).contains("crc32c"))
        fs.install(Self.journal, Data(old.joined(separator: [0x0A])) + Data([0x0A]))
        let store = try SessionStore.open(at: Self.url, mode: .readOnly, fileSystem: fs)
        #expect(store.session.participants.map(\.name) == Self.names)
        // Cut short: dropped.
        fs.install(Self.journal, Data(old.joined(separator: [0x0A])))
        #expect(try SessionStore.open(at: Self.url, mode: .readOnly, fileSystem: fs).session.participants.count == 4)
        // A complete line that does not parse: refused.
        var broken = old
        broken[2] = broken[2].dropLast()
        fs.install(Self.journal, Data(broken.joined(separator: [0x0A])) + Data([0x0A]))
        #expect(Self.refusal(fs)?.line == 3)
        // A line without a checksum among checksummed ones: refused.
        var mixed = Self.lines(journal).dropLast()
        mixed[3] = old[3]
        fs.install(Self.journal, Data(mixed.joined(separator: [0x0A])) + Data([0x0A]))
        #expect(Self.refusal(fs)?.reason == "this line is damaged: it has no checksum, unlike the other lines")
    }

    /// Random damage — a flipped byte, a cut, a line doubled or removed — never loses a change
    /// whose record is intact without a refusal: either the open refuses, or every intact
    /// record up to the damage is replayed and no intact record is left out.
    /// 2000 cases; 200 under CI; `AGORA_PROPERTY_COUNT` sets the count (``TestEffort``).
    @Test func randomDamageNeverLosesAnIntactChangeSilently() async throws {
        let count = TestEffort.runs(ci: 200, local: 2000)
        let (fs, journal) = try Self.crashed()
        let original = Self.lines(journal).dropLast().map { $0 + Data([0x0A]) }
        let outcomes = Outcomes()
        await propertyCheck(count: count, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var rng = SeededGenerator(seed: seed)
            var bytes = [UInt8](journal)
            var lines = original
            let how = Int.random(in: 0..<4, using: &rng)
            switch how {
            case 0: bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            case 1: bytes.removeLast(Int.random(in: 1...bytes.count, using: &rng))
            case 2: let i = Int.random(in: 0..<lines.count, using: &rng); lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &rng))
            default: lines.remove(at: Int.random(in: 0..<lines.count, using: &rng))
            }
            if how >= 2 { bytes = [UInt8](lines.joined()) }
            let damaged = Data(bytes)
            fs.install(Self.journal, damaged)
            let opened: SessionStore
            do { opened = try SessionStore.open(at: Self.url, mode: .readOnly, fileSystem: fs) } catch is SessionFileError {
                outcomes.count("refused")
                return // refused: nothing lost
            }
            outcomes.count("opened")
            // The intact prefix of the original journal.
            var prefix = 0
            while prefix < original.count, damaged.starts(with: original[...prefix].joined()) { prefix += 1 }
            #expect(opened.session.participants.map(\.name) == Array(Self.names.prefix(prefix)), "seed \(seed), damage \(how)")
            // No intact record past that prefix was left out.
            let completeLines = Self.lines(damaged).dropLast().map { $0 + Data([0x0A]) }
            for (index, line) in original.enumerated() where index >= prefix {
                #expect(!completeLines.contains(line), "seed \(seed): the intact record of change \(index + 1) was ignored")
            }
        }
        // Both outcomes are reached: damaged journals that open (a cut, a lost line) and ones refused.
        #expect(outcomes["opened"] > count / 10 && outcomes["refused"] > count / 10, "\(outcomes.description)")
    }
}
