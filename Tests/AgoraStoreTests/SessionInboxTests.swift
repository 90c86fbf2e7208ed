import AgoraCore
import AgoraTestSupport
import Foundation
import Synchronization
import Testing
@testable import AgoraStore

@Suite("Session inbox: changes from outside the owner's loop", .timeLimit(.minutes(2)))
struct SessionInboxTests {
    static let ana = Operation.people(.add(ParticipantFields(name: "Ana", city: "Lyon")))
    static let nameless = Operation.people(.add(ParticipantFields(name: "", city: "Lyon")))

    /// A request is answered only once the owner applied it, with the reducer's summary; a
    /// refused one gets the reducer's own error and changes nothing; order is kept.
    @Test func theOwnerAppliesRequestsInOrderAndAnswersEach() async throws {
        let inbox = SessionInbox(session: Fixture.emptySession())
        var history = SessionHistory(Fixture.emptySession())
        async let first = inbox.submit(Self.ana, origin: .init("phone 1"))
        async let second: Result<String, any Error> = {
            do { return .success(try await inbox.submit(Self.nameless, origin: .init("phone 2"))) } catch { return .failure(error) }
        }()
        // The owner's loop: take what is waiting until both requests have been answered.
        var outcomes: [SessionInbox.Outcome] = []
        while outcomes.count < 2 {
            outcomes += inbox.drain(applying: { try history.apply($0, at: Fixture.date) }, session: { history.session })
            await Task.yield()
        }
        #expect(try await first.hasPrefix("Added participant Ana"))
        switch await second {
        case .success(let summary): Issue.record("a nameless participant was accepted: \(summary)")
        case .failure(let error): #expect((error as? AgoraError)?.message == "A participant needs a name", "\(error)")
        }
        #expect(history.session.participants.map(\.name) == ["Ana"])
        #expect(inbox.current.session.participants.map(\.name) == ["Ana"])
        #expect(inbox.current.version == 1)
        #expect(Set(outcomes.map(\.origin.label)) == ["phone 1", "phone 2"])
    }

    /// A bounded drain takes the oldest requests only, publishes once for them, and leaves the
    /// rest waiting in order for the next one.
    @Test func aBoundedDrainTakesTheOldestSliceAndLeavesTheRestInOrder() async throws {
        let inbox = SessionInbox(session: Fixture.emptySession())
        var history = SessionHistory(Fixture.emptySession())
        let names = (1...10).map { "Phone owner \($0)" }
        var phones: [Task<String, any Error>] = []
        for name in names {                                                 // one at a time, so the order is known
            phones.append(Task { try await inbox.submit(.people(.add(ParticipantFields(name: name, city: "Lyon"))), origin: .init(name)) })
            while inbox.pendingCount < phones.count { try await Task.sleep(for: .milliseconds(1)) }
        }
        let first = inbox.drain(applyingGroup: { ops in ops.map { op in Result { try history.apply(op, at: Fixture.date) } } },
                                limit: 4, session: { history.session })
        #expect(first.map(\.origin.label) == Array(names.prefix(4)))
        #expect(inbox.pendingCount == 6)
        #expect(inbox.current.version == 1)
        #expect(inbox.current.session.participants.map(\.name) == Array(names.prefix(4)))
        let rest = inbox.drain(applying: { try history.apply($0, at: Fixture.date) }, session: { history.session })
        #expect(rest.map(\.origin.label) == Array(names.dropFirst(4)))
        #expect(inbox.current.version == 2)
        #expect(history.session.participants.map(\.name) == names)
        for phone in phones { #expect(try await phone.value.hasPrefix("Added participant Phone owner")) }
    }

    @Test func aReaderWaitingForAChangeIsWokenByThePublication() async throws {
        let inbox = SessionInbox(session: Fixture.emptySession())
        async let next = inbox.changes(after: 0)
        try await Task.sleep(for: .milliseconds(10))
        inbox.publish(Fixture.session())
        let snapshot = await next
        #expect(snapshot?.version == 1)
        #expect(snapshot?.session.participants.count == 4)
        // Already newer: answered at once.
        #expect(await inbox.changes(after: 0)?.version == 1)
    }

    @Test func closingRefusesWaitingAndLaterRequestsAndReleasesReaders() async throws {
        let woken = Mutex(0)
        let inbox = SessionInbox(session: Fixture.emptySession(), wake: { woken.withLock { $0 += 1 } })
        async let refused: Bool = {
            do { _ = try await inbox.submit(Self.ana, origin: .init("phone")); return false } catch { return error is InboxClosedError }
        }()
        async let reader = inbox.changes(after: 0)
        // The submitter wakes the owner once its request is waiting.
        while woken.withLock({ $0 }) == 0 { await Task.yield() }
        #expect(inbox.hasPending)
        inbox.close()
        #expect(await refused)
        #expect(await reader == nil)
        await #expect(throws: InboxClosedError.self) { try await inbox.submit(Self.ana, origin: .init("late")) }
        #expect(!inbox.isOpen)
    }
}
