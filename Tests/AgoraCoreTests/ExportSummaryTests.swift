import AgoraCore
import AgoraTestSupport
import Testing

/// `agora show`'s summary: counted nouns, the plan's warnings, projects whole and the framing.
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

    /// A project as `show` prints it: its question, cities, each activity with when it
    /// happens (a repeat's start and end) and who carries it, and its next steps.
    @Test func showPrintsAProjectWhole() throws {
        var s = Fixture.emptySession()
        s.must(.work(.addProject(ProjectFields(
            title: "School streets", leadCity: "Lyon", question: "How do we close streets to cars at school time?",
            partnerCities: ["Rabat", "Durban"], interestedCities: ["Porto"],
            activities: [Activity(text: "Online exchange", cadence: Cadence(every: 4, unit: .month),
                                  due: CalendarDate(year: 2026, month: 9, day: 1), end: CalendarDate(year: 2027, month: 9, day: 1), owner: "Lyon"),
                         Activity(text: "Monthly call", cadence: Cadence(every: 1, unit: .month), end: CalendarDate(year: 2027, month: 6, day: 30))],
            nextSteps: ["Share the map", "Book the hall"]))))
        let text = SessionSummary.text(s)
        #expect(text.contains("""
              1  School streets — led by Lyon [candidate]
                 question: How do we close streets to cars at school time?
                 partners: Rabat, Durban
                 interested: Porto
                 1. Online exchange (every 4 months from 2026-09-01 until 2027-09-01; Lyon)
                 2. Monthly call (every month until 2027-06-30)
                 next steps: Share the map; Book the hall

            """))
        let french = SessionSummary.text(s, in: .fr)
        #expect(french.contains("     1. Online exchange (tous les 4 mois du 1er septembre 2026 au 1er septembre 2027\u{202F}; Lyon)\n"))
        #expect(french.contains("     prochaines étapes\u{202F}: Share the map\u{202F}; Book the hall\n"))
    }

    /// The report's framing closes the summary, its paragraphs indented under their label.
    @Test func showPrintsTheReportFraming() {
        var s = Fixture.emptySession()
        #expect(!SessionSummary.text(s).contains("Report framing"))
        s.must(.setup(.setFraming(ReportFraming(context: "Third meeting of the network.\n\nHosted by Lyon.",
                                                contact: "Secretariat, digital@example.org"))))
        #expect(SessionSummary.text(s).hasSuffix("""

            Report framing
              context: Third meeting of the network.

                Hosted by Lyon.
              contact: Secretariat, digital@example.org

            """))
    }
}
