import AgoraCore
import AgoraStore
import Foundation
import Testing
@testable import AgoraTUI
import AgoraTestSupport

/// The two sources of change besides the keys: the inbox (phones) and work finished off the
/// loop. Both wake the loop; neither needs a key to be shown.
@Suite("Changes from outside the keyboard", .timeLimit(.minutes(2)))
struct OutsideChangesTests {
    static func inboxPilot(_ session: Session) -> (Pilot, MemorySessionPort, SessionInbox) {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 24))
        let port = MemorySessionPort(session)
        let inbox = SessionInbox(session: session)
        let runtime = AppRuntime(screens: [PeopleScreen()], terminal: terminal, port: port,
                                 clock: { Date(timeIntervalSince1970: 1_371_024_000) }, inbox: inbox)
        return (Pilot(runtime: runtime, terminal: terminal), port, inbox)
    }

    /// A fake phone submits from a task; the loop, waiting for a key, is woken at once, applies
    /// the change through the port (durable before the phone is answered), shows it with a
    /// status line, and publishes the new session to the inbox's readers.
    @Test func aChangeFromTheInboxIsShownWithNoKeyPressed() async throws {
        let (pilot, port, inbox) = Self.inboxPilot(TUIFixtures.bordeaux())
        #expect(inbox.current.version == 1)                                // the runtime published what it opened
        let phone = Task {
            try await inbox.submit(.people(.add(ParticipantFields(name: "Kofi Mensah", city: "Accra"))),
                                   origin: .init("phone of Kofi"))
        }
        // The phone waits for its answer until the loop has applied the change: let it submit.
        while !inbox.hasPending { try await Task.sleep(for: .milliseconds(1)) }
        let started = Date()
        pilot.wait(milliseconds: 2000)                                     // the loop's own wait: no key comes
        let waited = Date().timeIntervalSince(started)
        #expect(waited < 1, "the loop waited \(waited) s instead of being woken")
        #expect(pilot.text.contains("Kofi Mensah"))
        #expect(pilot.text.contains("phone of Kofi: Added participant Kofi Mensah"))
        #expect(port.session.participants.last?.name == "Kofi Mensah")
        #expect(try await phone.value.hasPrefix("Added participant Kofi Mensah"))
        #expect(inbox.current.version == 2)
        #expect(inbox.current.session.participants.count == 6)
    }

    @Test func aRefusedChangeIsAnsweredAndSaidButChangesNothing() async throws {
        let (pilot, port, inbox) = Self.inboxPilot(TUIFixtures.bordeaux())
        let phone = Task { () -> String in
            do { _ = try await inbox.submit(.people(.add(ParticipantFields(name: "", city: "Accra"))), origin: .init("phone 3")); return "accepted" }
            catch { return String(describing: error) }
        }
        while !inbox.hasPending { try await Task.sleep(for: .milliseconds(1)) }
        pilot.wait(milliseconds: 2000)
        #expect(pilot.text.contains("phone 3 (refused)"))
        #expect(await phone.value != "accepted")
        #expect(port.session.participants.count == 5)
        #expect(inbox.current.version == 1)
    }

    /// The terminal's poll returns as soon as another thread wakes it.
    @Test func aWakeEndsThePollWithinMilliseconds() {
        let terminal = MemoryTerminal()
        let waker = terminal.waker!
        var worst = 0.0
        for _ in 0..<5 {
            let woken = Date()
            Thread { usleep(20_000); waker.wake() }.start()
            #expect(terminal.poll(timeoutMilliseconds: 2000) == nil)
            worst = max(worst, Date().timeIntervalSince(woken) - 0.020)
        }
        #expect(worst < 0.5, "a wake took \(worst) s to end the poll")
    }

    /// Every change through the loop is published: a key's, undo's and redo's.
    @Test func changesFromKeysArePublishedToo() {
        let (pilot, port, inbox) = Self.inboxPilot(TUIFixtures.bordeaux())
        pilot.press("a"); pilot.type("Kofi"); pilot.press(.tab); pilot.type("Accra"); pilot.press(.enter)
        #expect(port.session.participants.count == 6)
        #expect(inbox.current.version == 2)
        #expect(inbox.current.session.participants.count == 6)
        pilot.press("u")
        #expect(inbox.current.version == 3)
        #expect(inbox.current.session.participants.count == 5)
        pilot.press(.ctrl("r"))
        #expect(inbox.current.session.participants.count == 6)
    }

    /// 1000 phones' changes waiting at once, and the facilitator's submissions.
    static func flood(_ inbox: SessionInbox, count: Int) async throws -> [Task<String, any Error>] {
        let phones = (1...count).map { n in
            Task { try await inbox.submit(.people(.add(ParticipantFields(name: "Phone owner \(n)", city: "Lyon"))), origin: .init("phone \(n)")) }
        }
        while inbox.pendingCount < count { try await Task.sleep(for: .milliseconds(1)) }
        return phones
    }

    /// A key never waits behind a flood: with 1000 phones' changes waiting, one turn of the loop
    /// handles the key and takes one slice, tells the screens once for it, and leaves the rest
    /// for the next turns; the session ends with every change.
    @Test func oneTurnOfTheLoopHandlesTheKeyAndOneSliceOfAFlood() async throws {
        let session = TUIFixtures.bordeaux()
        let terminal = MemoryTerminal(size: Size(width: 100, height: 24))
        let port = MemorySessionPort(session)
        let inbox = SessionInbox(session: session)
        let runtime = AppRuntime(screens: [PeopleScreen(), TopicsScreen()], terminal: terminal, port: port,
                                 clock: { Date(timeIntervalSince1970: 1_371_024_000) }, inbox: inbox)
        let pilot = Pilot(runtime: runtime, terminal: terminal)
        let phones = try await Self.flood(inbox, count: 1000)
        let derivations = runtime.derivations
        terminal.pendingEvents.append(.key(Key("]")))
        pilot.wait(milliseconds: 2000)
        #expect(pilot.state.focus == 1)                                    // the key was handled…
        #expect(inbox.pendingCount == 1000 - runtime.outsideSlice)         // …with one slice taken, not the flood
        #expect(port.session.participants.count == 5 + runtime.outsideSlice)
        #expect(runtime.derivations == derivations + 1)                    // the screens were told once for the slice
        #expect(inbox.current.session.participants.count == 5 + runtime.outsideSlice)
        // The next turns, with no key, take the rest a slice at a time.
        var turns = 0
        while inbox.hasPending { pilot.wait(milliseconds: 0); turns += 1 }
        #expect(turns == (1000 - runtime.outsideSlice + runtime.outsideSlice - 1) / runtime.outsideSlice)
        #expect(port.session.participants.count == 1005)
        for phone in phones { #expect(try await phone.value.hasPrefix("Added participant Phone owner")) }
        #expect(Set(port.session.participants.map(\.name).filter { $0.hasPrefix("Phone owner") }) == Set((1...1000).map { "Phone owner \($0)" }))
    }

    /// Keys typed while 1000 changes wait are each handled after one slice: the participant the
    /// facilitator adds by keys lands among the phones' early changes, not after the flood.
    @Test func keysTypedDuringAFloodAreHandledBeforeItIsDrained() async throws {
        let (pilot, port, inbox) = Self.inboxPilot(TUIFixtures.bordeaux())
        pilot.runtime.outsideSlice = 10
        let phones = try await Self.flood(inbox, count: 1000)
        var keys: [TerminalEvent] = [.key(Key("a"))]
        keys += "Kofi".map { .key(Key($0)) } + [.key(.tab)] + "Accra".map { .key(Key($0)) } + [.key(.enter)]
        pilot.send(keys)
        let names = port.session.participants.map(\.name)
        let kofi = try #require(names.firstIndex(of: "Kofi"))
        #expect(kofi <= 5 + keys.count * 10, "Kofi was added after \(kofi - 5) phones' changes")
        #expect(names.count == 1006)                                       // and then every phone's change
        for phone in phones { #expect(try await phone.value.hasPrefix("Added participant Phone owner")) }
        #expect(inbox.current.session.participants.count == 1006)
    }

    @Test func quittingClosesTheInbox() async {
        let (pilot, _, inbox) = Self.inboxPilot(TUIFixtures.bordeaux())
        pilot.press("q")
        #expect(pilot.exit == .quit)
        #expect(!inbox.isOpen)
        await #expect(throws: InboxClosedError.self) {
            try await inbox.submit(.people(.add(ParticipantFields(name: "Late", city: "Lyon"))), origin: .init("phone"))
        }
    }
}

