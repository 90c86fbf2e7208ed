import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// A whole Mini BarCamp run through the keys of the real binary in tmux, as a facilitator
/// would: people, topics, ballots, plan, groups, experiences and projects; then quit,
/// reopen, and find everything. And a SIGKILL in the middle of a meeting loses nothing
/// that was acknowledged.
@Suite(.serialized, .enabled(if: NeededTool.runs(TmuxSession.isAvailable), "tmux is not installed: skipping the end-to-end meeting tests"))
struct MeetingTmuxTests {
    let dir: TemporaryFolder
    let people: [(String, String)] = [
        ("Ana Lima", "Recife"), ("Jean Roy", "Lyon"), ("Thandi Nkosi", "Durban"), ("Min-jun Park", "Busan"),
        ("Bruno Costa", "Recife"), ("Léa Martin", "Lyon"), ("Sipho Zulu", "Durban"), ("Ji-woo Kim", "Busan"),
        ("Carla Souza", "Recife"), ("Hugo Petit", "Lyon"), ("Naledi Dube", "Durban"), ("Seo-yeon Lee", "Busan"),
    ]
    let topics: [(String, String)] = [
        ("Bike lanes that connect", "ana"), ("Bus rapid transit", "jean"), ("School streets", "thandi"),
        ("Open mobility data", "min"), ("Car-free Sundays", "bruno"), ("Night buses", "léa"),
        ("Walking maps", "sipho"), ("Shared e-scooters", "ji"),
    ]

    init() throws {
        dir = try TemporaryFolder("agora-meeting")
        let made = try AgoraBinary.run(["new", "m.json", "--title", "Mobility working meeting", "--city", "Recife",
                                        "--date", "2026-12-01", "--area", "mobility", "--rooms", "Capibaribe:8,Boa Vista:8",
                                        "--rounds", "2", "--dots", "3"], in: dir.url)
        #expect(made.status == 0, "agora new failed: \(made.stderr)")
    }

    func open(_ arguments: String = "open m.json") -> TmuxSession {
        TmuxSession("LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(AgoraBinary.url.path)' \(arguments); echo EXIT=$? > status; exec sleep 600",
                    width: 120, height: 40, in: dir.url)
    }

    /// Types `text` into the focused field, then the keys.
    func type(_ tmux: TmuxSession, _ text: String, then keys: String...) {
        tmux.type(text)
        for k in keys { tmux.send(k) }
    }

    func expectScreen(_ tmux: TmuxSession, _ text: String, _ comment: String = "",
                      sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(tmux.waitFor(text) != nil, "\(comment) waiting for “\(text)”:\n\(tmux.screen())", sourceLocation: sourceLocation)
    }

    /// Moves right through the tabs until `tab` (e.g. "[4 Vote]") is the current one.
    func go(_ tmux: TmuxSession, to tab: String) {
        for _ in 0..<9 where !tmux.screen().contains(tab) {
            let before = tmux.screen()
            tmux.send("]")
            _ = tmux.waitUntil(timeout: 3) { $0 != before }
        }
        expectScreen(tmux, tab)
    }

    /// Adds each person on the People screen (a, name, Tab, city, Enter).
    func add(_ tmux: TmuxSession, people: [(String, String)]) {
        for (name, city) in people {
            tmux.send("a")
            type(tmux, name, then: "Tab")
            type(tmux, city, then: "Enter")
            expectScreen(tmux, name)
        }
    }

    func runMeetingUpToVotes(_ tmux: TmuxSession) {
        expectScreen(tmux, "[2 People]", "the empty meeting opens on People")
        add(tmux, people: people)
        expectScreen(tmux, "People · 12 (12 here) from 4 cities")
        go(tmux, to: "[3 Topics]")
        for (title, by) in topics {
            tmux.send("a")
            type(tmux, title, then: "Tab")
            type(tmux, by, then: "Enter")
            expectScreen(tmux, title)
        }
        expectScreen(tmux, "Topics · 8 open")
        go(tmux, to: "[4 Vote]")
        tmux.send("o")
        expectScreen(tmux, "Vote · open")
    }

