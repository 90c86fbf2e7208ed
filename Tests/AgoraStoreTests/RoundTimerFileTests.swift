import AgoraCore
@testable import AgoraStore
import Foundation
import Testing

/// The round timer survives a save, a reopen and a replayed journal; files without it load.
@Suite("Round timer in the session file")
struct RoundTimerFileTests {
    static let start = SessionFixtures.start

    static func session(_ changes: [(RoundTimer.Change, TimeInterval)]) throws -> Session {
        var s = try SessionFixtures.everyOperation()
        for (change, offset) in changes { try s.apply(.plan(.timer(change, at: start + offset)), at: start + offset.rounded(.down)) }
        return s
    }

    @Test func aRunningTimerIsWrittenWithItsEndAndReadBack() throws {
        let s = try Self.session([(.startOrPause, 0.4)])
        let bytes = try SessionFile.encode(s)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"timer\" : {\n    \"endsAt\" : \"2013-06-27T08:45:00Z\",\n    \"round\" : 1\n  },"))
        let loaded = try SessionFile.decode(bytes, source: "s.json")
        #expect(loaded == s)
        #expect(loaded.roundTimer.clockText(at: Self.start + 600) == "35:00")
    }

    @Test func aPausedTimerIsWrittenWithTheSecondsLeft() throws {
        let s = try Self.session([(.startOrPause, 0), (.startOrPause, 600), (.nextRound, 700), (.startOrPause, 800), (.startOrPause, 900)])
        let text = String(decoding: try SessionFile.encode(s), as: UTF8.self)
        #expect(text.contains("\"timer\" : {\n    \"pausedWith\" : 2300,\n    \"round\" : 2\n  },"))
        let loaded = try SessionFile.decode(try SessionFile.encode(s), source: "s.json")
        #expect(loaded.roundTimer == RoundTimer(phase: .paused(remaining: 2300), round: 2))
    }

    @Test func aFileWithoutATimerLoadsWithTheTimerIdleAtRoundOne() throws {
        let bytes = try SessionFile.encode(try SessionFixtures.everyOperation())
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\"timer\""))
        let loaded = try SessionFile.decode(bytes, source: "s.json")
        #expect(loaded.timer == nil && loaded.roundTimer == RoundTimer())
    }

    @Test func aTimerBothRunningAndPausedOrOutOfRangeIsRefusedWithItsPath() throws {
        let good = String(decoding: try SessionFile.encode(try Self.session([(.startOrPause, 0)])), as: UTF8.self)
        let both = good.replacingOccurrences(of: "\"round\" : 1\n  },", with: "\"round\" : 1, \"pausedWith\" : 5\n  },")
        #expect(both != good)
        #expect(throws: (any Error).self) { try SessionFile.decode(Data(both.utf8), source: "s.json") }
        let far = good.replacingOccurrences(of: "\"round\" : 1\n  },", with: "\"round\" : 51\n  },")
        do {
            _ = try SessionFile.decode(Data(far.utf8), source: "s.json")
            Issue.record("a timer at round 51 loaded")
        } catch {
            let message = ErrorText.message(error)
            #expect(message.contains("$.timer.round"), "\(message)")
            #expect(message.contains("1 to 50"), "\(message)")
        }
    }

    @Test func aReopenedStoreShowsTheTimerAsItWasLeftFromTheJournal() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let store = try SessionStore.create(at: folder.file("s.json"), session: try SessionFixtures.everyOperation())
        try store.apply(.plan(.timer(.startOrPause, at: Self.start)))
        try store.apply(.plan(.timer(.extend, at: Self.start + 60)))
        // Another reader now replays the journal: the same timer, 50 minutes from the start.
        let reader = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(reader.session.roundTimer.endsAt == Self.start + 50 * 60)
        try store.close()
        let again = try SessionStore.open(at: folder.file("s.json"), mode: .readOnly)
        #expect(again.session.roundTimer == store.session.roundTimer)
        #expect(again.session.roundTimer.statusText(at: Self.start + 20 * 60) == "Round 1 ▶ 30:00")
    }
}
