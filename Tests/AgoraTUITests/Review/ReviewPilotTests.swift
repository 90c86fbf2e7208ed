import AgoraCore
@testable import AgoraTUI
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
        pilot.press("w")                                                         // withdraw: refused, not asked
        #expect(pilot.state.overlay == nil)
        #expect(pilot.text.contains("Read-only review"))
        pilot.press("a")                                                         // the propose form opens…
        pilot.type("A new topic")
        pilot.press(.enter)                                                      // …but proposing is refused
        #expect(pilot.text.contains("Read-only review"))
        #expect(ReviewFixtures.screen(pilot).viewer?.session == before)
        pilot.press(.escape)
        pilot.press("u")
        #expect(pilot.text.contains("read-only"))
        #expect(ReviewFixtures.screen(pilot).library.items[0].session == before)
        pilot.press("q")
        #expect(pilot.exit == .quit)
        #expect((pilot.runtime.port as! MemorySessionPort).saves == 0)
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