    func castBallots(_ tmux: TmuxSession, count: Int) {
        for (i, person) in people.prefix(count).enumerated() {
            tmux.send("v")
            type(tmux, String(person.0.split(separator: " ")[0]), then: "Enter")
            expectScreen(tmux, "Ballot of \(person.0)")
            // Three dots: two on one topic, one on another, varying across people.
            for key in ["\(i % 8 + 1)", "\(i % 8 + 1)", "\((i * 3 + 2) % 8 + 1)"] { tmux.send(key) }
            expectScreen(tmux, "0 of 3 dots left")
            tmux.send("Escape")
            expectScreen(tmux, "\(i + 1) of \(people.count) voted")
            _ = tmux.waitUntil(timeout: 3) { !$0.contains("Ballot of") }
        }
    }

    @Test func aWholeMeetingThroughTheKeysSurvivesQuitAndReopen() throws {
        defer { dir.remove() }
        let tmux = open()
        defer { tmux.kill() }
        runMeetingUpToVotes(tmux)
        castBallots(tmux, count: 12)
        tmux.send("o")
        expectScreen(tmux, "Close the vote?")
        tmux.send("y")
        expectScreen(tmux, "Vote · closed")

        go(tmux, to: "[5 Plan]")
        tmux.send("s")
        expectScreen(tmux, "4 selected")
        tmux.send("g")
        expectScreen(tmux, "4 planned")

        go(tmux, to: "[6 Groups]")
        tmux.send("g")
        expectScreen(tmux, "12 placed")
        tmux.send("r")
        expectScreen(tmux, "round 2 of 2")
        tmux.send("g")
        expectScreen(tmux, "12 placed")

        go(tmux, to: "[7 Work]")
        let experiences = [("Cycle lanes in Recife", "ana"), ("Bus corridors in Lyon", "jean"), ("Walking buses in Durban", "thandi")]
        for (n, (title, by)) in experiences.enumerated() {
            tmux.send("a")
            expectScreen(tmux, "Record an experience")
            type(tmux, title, then: "Tab")
            type(tmux, by, then: "Tab", "Tab")
            type(tmux, "Too many cars", then: "Enter")
            expectScreen(tmux, "Work · \(n + 1) experience\(n == 0 ? "" : "s")")
        }
        tmux.send("n")
        expectScreen(tmux, "Record a candidate project")
        type(tmux, "Shared bike data", then: "Tab", "Tab")
        type(tmux, "Recife", then: "Tab")
        type(tmux, "Lyon, Busan", then: "Tab", "Tab")
        type(tmux, "online exchange every four months", then: "Enter")
        expectScreen(tmux, "1 project ·")
        // Promote an experience to a second project: select the first experience line.
        tmux.send("j")
        tmux.send("P")
        expectScreen(tmux, "Record a candidate project")        // the same dialog as n, prefilled
        tmux.send("Enter")
        expectScreen(tmux, "2 projects")

        go(tmux, to: "[8 Outcomes]")
        tmux.send("s")
        expectScreen(tmux, "Outcomes · 2 projects")
        tmux.send("q")
        #expect(tmux.waitForFile("status"), "agora did not quit: \(tmux.screen())")

        // Everything is in the file, read by the command line…
        let show = try AgoraBinary.run(["show", "m.json"], in: dir.url)
        #expect(show.stdout.contains("Participants (12, 4 cities)"), "\(show.stdout)")
        #expect(show.stdout.contains("Topics (8 active of 8)"))
        #expect(show.stdout.contains("Voting: dots, 3 per person, at most 3 per topic — closed"))
        #expect(show.stdout.contains("Experiences (3)"))
        #expect(show.stdout.contains("Projects (2)"))
        #expect(show.stdout.contains("Shared bike data — led by Recife"))
        #expect(show.stdout.contains(". online exchange every four months (every 4 months)\n"))
        let session = try SessionStore.open(at: dir.file("m.json"), mode: .readOnly).session
        #expect(session.ballots.count == 12)
        #expect(session.ballots.allSatisfy { $0.dotsUsed == 3 })
        #expect(session.schedule.count == 4)
        for round in session.rounds {
            #expect(session.assignments.filter { $0.round == round.id }.count == 12)
        }
        #expect(session.projects.map(\.title).contains("Cycle lanes in Recife"))

        // … and by the TUI again.
        let again = open()
        defer { again.kill() }
        expectScreen(again, "Agora · Mobility working meeting")
        go(again, to: "[8 Outcomes]")
        expectScreen(again, "Shared bike data")
        expectScreen(again, "2 Cycle lanes in Reci")  // the promoted experience, truncated to its column
        again.send("q")
        #expect(again.waitForFile("status"))
    }

