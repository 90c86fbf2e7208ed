import AgoraCore
import Foundation
import AgoraTestSupport
import Testing

@Suite("Setup")
struct SetupTests {
    @Test func roomSpecs() throws {
        #expect(try RoomSpec.parse("2") == [RoomSpec(name: "Room 1", capacity: 12), RoomSpec(name: "Room 2", capacity: 12)])
        #expect(try RoomSpec.parse("Auditorium:40, Lab") == [RoomSpec(name: "Auditorium", capacity: 40), RoomSpec(name: "Lab", capacity: 12)])
        #expect(throws: AgoraError(.invalid, "--rooms: “x” is not a number of seats for Lab")) { try RoomSpec.parse("Lab:x") }
        #expect(throws: AgoraError(.invalid, "--rooms: room 2 (“”) should look like NAME:SEATS, e.g. Auditorium:40")) { try RoomSpec.parse("A:3,") }
    }

    @Test func aNewSessionHasItsRoundsSpacedAndItsRules() {
        let s = Fixture.emptySession(dots: 3)
        #expect(s.rounds.map(\.start.description) == ["10:00", "11:00"])
        #expect(s.rounds.map(\.end.description) == ["10:45", "11:45"])
        #expect(s.voting.dotsPerParticipant == 3)
        #expect(s.voting.capPerTopic == 3)
        #expect(s.log.map(\.text) == ["Session created: “Smart Economy working meeting”, Bordeaux, 2013-05-20"])
    }

    @Test func datesAndTimesAreStrict() {
        #expect(CalendarDate("2013-02-29") == nil)
        #expect(CalendarDate("2012-02-29")?.description == "2012-02-29")
        #expect(CalendarDate("2013-5-20") == nil)
        #expect(ClockTime("9:05")?.description == "09:05")
        #expect(ClockTime("24:00") == nil)
        #expect(ClockTime("23:30")!.adding(minutes: 45).description == "00:15")
    }

    @Test func groupRulesAreChecked() {
        let s = Fixture.session()
        #expect(s.failure(of: .setup(.setGroupRules(GroupRules(minSize: 5, maxSize: 3))))?.message
                == "The largest group size (3) is below the smallest (5)")
        #expect(s.failure(of: .setup(.setGroupRules(GroupRules(maxPerCity: 0))))?.message
                == "At most K per city needs K of at least 1 (got 0)")
    }

    /// Rounds that overlap are said at once (no one can be in both), and no longer once fixed.
    @Test func overlappingRoundsAreWarnedOfWhenARoundChanges() throws {
        var s = Fixture.emptySession(dots: 3)        // 10:00–10:45 and 11:00–11:45
        let first = s.rounds[0].id, second = s.rounds[1].id
        let at = Date(timeIntervalSince1970: 0)
        try s.apply(.setup(.editRound(first, start: ClockTime("10:00")!, minutes: 90)), at: at)
        #expect(s.log.last?.text == "Round \(first) now starts at 10:00 (90 min); warning, rounds overlap: round 1 (10:00–11:30) runs "
                + "into round 2 (11:00–11:45); no one can be in both, so move the later round or shorten the earlier one")
        #expect(s.roundOverlaps == [RoundOverlap(earlier: first, later: second)])
        try s.apply(.setup(.editRound(second, start: ClockTime("11:30")!, minutes: 45)), at: at)
        #expect(s.log.last?.text == "Round \(second) now starts at 11:30 (45 min)")
        #expect(s.roundOverlaps.isEmpty)
        // A round added in the middle of another; ending exactly when the next starts is no overlap.
        try s.apply(.setup(.addRound(start: ClockTime("09:00")!, minutes: 60)), at: at)
        #expect(s.log.last?.text == "Added a round at 09:00 (60 min)")
        try s.apply(.setup(.addRound(start: ClockTime("10:30")!, minutes: 15)), at: at)
        #expect(s.log.last?.text == "Added a round at 10:30 (15 min); warning, rounds overlap: round 2 (10:00–11:30) runs into round 3 "
                + "(10:30–10:45); no one can be in both, so move the later round or shorten the earlier one")
        // A long round runs into every round it spans, not only the next.
        try s.apply(.setup(.editRound(first, start: ClockTime("10:00")!, minutes: 120)), at: at)
        #expect(s.roundOverlaps.count == 2 && s.roundOverlaps.allSatisfy { $0.earlier == first })
    }

    @Test func theMeetingsLanguageChangesUndoablyAndTheLogSaysSoInTheNewLanguage() throws {
        var history = SessionHistory(Fixture.session())
        #expect(history.session.language == nil)
        let at = Date(timeIntervalSince1970: 0)
        #expect(try history.apply(.setup(.setLanguage(.fr)), at: at) == "Langue de la séance\u{202F}: français")
        #expect(history.session.language == .fr)
        #expect(history.session.outputLanguage(choice: nil) == .fr)
        #expect(try history.apply(.setup(.setLanguage(.es)), at: at) == "Idioma de la sesión: español")
        try history.undo(at: at)
        #expect(history.session.language == .fr)
        try history.undo(at: at)
        #expect(history.session.language == nil)
        try history.redo(at: at)
        #expect(history.session.language == .fr)
        #expect(try history.apply(.setup(.setLanguage(nil)), at: at) == "Meeting language: English")
        #expect(history.session.language == nil)
    }

    @Test func textIsCleanedInOnePlace() {
        #expect(TextRules.singleLine("  a\u{0}b\n\nc\u{2028}d  ") == "a b c d")
        #expect(TextRules.multiLine("one\r\ntwo\rthree\u{7}\tfour\n") == "one\ntwo\nthree four")
        #expect(TextRules.labels(["x", " X ", "", "y"]) == ["x", "y"])
    }
}

