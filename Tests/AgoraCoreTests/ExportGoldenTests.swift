import AgoraCore
import Foundation
import Testing

/// Every export of the demo meeting and of a folder of three sessions, byte for byte.
/// Regenerate with `AGORA_UPDATE_GOLDEN=1 swift test --filter ExportGolden`, then review the diff.
@Suite("Export golden files")
struct ExportGoldenTests {
    static let cases: [(ExportSubject, ExportFormat, String)] = [
        (.report, .markdown, "report.md"), (.report, .html, "report.html"),
        (.projects, .csv, "projects.csv"), (.projects, .json, "projects.json"),
        (.projects, .markdown, "projects.md"), (.projects, .html, "projects.html"),
        (.experiences, .markdown, "experiences.md"), (.experiences, .html, "experiences.html"),
        (.schedule, .ics, "schedule.ics"), (.followups, .ics, "followups.ics"),
    ]

    @Test(arguments: cases.indices)
    func demoMeeting(_ i: Int) throws {
        let (subject, format, file) = Self.cases[i]
        let text = try ExportRequest(subject: subject, format: format).render([ExportFixtures.demo], now: ExportFixtures.now).text
        try ExportFixtures.expectGolden(text, "demo-" + file)
        #expect(try ExportRequest(subject: subject, format: format).render([ExportFixtures.demo], now: ExportFixtures.now).text == text)
    }

    @Test(arguments: cases.indices)
    func folderOfThreeSessions(_ i: Int) throws {
        let (subject, format, file) = Self.cases[i]
        let text = try ExportRequest(subject: subject, format: format).render(ExportFixtures.folder, now: ExportFixtures.now).text
        try ExportFixtures.expectGolden(text, "folder-" + file)
        // The order sessions arrive in does not matter.
        #expect(try ExportRequest(subject: subject, format: format).render(ExportFixtures.folder.reversed(), now: ExportFixtures.now).text == text)
    }

    /// The engine tables come from EngineCSV; these pin what `agora export` hands out.
    @Test(arguments: [(ExportSubject.groups, "groups.csv"), (.schedule, "schedule.csv"), (.results, "results.csv")])
    func demoEngineTables(_ subject: ExportSubject, _ file: String) throws {
        let text = try ExportRequest(subject: subject, format: .csv).render([ExportFixtures.demo], now: ExportFixtures.now).text
        try ExportFixtures.expectGolden(text, "demo-" + file)
    }

    @Test func anonymizedGroupsKeepCitiesAndDropNames() throws {
        let text = try ExportRequest(subject: .groups, format: .csv, anonymize: true).render([ExportFixtures.demo], now: ExportFixtures.now).text
        #expect(text.hasPrefix("round,room,topic,participant,city,interest,email\r\n"))
        for p in DemoSession.make().participants { #expect(!text.contains(p.name)) }
        #expect(text.contains("Lappeenranta"))
    }

    @Test func anonymizedDemoReport() throws {
        let text = try ExportRequest(subject: .report, format: .markdown, anonymize: true).render([ExportFixtures.demo], now: ExportFixtures.now).text
        try ExportFixtures.expectGolden(text, "demo-report-anonymized.md")
    }
}

@Suite("Export requests")
struct ExportRequestTests {
    @Test func unsupportedCombinationsListTheValidOnes() {
        #expect(!ExportRequest(subject: .report, format: .csv).isSupported)
        #expect(throws: AgoraError.self) { try ExportRequest(subject: .experiences, format: .ics).render([ExportFixtures.demo], now: ExportFixtures.now) }
        #expect(ExportRequest.combinations.hasPrefix("report: markdown, html; projects: csv, json, markdown, html"))
    }

    @Test func oneMeetingTablesRefuseAFolder() {
        for (subject, format) in [(ExportSubject.groups, ExportFormat.csv), (.results, .csv), (.schedule, .csv)] {
            #expect(throws: AgoraError.self) { try ExportRequest(subject: subject, format: format).render(ExportFixtures.folder, now: ExportFixtures.now) }
        }
    }

    @Test func followupsSayWhichActivitiesHaveNoDate() throws {
        let out = try ExportRequest(subject: .followups, format: .ics).render([ExportFixtures.demo], now: ExportFixtures.now)
        #expect(out.notes == ["left out (no date): Creation of spaces of collaboration for companies: Identify 4-5 key sectors of excellence in each city for mutual knowledge sharing"])
        #expect(out.text.contains("RRULE:FREQ=MONTHLY;INTERVAL=4;UNTIL=20150916\r\n"))
        let folder = try ExportRequest(subject: .followups, format: .ics).render(ExportFixtures.folder, now: ExportFixtures.now).text
        #expect(folder.contains("RRULE:FREQ=WEEKLY;UNTIL=20160401\r\n") && folder.contains("RRULE:FREQ=YEARLY;UNTIL=20160918\r\n"))
    }

    @Test func aFolderReportHasOneSectionPerSessionByDateThenTitle() throws {
        let text = try ExportRequest(subject: .report, format: .markdown).render(ExportFixtures.folder, now: ExportFixtures.now).text
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## Smart Economy working meeting", "## UCLG Digital Cities — first working meeting",
                             "## UCLG Digital Cities — second working meeting"])
    }

    @Test func theDemoReportTellsTheMeetingLikeTheSeedReport() throws {
        let text = try ExportRequest(subject: .report, format: .markdown).render([ExportFixtures.demo], now: ExportFixtures.now).text
        for phrase in ["Smart Economy", "Mini BarCamp", "on the spot", "dot vote", "small groups", Tally.tieBreakRule,
                       "> How can cities link traditional and new ICT Industries?", "- **Lead city:** Bordeaux",
                       "- **Partner cities:** Barcelona, Guangzhou", "- **Interested cities:** Rabat, Bogotá",
                       "every 4 months from 2013-09-16", "**Next steps**", "- **Status:** in progress",
                       "As a result, 2 collaboration projects were identified."] {
            #expect(text.contains(phrase), "report lacks “\(phrase)”")
        }
    }
}