    /// Esc closes the open ballot; waits until it is closed, so that the next key is not
    /// read with the Esc as an Alt key.
    func closeBallot(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        tmux.send("Escape")
        #expect(tmux.waitUntil(timeout: 5) { !$0.contains("Ballot of") } != nil, "the ballot stays open:\n\(tmux.screen())",
                sourceLocation: sourceLocation)
    }

    /// Issue 12 items 10 and 11 through the keys: the start screen's New session form, whose
    /// first key replaces an unedited default, and the "Who is voting?" picker — by number,
    /// by any word of a name, and a search with no match whose dots typed next go nowhere.
    @Test func theNewSessionFormAndTheVoterPickerThroughTheKeys() throws {
        defer { dir.remove() }
        let library = dir.file("library")
        let tmux = TmuxSession("AGORA_HOME='\(library.path)' AGORA_NOW=2026-12-01T09:00:00Z LANG=C.UTF-8 LC_ALL=C.UTF-8 "
                               + "'\(AgoraBinary.url.path)'; echo EXIT=$? > status; exec sleep 600", width: 120, height: 40, in: dir.url)
        defer { tmux.kill() }
        expectScreen(tmux, "New session")
        tmux.send("n")
        expectScreen(tmux, "Host city")
        expectScreen(tmux, "2026-12-01", "today is the date's default")
        type(tmux, "Picker meeting", then: "Tab")
        type(tmux, "Recife", then: "Tab")
        type(tmux, "2014-03-12")                                // replaces the default, not appended to it
        expectScreen(tmux, "2014-03-12")
        #expect(!tmux.screen().contains("2026-12-01"), "the default is replaced:\n\(tmux.screen())")
        tmux.send("Tab")
        type(tmux, "mobility", then: "Tab")                    // the focus area's default "economy" too
        type(tmux, "2")                                        // two rooms, not "32"
        expectScreen(tmux, "mobility")
        #expect(!tmux.screen().contains("economymobility"), "\(tmux.screen())")
        tmux.send("Enter")
        expectScreen(tmux, "[2 People]", "the new meeting opens on People")
        add(tmux, people: [("Ana Lima", "Recife"), ("Jean Roy", "Lyon"), ("박지훈 (Park Ji-hoon)", "Seoul")])
        expectScreen(tmux, "People · 3 (3 here) from 3 cities")
        go(tmux, to: "[3 Topics]")
        for title in ["Bike lanes that connect", "Night buses"] {
            tmux.send("a")
            type(tmux, title, then: "Enter")
            expectScreen(tmux, title)
        }
        go(tmux, to: "[4 Vote]")
        tmux.send("o")
        expectScreen(tmux, "Vote · open")

        // By number: participant 2.
        tmux.send("v")
        expectScreen(tmux, "Who is voting?")
        tmux.type("2")
        expectScreen(tmux, "› Jean Roy (Lyon)")
        tmux.send("Enter")
        expectScreen(tmux, "Ballot of Jean Roy")
        tmux.send("1")
        expectScreen(tmux, "4 of 5 dots left")
        closeBallot(tmux)
        expectScreen(tmux, "1 of 3 voted")

        // By a word of the name in brackets.
        tmux.send("v")
        expectScreen(tmux, "Who is voting?")
        tmux.type("park")
        expectScreen(tmux, "› 박지훈 (Park Ji-hoon) (Seoul)")
        tmux.send("Enter")
        expectScreen(tmux, "Ballot of 박지훈 (Park Ji-hoon)")
        tmux.send("2"); tmux.send("2")
        expectScreen(tmux, "3 of 5 dots left")
        closeBallot(tmux)
        expectScreen(tmux, "2 of 3 voted")

        // No match: Enter holds the picker, and the dots typed next land nowhere.
        tmux.send("v")
        expectScreen(tmux, "Who is voting?")
        tmux.type("zed")
        tmux.send("Enter")
        expectScreen(tmux, "No one matches ‘zed’ — Esc to clear")
        tmux.type("66")
        tmux.type("1")
        _ = tmux.waitUntil(timeout: 1) { $0.contains("zed6") }
        #expect(!tmux.screen().contains("zed6") && !tmux.screen().contains("zed1"), "dots fell into the field:\n\(tmux.screen())")
        tmux.send("Escape")                                    // clears the field; the picker stays
        _ = tmux.waitUntil(timeout: 3) { !$0.contains("No one matches") }
        #expect(!tmux.screen().contains("zed"), "\(tmux.screen())")
        tmux.type("ana")
        expectScreen(tmux, "› Ana Lima (Recife)")
        tmux.send("Enter")
        expectScreen(tmux, "Ballot of Ana Lima")
        tmux.send("2")
        expectScreen(tmux, "4 of 5 dots left")
        closeBallot(tmux)
        expectScreen(tmux, "3 of 3 voted")
        tmux.send("q")
        #expect(tmux.waitForFile("status"), "agora did not quit: \(tmux.screen())")

        // The saved file: the date and defaults as typed, each ballot with its own dots only.
        let files = try FileManager.default.contentsOfDirectory(atPath: library.path).filter { $0.hasSuffix(".json") }
        #expect(files == ["2014-03-12-recife.json"])
        let session = try SessionStore.open(at: library.appendingPathComponent(files.first ?? "none.json"), mode: .readOnly).session
        #expect(session.meeting.date == CalendarDate(year: 2014, month: 3, day: 12))
        #expect(session.meeting.area == .mobility)
        #expect(session.rooms.count == 2)
        #expect(session.rounds.count == 2)
        let byName = { (name: String) in session.participants.first { $0.name == name }.flatMap { session.ballot(of: $0.id) } }
        let bike = session.topics[0].id, night = session.topics[1].id
        #expect(byName("Jean Roy")?.dots == [DotMark(topic: bike, count: 1)])
        #expect(byName("박지훈 (Park Ji-hoon)")?.dots == [DotMark(topic: night, count: 2)])
        #expect(byName("Ana Lima")?.dots == [DotMark(topic: night, count: 1)])
        #expect(session.ballots.count == 3)
        #expect(session.ballots.reduce(0) { $0 + $1.dotsUsed } == 4)
    }

    @Test func aKilledMeetingLosesNoAcknowledgedChange() throws {
        defer { dir.remove() }
        let tmux = open()
        defer { tmux.kill() }
        runMeetingUpToVotes(tmux)
        castBallots(tmux, count: 5)
        // The fifth ballot is on screen, so it was acknowledged (journaled) before it was drawn.
        guard let pid = tmux.childPID(named: "agora") else {
            Issue.record("no agora process found")
            return
        }
        #expect(kill(pid, SIGKILL) == 0)
        #expect(tmux.waitForFile("status"))
        #expect(FileManager.default.fileExists(atPath: dir.file("m.json.journal").path), "the journal should hold the unsaved changes")

        let show = try AgoraBinary.run(["show", "m.json"], in: dir.url)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Participants (12, 4 cities)"), "\(show.stdout)")
        #expect(show.stdout.contains("Topics (8 active of 8)"))
        let store = try SessionStore.open(at: dir.file("m.json"))
        #expect(store.session.ballots.count == 5)
        #expect(store.session.ballots.allSatisfy { $0.dotsUsed == 3 })
        #expect(store.session.votingStatus == .open)
        #expect(store.notices.contains { $0.contains("Recovered") }, "\(store.notices)")
        try store.close()
    }
}
