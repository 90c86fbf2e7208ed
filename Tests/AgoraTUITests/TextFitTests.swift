import AgoraCore
@testable import AgoraTUI
import Testing

/// The rules for text that does not fit (``TextFit``, ``Paragraph``, ``Tabs``, the scroll
/// bar's column, chart labels, the help's scroll note).
@Suite struct TextFitTests {
    let m = TextWidth.unicode

    @Test func theLongestFormThatFitsIsTaken() {
        #expect(TextFit.first(["Outcomes", "Out", "8"], width: 10, measure: m) == "Outcomes")
        #expect(TextFit.first(["Outcomes", "Out", "8"], width: 5, measure: m) == "Out")
        #expect(TextFit.first(["Outcomes", "Out", "8"], width: 1, measure: m) == "8")
        #expect(TextFit.first(["Outcomes", "Outc"], width: 3, measure: m) == "Ou…")
    }

    @Test func factsThatDoNotFitAreLeftOutWholeFromTheEnd() {
        let row = "2 Incubators — Chartrons (8) · 5 personnes · 4 villes · intérêt 12"
        #expect(TextFit.facts(row, width: 80, measure: m) == row)
        #expect(TextFit.facts(row, width: 60, measure: m) == "2 Incubators — Chartrons (8) · 5 personnes · 4 villes")
        #expect(TextFit.facts(row, width: 45, measure: m) == "2 Incubators — Chartrons (8) · 5 personnes")
        #expect(TextFit.facts(row, width: 20, measure: m) == "2 Incubators — Char…")
    }

    @Test func aMarkerIsNeverCut() {
        #expect(TextFit.truncate("6. Data mining for SMEs", keeping: " †", width: 40, measure: m) == "6. Data mining for SMEs †")
        #expect(TextFit.truncate("6. Data mining for SMEs", keeping: " †", width: 12, measure: m) == "6. Data m… †")
        #expect(m.width(TextFit.truncate("6. 数据挖掘中小企业数据挖掘", keeping: " †", width: 11, measure: m)) <= 11)
        #expect(TextFit.truncate("6. 数据挖掘中小企业数据挖掘", keeping: " †", width: 11, measure: m).hasSuffix(" †"))
    }

    @Test func aMessageKeepsItsAdvice() {
        let cap = "박지훈 (Park Ji-hoon) already has 3 dots on “Linking traditional and new ICT industries” (≤3 per topic). Place the rest on other topics"
        for width in [100, 80] {
            let shown = TextFit.message(cap, width: width, measure: m)
            #expect(m.width(shown) <= width, "\(width): \(shown)")
            #expect(shown.hasSuffix("Place the rest on other topics"), "\(width): \(shown)")
        }
        // The quoted name goes first: the fact around it stays whole while it can.
        let wide = TextFit.message(cap, width: 120, measure: m)
        #expect(wide.contains("already has 3 dots on “Linking traditional"), "\(wide)")
        #expect(wide.hasSuffix("…” (≤3 per topic). Place the rest on other topics"), "\(wide)")
        let merge = "Merge “Spaces of collaboration for companies and their partners in the region” into: select the topic it duplicates, Enter (Esc cancels)"
        let shown = TextFit.message(merge, width: 100, measure: m)
        #expect(shown.hasSuffix("Enter (Esc cancels)"), "\(shown)")
        #expect(shown.hasPrefix("Merge “Spaces of"))
        #expect(m.width(shown) <= 100)
        // A message that fits is left alone; one whose advice alone is too long is cut at its end.
        #expect(TextFit.message("Saved meeting.json", width: 30, measure: m) == "Saved meeting.json")
        #expect(TextFit.message("No. Place every one of the dots somewhere else please", width: 20, measure: m) == "No. Place every one…")
        // The fact keeps half the width: whose ballot it is stays readable before long advice.
        let ballot = "Ballot of 박지훈 (Park Ji-hoon) (Seoul): 5 of 5 dots left · 1–9 a dot · - back · n next · Esc done"
        let mode = TextFit.message(ballot, width: 80, measure: m)
        #expect(mode.hasPrefix("Ballot of 박지훈 (Park Ji-hoon) (Seoul): 5 of 5 dots left"), "\(mode)")
        #expect(m.width(mode) <= 80)
    }

    @Test func wrappingCutsAVeryLongWordInOnePass() {
        let word = String(repeating: "abcdefghij", count: 10_000)   // 100 000 characters
        let lines = Paragraph.wrap("short " + word + " end", width: 80, measure: m)
        #expect(lines.first == "short")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 80 })
        #expect(lines.dropFirst().joined() == word + "end")
        #expect(lines.count == 1 + 1250 + 1)
        #expect(lines.last == "end")
        // Wide clusters are never split, and one wider than the line is left out.
        #expect(Paragraph.wrap("漢字漢字漢", width: 4, measure: m) == ["漢字", "漢字", "漢"])
        #expect(Paragraph.wrap("a漢b", width: 1, measure: m) == ["a", "b"])
        #expect(Paragraph.wrap("one two three", width: 7, measure: m) == ["one two", "three"])
    }

