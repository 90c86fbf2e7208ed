import AgoraCore
import AgoraTestSupport
import Testing

/// `agora show`'s summary: counted nouns, and the plan's warnings.
@Suite("Export summary")
struct ExportSummaryTests {
    @Test func countsTakeTheSingularForOne() throws {
        var s = Fixture.emptySession()
        try s.apply(.people(.add(ParticipantFields(name: "Ana", city: "Bordeaux"))), at: Fixture.date)
        let text = SessionSummary.text(s)
        #expect(text.contains("Participants (1, 1 city)"))
        #expect(!text.contains("1 cities"))
    }

    @Test func showListsGroupRuleBreachesAndSeatShortages() {
        var s = EngineCSVTests.session()
        #expect(!SessionSummary.text(s).contains("Warnings"))
        s.groupRules.maxPerCity = 1
        s.rooms[0].capacity = 1
        let text = SessionSummary.text(s)
        #expect(text.contains("\nWarnings\n  Round 1: "))
        #expect(text.contains("\n  Round 1: “Data, \"open\" cities” has 2 people from Bordeaux; at most 1 per city\n"))
        #expect(text.contains("\n  Round 2: “Talent retention” has 2 people from Bordeaux; at most 1 per city\n"))
        #expect(text.contains("\n  Round 1: “Data, \"open\" cities” has 3 people; its room has 1 seat\n"))
        #expect(text.contains("  “Data, \"open\" cities” has 2 backers for 1 seat in Garonne; "))
    }
}
