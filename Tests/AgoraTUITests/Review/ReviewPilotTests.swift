import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The review browser driven by keys: sort, filter, search, open a session read-only and
/// come back; projects and experiences across sessions.
@Suite struct ReviewPilotTests {
    /// The meeting titles in table order, as the screen shows them.
    func order(_ pilot: Pilot) -> [String] {
        let screen = ReviewFixtures.screen(pilot)
        return screen.sessions.rows.map { screen.library.items[$0].name }
    }

    @Test func listsNewestFirstWithTheUnreadableFileLast() {
        let pilot = ReviewFixtures.pilot()
        #expect(pilot.lines[0].hasPrefix(" Agora · Review of past sessions"))
        #expect(pilot.lines[0].hasSuffix("sessions [read-only]"))
        #expect(pilot.text.contains("2 sessions, 1 unreadable"))
        #expect(order(pilot) == ["rabat-2014", "bordeaux-2013", "notes"])
        #expect(pilot.text.contains("2014-04-10 Second working"))
        #expect(pilot.text.contains("unreadable notes.json — line"))
        pilot.press(.end)
        #expect(pilot.lines[21].contains("⚠ sessions/notes.json: line 1, column 1"))
    }

    @Test func sortCyclesThroughDateCityAreaProjectsAndReverses() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("s")
        #expect(pilot.text.contains("sort: city"))
        #expect(order(pilot) == ["bordeaux-2013", "rabat-2014", "notes"])
        pilot.press("r")
        #expect(pilot.text.contains("sort: city ↑"))
        #expect(order(pilot) == ["rabat-2014", "bordeaux-2013", "notes"])
        pilot.press("s")
        #expect(pilot.text.contains("sort: area"))
        #expect(order(pilot) == ["bordeaux-2013", "rabat-2014", "notes"])      // economy before mobility
        pilot.press("s")
        #expect(pilot.text.contains("sort: projects"))
        pilot.press("s")
        #expect(pilot.text.contains("sort: date"))
        #expect(order(pilot) == ["rabat-2014", "bordeaux-2013", "notes"])
        pilot.press("r")
        #expect(order(pilot) == ["bordeaux-2013", "rabat-2014", "notes"])       // oldest first; unreadable still last
    }

    @Test func filtersByCityAndAreaAndEscClearsThem() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("c")
        #expect(pilot.text.contains("city: Bordeaux"))
        #expect(pilot.text.contains("1 of 3 files"))
        #expect(order(pilot) == ["bordeaux-2013"])
        pilot.press("c")
        #expect(order(pilot) == ["rabat-2014"])
        pilot.press("c")                                                         // back to all
        #expect(pilot.text.contains("city: all"))
        pilot.press("A")                                                         // last area first
        #expect(pilot.text.contains("area: Mobility"))
        #expect(order(pilot) == ["rabat-2014"])
        pilot.press(.escape)
        #expect(order(pilot).count == 3)
        #expect(pilot.text.contains("area: all"))
    }

    @Test func searchLooksInsideSessionsAndTypesQuitKeys() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("/")
        pilot.type("medina")                                                     // a project of Rabat only
        #expect(order(pilot) == ["rabat-2014"])
        #expect(pilot.text.contains("1 match"))
        #expect(pilot.cursor?.y == 3)
        pilot.type(" q")
        #expect(pilot.exit == nil)
        #expect(order(pilot).isEmpty)
        #expect(pilot.text.contains("No session matches the search and filters."))
        pilot.press(.backspace, .backspace)
        pilot.press(.enter)                                                      // keeps the search, back to the list
        pilot.press(.enter)                                                      // opens the match
        #expect(pilot.text.contains("‹ Second working meeting — mobility"))
        pilot.press(.escape)
        pilot.press(.escape)                                                     // clears the search
        #expect(order(pilot).count == 3)
        pilot.press("/"); pilot.type("notes")                                    // unreadable files are searched by name
        #expect(order(pilot) == ["notes"])
    }

    @Test func openShowsEveryPhaseReadOnlyAndEscComesBack() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("j")                                                         // Bordeaux
        pilot.press(.enter)
        #expect(pilot.text.contains("Opened sessions/bordeaux-2013.json read-only"))
        #expect(pilot.lines[1].contains("UCLG Digital Cities — first working meeting"))
        #expect(pilot.lines[1].contains("2013-05-20 · Bordeaux"))
        let titles = ReviewFixtures.screen(pilot).viewer!.phases.map(\.title)
        #expect(titles == ["Setup", "People", "Topics", "Vote", "Plan", "Groups", "Work", "Outcomes"])
        #expect(pilot.lines[2].contains("[1 Setup]"))
        #expect(pilot.text.contains("Garonne · 10 seats"))
        pilot.press("]")
        #expect(pilot.text.contains("16 (16 here) from 8 cities"))
        pilot.press("]")
        #expect(pilot.lines[2].contains("[3 Topics]"))
        #expect(pilot.text.contains("Linking traditional and new ICT"))
        pilot.press("]"); pilot.press("]")
        #expect(pilot.text.contains("R1 10:30"))
        pilot.press("]")
        #expect(pilot.text.contains("Claire Dubois · Bordeaux"))                // groups list their members
        pilot.press("]")
        #expect(pilot.text.contains("experience · Bordeaux · Encounters"))
        pilot.press("]")
        #expect(pilot.text.contains("Creation of spaces of collabo"))
        pilot.press("]")                                                         // wraps to the first phase
        #expect(pilot.lines[2].contains("[1 Setup]"))
        pilot.press("[")
        #expect(pilot.lines[2].contains("[8 Outcome"))
        pilot.press(.escape)
        #expect(pilot.text.contains("[1 Sessions]"))
        #expect(ReviewFixtures.screen(pilot).sessions.list.selected == 1)        // the selection is kept
    }

    @Test func aPhaseScreenCannotChangeTheSession() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("j"); pilot.press(.enter); pilot.press("]"); pilot.press("]") // Topics of Bordeaux
        let before = ReviewFixtures.screen(pilot).viewer!.session
        let status = pilot.lines[22]
        pilot.press("w")                                                         // withdraw: not a key here
        pilot.press("a")                                                         // no propose form opens (issue 12 item 14)
        pilot.press(.enter)                                                      // no edit form either
        #expect(pilot.state.overlay == nil)
        #expect(!ReviewFixtures.screen(pilot).isEditingText)
        #expect(!pilot.text.contains(ReadOnlyNote.text))
        #expect(pilot.lines[22] == status)                                       // and nothing is said
        #expect(pilot.terminal.bells == 0)
        pilot.press("u")                                                         // nor undo, redo or serving phones
        pilot.press(.ctrl("r"))
        pilot.press("W")
        #expect(pilot.lines[22] == status)
        #expect(ReviewFixtures.screen(pilot).viewer?.session == before)
        #expect(ReviewFixtures.screen(pilot).library.items[0].session == before)
        pilot.press("q")
        #expect(pilot.exit == .quit)
        #expect((pilot.runtime.port as! MemorySessionPort).saves == 0)
    }

    @Test func theNumbersOfThePhaseTabsShowThatPhase() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("j"); pilot.press(.enter)
        #expect(pilot.text.contains("1–8 or ] phases, Esc back"))
        pilot.press("3")
        #expect(pilot.lines[2].contains("[3 Topics]"))
        pilot.press("8")
        #expect(pilot.lines[2].contains("[8 Outcome"))
        pilot.press("4")
        #expect(pilot.lines[2].contains("[4 Vote]"))
        pilot.press("v")                                                         // the Vote tab opens no picker
        #expect(!pilot.text.contains("Who is voting?"))
        pilot.press("1")                                                         // so 1 is still a phase, not a dot
        #expect(pilot.lines[2].contains("[1 Setup]"))
        pilot.press("9")                                                         // no ninth phase: nothing moves
        #expect(pilot.lines[2].contains("[1 Setup]"))
    }

    @Test func keysNotInTheReadOnlyMapDoNothingOnAnyPhase() {
        let candidates: [Key] = "aAcdeghilmnoPrRsStTvwWxu+ ".map { Key($0) } + [.enter, .delete, .tab, .ctrl("r")]
        for phase in 1...8 {
            let pilot = ReviewFixtures.pilot(size: Size(width: 120, height: 40))
            pilot.press("j"); pilot.press(.enter); pilot.press(Key(Character(String(phase))))
            let session = ReviewFixtures.screen(pilot).viewer!.session
            let map = Set(ReviewFixtures.screen(pilot).bindings(context: pilot.runtime.context).flatMap(\.keys))
            for key in candidates where !map.contains(key) {
                let before = pilot.text
                pilot.press(key)
                #expect(pilot.text == before, "phase \(phase), key \(key)")
                #expect(pilot.state.overlay == nil && pilot.state.projector == nil, "phase \(phase), key \(key)")
            }
            #expect(pilot.terminal.bells == 0, "phase \(phase)")
            #expect(ReviewFixtures.screen(pilot).viewer?.session == session)
        }
    }

    /// Every key of the read-only map, on every phase and in the projector view, from a fresh
    /// pilot each: the sessions' bytes are the same after, nothing was refused (so no key of
    /// the map tries a change), no form or question opened, and nothing was saved.
    @Test func everyKeyOfTheReadOnlyMapLeavesTheSessionBytesUnchanged() throws {
        let encoder = JSONEncoder(); encoder.outputFormatting = [.sortedKeys]
        let library = ReviewFixtures.library()
        let bytes = try library.items.compactMap(\.session).map { try encoder.encode($0) }
        func opened(_ phase: Int, projector: Bool) -> Pilot {
            let pilot = ReviewFixtures.pilot(library, size: Size(width: 100, height: 30))
            pilot.press("j"); pilot.press(.enter); pilot.press(Key(Character(String(phase))))
            if projector { pilot.press("p") }
            return pilot
        }
        var tried = 0
        for phase in 1...8 {
            for projector in [false, true] {
                let first = opened(phase, projector: projector)
                #expect(first.state.shownScreen.prefersFullScreen == projector, "phase \(phase)")
                let keys = ReviewFixtures.screen(first).bindings(context: first.runtime.context).flatMap(\.keys)
                    + AppAction.bindings(readOnly: true, screens: 1).flatMap(\.keys)
                for key in keys {
                    let pilot = opened(phase, projector: projector)
                    pilot.press(key)
                    let screen = ReviewFixtures.screen(pilot)
                    let what = "phase \(phase)\(projector ? " (projector)" : ""), key \(key)"
                    #expect(try screen.library.items.compactMap(\.session).map { try encoder.encode($0) } == bytes, "\(what)")
                    #expect(!pilot.text.contains(ReadOnlyEffects.notice) && !pilot.text.contains(ReadOnlyNote.text), "\(what)")
                    #expect(screen.viewer?.isEditingText != true || key == Key("/"), "\(what)")
                    if case .confirm = pilot.state.overlay { Issue.record("a question opened: \(what)") }
                    #expect((pilot.runtime.port as! MemorySessionPort).saves == 0, "\(what)")
                    tried += 1
                }
            }
        }
        #expect(tried > 150)
    }

    @Test func anEmptySessionGivesNoAdviceForKeysThatDoNotWorkHere() {
        var empty = DemoSession.make()
        empty.participants = []; empty.topics = []; empty.ballots = []; empty.schedule = []; empty.assignments = []
        empty.experiences = []; empty.projects = []
        let library = ReviewLibrary(folder: "sessions", sessions: [NamedSession(name: "empty", session: empty)])
        let pilot = ReviewFixtures.pilot(library, size: Size(width: 120, height: 30))
        pilot.press(.enter)
        var shown: [String] = []
        for phase in 1...8 {
            pilot.press(Key(Character(String(phase))))
            shown.append(pilot.text)
        }
        #expect(shown[1].contains("Nobody."))
        #expect(shown[2].contains("No topics."))
        #expect(shown[3].contains("No topics to vote on."))
        #expect(shown[5].contains("No topics planned in round 1."))
        #expect(shown[7].contains("No projects."))
        for (i, text) in shown.enumerated() {
            for advice in ["Press a", "press a", "g forms", "or n here", "Record them", "Propose them"] {
                #expect(!text.contains(advice), "phase \(i + 1): \(advice)")
            }
        }
    }

    @Test func theProjectorShowsTheOpenedSessionWithoutTheJoinView() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("j"); pilot.press(.enter); pilot.press("3")
        pilot.press("p")
        #expect(pilot.lines[0].contains("RESULTS · UCLG Digital Cities — first working meeting"))
        #expect(!pilot.text.contains("[3 Topics]"))                              // the whole terminal
        var seen: [String] = []
        for _ in 0..<6 {
            pilot.press(.right)
            seen.append(String(pilot.lines[0].split(separator: "·")[0]).trimmingCharacters(in: .whitespaces))
        }
        #expect(seen == ["PLAN", "GROUPS", "PROJECTS", "TIMER", "RESULTS", "PLAN"])
        pilot.press("t")                                                         // no timer here: nothing happens
        #expect(pilot.lines[0].contains("PLAN · UCLG"))
        #expect(!pilot.text.contains("Read-only"))
        pilot.press("?")
        #expect(pilot.text.contains("Projector · UCLG Digital Cities"))
        #expect(pilot.text.contains("next view: results, plan, groups, projects, timer"))
        #expect(!pilot.text.contains("join"))
        #expect(!pilot.text.contains("round timer"))
        #expect(!pilot.text.contains("serve phones"))
        pilot.press(.escape)
        pilot.press(.escape)                                                     // closes the projector…
        #expect(pilot.lines[2].contains("[3 Topics]"))
        pilot.press(.escape)                                                     // …then back to the list
        #expect(pilot.text.contains("[1 Sessions]"))
    }

    @Test func theHelpOfAnOpenedSessionListsOnlyWhatWorks() {
        let pilot = ReviewFixtures.pilot(size: Size(width: 100, height: 60))
        pilot.press("j"); pilot.press(.enter); pilot.press("3")
        pilot.press("?")
        for word in ["next phase", "go to that phase (numbers of the tab row)", "search", "projector view", "back to the list", "quit"] {
            #expect(pilot.text.contains(word), "\(word)")
        }
        #expect(pilot.text.contains("1–8"))                                    // the numbers on one line
        #expect(!pilot.text.contains("phase 2"))
        for word in ["propose a topic", "a propose", "edit the topic", "merge", "withdraw", "round timer", "undo", "redo", "serve phones", "next screen", "save and quit"] {
            #expect(!pilot.text.contains(word), "\(word)")
        }
    }

    @Test func theUnreadableFileShowsItsReason() {
        let pilot = ReviewFixtures.pilot()
        pilot.press(.end)
        pilot.press(.enter)
        #expect(pilot.text.contains("Unreadable: sessions/notes.json"))
        #expect(pilot.text.contains("this is not a session file"))
        #expect(ReviewFixtures.screen(pilot).viewer == nil)
        pilot.press("q")                                                         // closes the box, does not quit
        #expect(pilot.exit == nil)
        #expect(!pilot.text.contains("Unreadable: sessions/notes.json"))
    }

    @Test func projectsAcrossSessionsFilterByCityStatusAndArea() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("2")
        #expect(pilot.text.contains("[2 Projects]"))
        #expect(pilot.text.contains("4 projects"))
        let projects = { ReviewFixtures.screen(pilot).projects.rows.map { ReviewFixtures.screen(pilot).library.projects[$0].title } }
        pilot.press("s")                                                         // idea
        #expect(pilot.text.contains("status: idea"))
        #expect(projects() == ["Shared bicycles across medinas"])
        pilot.press("s")                                                         // agreed
        #expect(projects() == ["Linking traditional and new ICT industries"])
        pilot.press(.escape)
        pilot.press("c")                                                         // first city: Barcelona (a partner)
        #expect(pilot.text.contains("city: Barcelona"))
        #expect(projects().count == 3)
        pilot.press(.escape)
        pilot.press("a")
        #expect(pilot.text.contains("area: Economy"))
        #expect(projects().count == 2)
        pilot.press(.escape)
        pilot.press("/"); pilot.type("medina"); pilot.press(.enter)
        #expect(projects() == ["Shared bicycles across medinas"])
        #expect(pilot.text.contains("Next: 2014-09-01 Study visit to Durban"))  // the footer
        pilot.press(.enter)
        #expect(pilot.text.contains("Question: How can old towns share bicycles?"))
        #expect(pilot.text.contains("Study visit to Durban (due 2014-09-01)"))
        pilot.press(.escape)
        pilot.press("o")                                                         // the meeting it came from, at Outcomes
        #expect(pilot.text.contains("Second working meeting — mobility"))
        #expect(pilot.text.contains("[8 Outcome"))
        #expect(pilot.text.contains("Shared bicycles across medinas Rabat"))
    }

    @Test func experiencesByAreaCityAndTag() {
        let pilot = ReviewFixtures.pilot()
        pilot.press("3")
        #expect(pilot.text.contains("[3 Experiences]"))
        #expect(pilot.text.contains("6 experiences"))
        let rows = { ReviewFixtures.screen(pilot).experiences.rows.map { ReviewFixtures.screen(pilot).library.experiences[$0] } }
        pilot.press("a")
        #expect(rows().allSatisfy { $0.area == rows()[0].area })
        pilot.press(.escape)
        pilot.press("t")                                                         // the most used tag
        let tag = ReviewFixtures.screen(pilot).experiences.filter(named: "tag")!.value!
        #expect(pilot.text.contains("tag: \(tag) ×"))
        #expect(rows().allSatisfy { $0.entry.experience.tags.contains(tag) })
        pilot.press(.escape)
        pilot.press("c")
        #expect(rows().allSatisfy { $0.entry.experience.city == "Barcelona" })
        pilot.press(.enter)
        #expect(pilot.text.contains("Barcelona: Mentoring programme for entrepreneurs"))
        #expect(pilot.text.contains("Shared by"))
        pilot.press(.escape)
        pilot.press("o")                                                         // the meeting, at Work
        #expect(pilot.text.contains("[7 Work]"))
        #expect(pilot.text.contains("experience · Barcelona · Mentoring programme"))
    }

    @Test func helpListsTheReviewKeys() {
        let pilot = ReviewFixtures.pilot()
        #expect(pilot.lines[23] == "Enter open read-only  s sort  / search  ? help  : command  q quit")
        pilot.press("?")
        for words in ["reverse the sort (date, city, area, projects)", "host city filter", "projects across sessions"] {
            #expect(pilot.text.contains(words))
        }
    }

    @Test func resizingKeepsTheSelectionVisible() {
        let pilot = ReviewFixtures.pilot(size: Size(width: 120, height: 40))
        pilot.press(.end)
        pilot.resize(60, 12)
        #expect(pilot.lines.contains { $0.contains("› unreadable") })
        pilot.resize(30, 8)
        #expect(pilot.text.contains("Terminal too small"))
    }
}