    static let meetingTabs = ["Setup", "People", "Topics", "Vote", "Plan", "Groups", "Work", "Outcome", "Overview"]

    @Test func tabsShortenSoEveryNumberShowsAndTheActiveOneStaysReadable() {
        func row(_ width: Int, selected: Int) -> String {
            var b = Buffer(size: Size(width: width, height: 1))
            Tabs.render(Self.meetingTabs, selected: selected, into: &b, area: b.area)
            return b.lines[0]
        }
        #expect(row(100, selected: 7) == " 1 Setup   2 People   3 Topics   4 Vote   5 Plan   6 Groups   7 Work  [8 Outcome]  9 Overview")
        #expect(row(80, selected: 7) == " 1 Set   2 Peo   3 Top   4 Vot   5 Pla   6 Gro   7 Wor  [8 Outcome]  9 Ove")
        #expect(row(40, selected: 3) == " 1   2   3  [4 Vote]  5   6   7   8   9")
        let narrow = row(36, selected: 8)
        #expect(narrow.hasPrefix(" 1   2   3 "))
        #expect(narrow.hasSuffix("]"))
        #expect(narrow.hasSuffix("[9…]"))
    }

    @Test func aTableThatScrollsKeepsItsLastColumnForTheScrollBar() {
        var b = Buffer(size: Size(width: 20, height: 4))
        TableView.render(columns: [TableColumn("Topic"), TableColumn("Total", width: .fixed(5), alignment: .trailing)],
                         count: 9, state: ListState(), into: &b, area: b.area) { i in ["Topic \(i + 1)", String(10 + i)] }
        #expect(b.lines == [
            "  Topic       Total",
            "› Topic 1        10┃",
            "  Topic 2        11│",
            "  Topic 3        12│",
        ].map { $0 })
    }

    @Test func chartLabelsUseTheWidthThereIsAndKeepTheirMarker() {
        let long = "1. Linking traditional and new ICT industries with the universities"
        var wide = Buffer(size: Size(width: 200, height: 2))
        BarChart.render([BarChart.Item(long, 14, marker: " †"), BarChart.Item("2. Data", 7)], into: &wide, area: wide.area)
        #expect(wide.lines[0].hasPrefix(long + " † █"))
        var narrow = Buffer(size: Size(width: 40, height: 1))
        BarChart.render([BarChart.Item(long, 14, marker: " †")], into: &narrow, area: narrow.area)
        #expect(narrow.lines[0].contains("… † █"), "\(narrow.lines[0])")
    }

    @Test func theHelpSaysThatItScrolls() {
        let entries = (1...40).map { HelpEntry(keys: "k\($0)", description: "key \($0)") }
        var b = Buffer(size: Size(width: 60, height: 12))
        HelpOverlay.render([HelpOverlay.Section(title: "Vote", entries: entries)], offset: 0, into: &b, area: b.area)
        #expect(b.lines[11].contains("↓ more · 1–10 of 41"), "\(b.lines[11])")
        var end = Buffer(size: Size(width: 60, height: 12))
        HelpOverlay.render([HelpOverlay.Section(title: "Vote", entries: entries)], offset: 99, into: &end, area: end.area)
        #expect(end.lines[11].contains("↑ more · 32–41 of 41"), "\(end.lines[11])")
        var short = Buffer(size: Size(width: 60, height: 12))
        HelpOverlay.render([HelpOverlay.Section(title: "Vote", entries: Array(entries.prefix(3)))], offset: 0, into: &short, area: short.area)
        #expect(!short.lines.joined().contains("more"))
    }

    /// French and Spanish quotes are shortened like English ones, their marks kept whole.
    @Test func frenchAndSpanishQuotesAreShortenedFirst() {
        let fr = "Fusionner «\u{202F}Spaces of collaboration for companies\u{202F}» dans\u{202F}: choisissez le sujet"
        let shown = TextFit.message(fr, width: 60, measure: m)
        #expect(m.width(shown) <= 60)
        #expect(shown.hasPrefix("Fusionner «\u{202F}Spaces"))
        #expect(shown.hasSuffix("…\u{202F}» dans\u{202F}: choisissez le sujet"))
        let es = TextFit.message("Fusionar «Spaces of collaboration for companies» en: elige el tema", width: 50, measure: m)
        #expect(es.hasSuffix("…» en: elige el tema"))
        #expect(m.width(es) <= 50)
    }
}