/// Engines run as ``Work`` off the loop: the keys stay live, the status line shows progress,
/// Esc cancels, and the result comes back to the screen that asked as one of its actions.
@Suite("Slow work off the loop", .timeLimit(.minutes(5)))
struct WorkOffTheLoopTests {
    /// Many people to group: 5000 by default, fewer when `CI=true` unless AGORA_WORK_PEOPLE says.
    static var people: Int {
        let env = ProcessInfo.processInfo.environment
        if let n = env["AGORA_WORK_PEOPLE"].flatMap(Int.init) { return n }
        return TestEffort.size(ci: 2000, local: 5000)
    }

    static func bigMeeting() -> Session {
        Session.synthetic(participants: people, topics: 60, rounds: 2, rooms: 10, cities: 40, seed: 7)
    }

    @Test func theKeysStayLiveWhileGroupsAreFormedAndEscCancels() {
        let session = Self.bigMeeting()
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let port = MemorySessionPort(session)
        let runtime = AppRuntime(screens: [GroupsScreen(), PlanScreen()], terminal: terminal, port: port,
                                 clock: { Date(timeIntervalSince1970: 1_371_024_000) })
        let pilot = Pilot(runtime: runtime, terminal: terminal)
        pilot.waitsForWork = false
        pilot.press("g")
        #expect(pilot.state.running.map(\.label) == ["Forming the groups of round 1"])
        #expect(pilot.text.contains("Forming the groups of round 1… 0 s · Esc cancels"))
        // Keys are handled while the Grouper works: to the next screen and back.
        pilot.press("]")
        #expect(pilot.state.focus == 1)
        pilot.press("[")
        #expect(pilot.state.focus == 0)
        #expect(pilot.state.running.count == 1, "the grouping of \(Self.people) people ended before the keys were handled")
        pilot.press(.escape)
        #expect(pilot.state.running.isEmpty)
        #expect(pilot.text.contains("Cancelled: Forming the groups of round 1"))

        // The cancelled Grouper's answer still comes back (it stops at its next phase: see
        // WorkflowTests), and is dropped: nothing is applied.
        let cancelled = Date()
        while pilot.runtime.droppedResults == 0, Date().timeIntervalSince(cancelled) < 120 { pilot.wait(milliseconds: 10) }
        #expect(pilot.runtime.droppedResults == 1)
        #expect(port.session.assignments.isEmpty)
    }

