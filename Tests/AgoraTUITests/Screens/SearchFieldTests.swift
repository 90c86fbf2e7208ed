import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The one `/` search part: its keys, its matching, its row, and every list that composes it.
@Suite struct SearchFieldTests {
    enum Wrapped: Equatable { case search(SearchField.Action) }

    static func typed(_ text: String) -> SearchField {
        var search = SearchField()
        _ = search.reduce(.start)
        for c in text { _ = search.input(.key(Key(c))) }
        return search
    }

    @Test func keysGoToTheFieldOnlyWhileTyping() {
        var search = SearchField()
        let beforeSlash = search.input(.key(Key("a")))
        #expect(beforeSlash == nil)                                  // not typing: the list's key
        let refilter = search.reduce(.start)
        #expect(!refilter)                                           // nothing to filter yet
        let letter = search.input(.key(Key("a"))), paste = search.input(.paste("na"))
        #expect(letter == [] && paste == [])
        #expect(search.field.text == "ana")
        #expect(search.isEditing && search.isActive)
    }

    @Test func enterKeepsTheFilterEscClearsItArrowsGoBackToTheList() {
        var kept = Self.typed("bor")
        let enter = kept.input(.key(.enter))
        #expect(enter == [])
        #expect(!kept.isEditing && kept.isActive && kept.field.text == "bor")
        let down = kept.input(.key(.down))
        #expect(down == nil)                                         // the filter stays, ↓ moves the list

        var cleared = Self.typed("bor")
        let escape = cleared.input(.key(.escape))
        #expect(escape == [])
        #expect(cleared == SearchField())

        var moved = Self.typed("bor")
        let up = moved.input(.key(.up))
        #expect(up == nil)
        #expect(!moved.isEditing && moved.field.text == "bor")
    }

    @Test func clearingResetsAndAsksForTheRowsAgain() {
        var search = Self.typed("x")
        let refilter = search.reduce(.clear)
        #expect(refilter)
        #expect(search == SearchField())
    }

    @Test func matchesIgnoreCaseAccentsAndOuterSpaces() {
        let search = Self.typed(" sao paulo ")
        #expect(search.matches(["José Núñez", "São Paulo"]))
        #expect(!search.matches(["Recife"]))
        #expect(SearchField().matches([]))                           // nothing typed: everything
    }

    @Test func slashStartsAndEscClearsOnlyWhenThereIsSomethingToClear() {
        let idle = SearchField().bindings(Wrapped.search)
        #expect(idle.map(\.action) == [.search(.start)])
        #expect(idle[0].keys == [Key("/")] && idle[0].description == "search")
        let active = Self.typed("b").bindings(Wrapped.search, description: "filter", clearDescription: "clear the filter")
        #expect(active.map(\.action) == [.search(.start), .search(.clear)])
        #expect(active.map(\.description) == ["filter", "clear the filter"])
        #expect(active[1].keys == [.escape])
        // Other filters set (the review's lists): Esc clears them with the search.
        #expect(SearchField().bindings(Wrapped.search, clearsToo: true).count == 2)
    }

    @Test func theRowShowsTheTextAndTheCountAndTheCursorWhileTyping() {
        var buffer = Buffer(size: Size(width: 30, height: 2))
        let row = Rect(x: 0, y: 0, width: 30, height: 1)
        #expect(SearchField().render(matches: 3, into: &buffer, row: row) == nil)
        #expect(buffer.lines[0] == "")                               // inactive: nothing drawn
        var search = Self.typed("bor")
        let cursor = search.render(matches: 3, into: &buffer, row: row)
        #expect(buffer.lines[0] == "/ bor                3 matches")
        #expect(cursor == Position(x: 5, y: 0))
        #expect(buffer.roleLine(0).hasPrefix("k.nnnnn"))               // the key, then the field being typed
        _ = search.input(.key(.enter))
        #expect(search.render(matches: 1, into: &buffer, row: row) == nil)
        #expect(buffer.lines[0] == "/ bor                  1 match")
        #expect(buffer.roleLine(0).hasPrefix("k.aaa"))                 // kept: the accent, no cursor
    }

    /// Every list's search is the same part: `/`, a word that matches nothing, the count, Esc.
    @Test(arguments: ["people", "topics", "groups", "work", "outcomes", "overview", "start"])
    func everyListSearchesTheSameWay(name: String) {
        let screens: [String: any Screen] = [
            "people": PeopleScreen(), "topics": TopicsScreen(), "groups": GroupsScreen(), "work": WorkScreen(),
            "outcomes": OutcomesScreen(), "overview": OverviewScreen(), "start": StartScreen(entries: StartScreenTests.entries),
        ]
        let (pilot, _) = ScreenFixtures.pilot([screens[name]!], size: Size(width: 120, height: 30))
        pilot.press("/")
        pilot.type("zqxw")
        #expect(pilot.text.contains("/ zqxw"), "\(name): the typed text")
        #expect(pilot.text.contains("0 matches"), "\(name): the count")
        #expect(pilot.state.screens[0].isEditingText, "\(name): letters go to the field")
        pilot.press(.enter)
        #expect(!pilot.state.screens[0].isEditingText, "\(name): Enter keeps the filter and gives the keys back")
        #expect(pilot.text.contains("/ zqxw"))
        pilot.press(.escape)
        #expect(!pilot.text.contains("zqxw"), "\(name): Esc clears the search")
        #expect(!pilot.text.contains("0 matches"))
    }
}
