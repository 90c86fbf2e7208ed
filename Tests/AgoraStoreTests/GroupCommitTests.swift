import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// ``SessionStore/apply(group:)``: requests that arrived together (a room of phones voting)
/// are journaled with one write and one fsync, and none is a success before that fsync.
@Suite("Group commit")
struct GroupCommitTests {
    static let url = URL(fileURLWithPath: "/s/a.json")

    static func person(_ name: String) -> Operation { .people(.add(ParticipantFields(name: name, city: "Lyon"))) }

    static func names(_ fs: FaultyFileSystem) throws -> [String] {
        try SessionStore.open(at: url, mode: .readOnly, fileSystem: fs).session.participants.map(\.name)
    }

    @Test func aGroupIsOneJournalWriteAndOneFsyncAndSurvivesAPowerCut() throws {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: Self.url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        try store.apply(Self.person("Ana"))
        let before = fs.calls.count
        let results = store.apply(group: ["Jean", "", "Li", "Kofi"].map(Self.person))
        let calls = fs.calls[before...]
        #expect(calls.filter { $0 == "write /s/a.json.journal" }.count == 1)
        #expect(calls.filter { $0 == "fsync /s/a.json.journal" }.count == 1)
        // One answer per request, in order; the nameless one is the reducer's refusal and the
        // others still apply.
        #expect(results.count == 4)
        #expect((try? results[0].get())?.hasPrefix("Added participant Jean") == true)
        #expect(throws: AgoraError.self) { try results[1].get() }
        #expect((try? results[3].get())?.hasPrefix("Added participant Kofi") == true)
        #expect(store.unfoldedChanges == 4)
        fs.powerCut()
        #expect(try Self.names(fs) == ["Ana", "Jean", "Li", "Kofi"])
    }

    /// The journal numbers the group's lines on from the last one, so the next open replays
    /// them (a gap would refuse to open) and undo takes back the group's last change.
    @Test func theGroupsLinesAreNumberedOnAndUndoable() throws {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: Self.url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        _ = store.apply(group: [Self.person("Ana"), Self.person("Jean")])
        try store.apply(Self.person("Li"))
        _ = store.apply(group: [Self.person("Kofi")])
        let lines = String(decoding: fs.contents("/s/a.json.journal")!, as: UTF8.self).split(separator: "\n")
        #expect(lines.map { $0.contains("\"seq\":\(lines.firstIndex(of: $0)! + 1),") } == [true, true, true, true])
        try store.undo()
        fs.kill()
        #expect(try Self.names(fs) == ["Ana", "Jean", "Li"])
    }

    /// A failed flush: no request of the group is a success (each gets the store's error), the
    /// changes stay in memory, and the next change saves them in full.
    @Test func aFailedFlushAnswersEveryAcceptedRequestWithTheStoresError() throws {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: Self.url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        try store.apply(Self.person("Ana"))
        fs.fail(.fsync, on: "journal")
        let results = store.apply(group: [Self.person("Jean"), Self.person(""), Self.person("Li")])
        #expect(results.allSatisfy { if case .failure = $0 { true } else { false } })
        #expect(throws: StoreError.self) { try results[0].get() }
        #expect(throws: AgoraError.self) { try results[1].get() }
        #expect(throws: StoreError.self) { try results[2].get() }
        #expect(store.saveProblem?.hasPrefix("NOT SAVED: could not flush the journal") == true)
        #expect(store.session.participants.map(\.name) == ["Ana", "Jean", "Li"])
        try store.apply(Self.person("Kofi"))
        fs.powerCut()
        #expect(try Self.names(fs) == ["Ana", "Jean", "Li", "Kofi"])
    }

    /// Through the inbox: requests waiting together are handed to the store at once.
    @Test func theInboxHandsWaitingRequestsToTheStoreTogether() async throws {
        let fs = FaultyFileSystem()
        let store = try SessionStore.create(at: Self.url, session: SessionFixtures.empty, clock: TickingClock().function, fileSystem: fs)
        let inbox = SessionInbox(session: store.session)
        let names = ["Ana", "Jean", "Li"]
        let answers = Task {
            try await withThrowingTaskGroup(of: String.self) { group in
                for name in names { group.addTask { try await inbox.submit(Self.person(name), origin: .init(name)) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        while inbox.current.version == 0 {
            // Wait until all three are waiting, then drain once.
            if inbox.pendingCount == names.count {
                let before = fs.calls.filter { $0 == "fsync /s/a.json.journal" }.count
                let outcomes = inbox.drain(applyingGroup: { store.apply(group: $0) }, session: { store.session })
                #expect(outcomes.count == 3)
                #expect(fs.calls.filter { $0 == "fsync /s/a.json.journal" }.count == before + 1)
            }
            await Task.yield()
        }
        #expect(try await answers.value.count == 3)
        #expect(Set(store.session.participants.map(\.name)) == Set(names))
    }
}