@Suite("Demo session")
struct DemoSessionTests {
    @Test func itIsTheBordeauxMeetingWithEveryPhasePopulated() {
        let s = DemoSession.make()
        #expect(s.meeting.hostCity == "Bordeaux")
        #expect(s.meeting.area == .economy)
        #expect(s.participants.count >= 12)
        #expect(Set(s.participants.map(\.city)).count >= 4)
        #expect(s.topics.count >= 8)
        #expect(s.votingStatus == .closed)
        #expect(!s.schedule.isEmpty)
        #expect(s.experiences.count >= 3)
        #expect(s.projects.map(\.title) == ["Linking traditional and new ICT industries",
                                             "Creation of spaces of collaboration for companies"])
        #expect(s.projects[0].activities[0].cadence == Cadence(every: 4, unit: .month))
        // Everyone present is in exactly one group per round.
        for round in s.rounds {
            let placed = s.assignments.filter { $0.round == round.id }.map(\.participant)
            #expect(placed.sorted() == s.participants.map(\.id))
        }
        #expect(DemoSession.make() == s)
    }
}

@Suite("Plain text tables")
struct PlainTableTests {
    @Test func columnsLineUpInDisplayColumnsWhateverTheScript() {
        let lines = PlainTable.lines([["#", "name", "city"], ["1", "李雷", "北京"], ["12", "Zoë", "Québec"]], rightAligned: [0])
        #expect(lines == [
            " #  name  city",
            " 1  李雷  北京",
            "12  Zoë   Québec",
        ])
    }
}

@Suite("Focus areas as typed")
struct FocusAreaTests {
    @Test func namesStartsAndTheSmartPrefix() {
        #expect(FocusArea(typed: "Economy") == .economy)
        #expect(FocusArea(typed: "Smart Mobility") == .mobility)
        #expect(FocusArea(typed: "env") == .environment)
        #expect(FocusArea(typed: "") == nil)
        #expect(FocusArea(typed: "tourism") == nil)
        #expect(FocusArea.choices == "economy, people, governance, mobility, environment, living")
    }

    /// A French or Spanish facilitator types the area in their language (« mobilité » was
    /// refused with a list of English codes); each language's name reads back to its area.
    @Test func theAreaIsTypedInAnyWorkingLanguage() {
        #expect(FocusArea(typed: "mobilité") == .mobility)
        #expect(FocusArea(typed: "Movilidad") == .mobility)
        #expect(FocusArea(typed: "medio ambiente") == .environment)
        #expect(FocusArea(typed: "gouv") == .governance)
        #expect(FocusArea(typed: "cadre de vie") == .living)
        #expect(FocusArea(typed: "m") == nil)                   // mobility or medio ambiente
        for language in Language.allCases {
            for area in FocusArea.allCases { #expect(FocusArea(typed: area.name(in: language)) == area, "\(language) \(area)") }
        }
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(FocusArea.choices == "économie, personnes, gouvernance, mobilité, environnement, cadre de vie")
        }
    }
}