    /// To the end: the result comes back as the screen's action and is applied, with the
    /// progress shown meanwhile and gone after.
    @Test func finishedWorkIsAppliedByTheScreenThatAsked() {
        let session = DemoSession.make()
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let port = MemorySessionPort(session)
        let runtime = AppRuntime(screens: [GroupsScreen(), PlanScreen()], terminal: terminal, port: port,
                                 clock: { Date(timeIntervalSince1970: 1_371_024_000) })
        let pilot = Pilot(runtime: runtime, terminal: terminal)
        pilot.waitsForWork = false
        pilot.press("g")
        pilot.press("]")                                                   // the answer still goes to Groups
        runtime.waitForWork(timeoutMilliseconds: 60_000)
        let round = session.rounds[0].id
        let expected = try? Grouper.groups(for: session, round: round, seed: 1)
        #expect(port.session.assignments.filter { $0.round == round } == expected?.assignments)
        #expect(pilot.state.running.isEmpty)
        #expect(!pilot.text.contains("Esc cancels"))
    }

    /// The reducer's side, by actions and effects: `g` returns the work; what the work returns,
    /// reduced, applies the groups (no terminal, no thread).
    @Test func formingGroupsIsWorkWhoseActionAppliesTheGroups() throws {
        let session = DemoSession.make()
        let context = ScreenContext(session: session)
        var screen = GroupsScreen()
        screen.sessionDidChange(context: context)
        let effects = screen.reduce(.generate, context: context)
        guard case .run(let work)? = effects.first, effects.count == 1 else {
            Issue.record("g did not return work: \(effects)"); return
        }
        #expect(work.label == "Forming the groups of round 1")
        let action = try #require(work.perform() as? GroupsScreen.Action)
        let applied = screen.reduce(action, context: context)
        let expected = try Grouper.groups(for: session, round: session.rounds[0].id, seed: 1)
        #expect(applied == [.apply(expected.operation)])
        #expect(screen.seed == 2)                                           // next g: another equally good grouping
        // Cancelled work sends nothing to apply.
        #expect(screen.reduce(.formed(nil, seed: 2), context: context) == [])
    }

    @Test func generatingThePlanIsWorkToo() throws {
        var session = DemoSession.make()
        try session.apply(.plan(.setSchedule([])), at: Date(timeIntervalSince1970: 0))
        let context = ScreenContext(session: session)
        var screen = PlanScreen()
        screen.sessionDidChange(context: context)
        guard case .run(let work)? = screen.reduce(.generate, context: context).first else {
            Issue.record("g did not return work"); return
        }
        let action = try #require(work.perform() as? PlanScreen.Action)
        let plan = try PlanGeneration.generate(session, seed: 1)
        #expect(screen.reduce(action, context: context) == [.apply(plan.operation), .status(plan.explanation)])
    }
}
