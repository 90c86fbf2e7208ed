import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// CSV exports that a spreadsheet can open safely, and lists whose items hold commas or
/// semicolons, read back by python's csv module.
@Suite("Export spreadsheets")
struct ExportSpreadsheetTests {
    static let payloads = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR", "plain", "'quoted already", "a=b"]

    /// The demo with formula payloads in names, titles and cities.
    static func hostile() -> NamedSession {
        var s = DemoSession.make()
        for i in s.participants.indices { s.participants[i].name = payloads[i % payloads.count] }
        for i in s.topics.indices { s.topics[i].title = payloads[(i + 3) % payloads.count] + " \(i)" }
        s.projects[0].title = payloads[0]
        s.projects[0].partnerCities = ["=cmd|' /C calc'!A0", "Washington, D.C.", "Semi;colon", "\"Quoted\" city", " spaced "]
        return NamedSession(name: "hostile", session: s)
    }

    static func cells(_ csv: String) throws -> [[String]] {
        let result = try Python.run("""
            import csv, io, json, sys
            data = sys.stdin.buffer.read().decode('utf-8')
            print(json.dumps(list(csv.reader(io.StringIO(data, newline='')))))
            """, input: csv)
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
    }

    @Test func cellsThatStartLikeFormulasGetALeadingQuote() {
        #expect(CSVStyle.guarded("=1+2") == "'=1+2")
        for start in ["=", "+", "-", "@", "\t", "\r"] { #expect(CSVStyle.guarded(start + "x") == "'" + start + "x") }
        for safe in ["plain", "a=b", "'x", "", " =x", "é"] { #expect(CSVStyle.guarded(safe) == safe) }
    }

    @Test func everyCSVExportIsGuardedByDefaultAndCanBeLeftRaw() throws {
        let named = Self.hostile()
        for subject in [ExportSubject.projects, .groups, .results, .schedule] {
            let guarded = try ExportRequest(subject: subject, format: .csv).render([named], now: ExportFixtures.now).text
            let raw = try ExportRequest(subject: subject, format: .csv, csv: CSVStyle(formulaGuard: false)).render([named], now: ExportFixtures.now).text
            let back = try Self.cells(guarded)
            #expect(back.count > 1)
            for cell in back.joined() {
                #expect(!CSVStyle.formulaStartsForTests.contains(cell.unicodeScalars.first ?? "a"), "\(subject): a live cell \(cell.debugDescription)")
            }
            // Without the guard, the cells are the text as it is, and only the guard's quote differs.
            let rawCells = try Self.cells(raw)
            #expect(rawCells.joined().contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("-") || $0.hasPrefix("@") })
            #expect(zip(back.joined(), rawCells.joined()).allSatisfy { $0 == $1 || $0 == "'" + $1 })
        }
    }

    @Test func theByteOrderMarkIsOptIn() throws {
        let plain = try ExportRequest(subject: .projects, format: .csv).render([ExportFixtures.demo], now: ExportFixtures.now).text
        let bom = try ExportRequest(subject: .projects, format: .csv, csv: CSVStyle(byteOrderMark: true)).render([ExportFixtures.demo], now: ExportFixtures.now).text
        #expect(Array(bom.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(plain.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(String(bom.dropFirst()) == plain)
        // Our own reader takes it back (the BOM is ignored).
        #expect(try CSVDocument.parse(bom).records.count == CSVDocument.parse(plain).records.count)
    }

    @Test func cityListsSplitBackExactly() throws {
        let named = Self.hostile()
        let csv = try ExportRequest(subject: .projects, format: .csv, csv: CSVStyle(formulaGuard: false)).render([named], now: ExportFixtures.now).text
        let rows = try Self.cells(csv)
        let column = try #require(rows[0].firstIndex(of: "partner_cities"))
        let project = try #require(rows.first { $0[0] == "hostile" && $0[6] == Self.payloads[0] })
        #expect(ListText.split(project[column]) == ["=cmd|' /C calc'!A0", "Washington, D.C.", "Semi;colon", "\"Quoted\" city", " spaced "])
    }

    @Test func listTextRoundTripsAnyNonEmptyItems() {
        let samples: [[String]] = [["Bordeaux"], ["Washington, D.C.", "Saint-Étienne"], ["a;b", "\"", "\"\"x\"", " lead", "trail ", "x; y"],
                                   // Marks that join a ";" or a quote to its neighbour in one character.
                                   ["Durban\u{601}", "Lyon"], ["\u{601}", "\u{301}x", ";\u{301}", "\"\u{301}q"], ["a\u{601}", "\u{601}"],
                                   HostileStrings.all.filter { !$0.isEmpty }.prefix(200).map { $0 }]
        for items in samples { #expect(ListText.split(ListText.join(items)) == items, "\(items)") }
        #expect(ListText.split("Barcelona; Guangzhou ;;Durban") == ["Barcelona", "Guangzhou", "Durban"])
        #expect(ListText.cities(lists: ["Barcelona,Guangzhou", "Durban; Montevideo"], single: ["Washington, D.C."])
                == ["Barcelona", "Guangzhou", "Durban", "Montevideo", "Washington, D.C."])
    }
}

extension CSVStyle {
    /// The guard's list, restated for the tests.
    static let formulaStartsForTests: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
