@testable import AgoraTUI
import Testing

@Suite struct WidgetTests {
    @Test func listShowsOnlyVisibleRowsAndMarksTheSelection() {
        var b = Buffer(size: Size(width: 20, height: 4))
        var asked: [Int] = []
        let cursor = ListView.render(count: 5000, state: ListState(selected: 4999, offset: 0), into: &b, area: b.area) { i in
            asked.append(i); return "row \(i)"
        }
        #expect(asked == [4996, 4997, 4998, 4999])
        #expect(b.lines.map { String($0.dropLast()) .trimmingTrailingSpaces } == ["  row 4996", "  row 4997", "  row 4998", "› row 4999"])
        #expect(cursor == Position(x: 0, y: 3))
        #expect(b[3, 3].role == .selected)
    }

    @Test func listStateScrollsAndClamps() {
        var s = ListState()
        s.move(by: 10, count: 5)
        #expect(s.selected == 4)
        s = s.scrolled(visibleRows: 2, count: 5)
        #expect(s.offset == 3)
        s.move(by: -1, count: 5); s = s.scrolled(visibleRows: 2, count: 5)
        #expect(s.offset == 3)            // still visible: no scroll
        s.move(by: -2, count: 5); s = s.scrolled(visibleRows: 2, count: 5)
        #expect(s.offset == 1)
        s.move(by: 0, count: 0)
        #expect(s.selected == 0)
    }

    @Test func tableLaysOutColumnsWithHeader() {
        var b = Buffer(size: Size(width: 30, height: 4))
        TableView.render(columns: [TableColumn("#", width: .fixed(3), alignment: .trailing), TableColumn("Name"), TableColumn("City")],
                         count: 2, state: ListState(selected: 1), into: &b, area: b.area) { i in
            [["1", "Ana Lima", "São Paulo"], ["2", "李雷", "北京"]][i]
        }
        #expect(b.lines == [
            "    # Name        City",
            "    1 Ana Lima    São Paulo",
            "›   2 李雷        北京",
            "",
        ])
        #expect(b.roleLine(0).hasPrefix("hhhhhh"))
    }

    @Test func textFieldEditing() {
        var f = TextFieldState("data mining for smes")
        do { let handled = f.handle(.ctrl("w")); #expect(handled) }
        #expect(f.text == "data mining for ")
        f.moveToStart()
        f.moveWordRight(); #expect(f.cursor == 4)
        f.moveWordRight(); #expect(f.cursor == 11)
        do { let handled = f.handle(Key(.left, .control)); #expect(handled) }; #expect(f.cursor == 5)
        do { let handled = f.handle(Key(.right, .alt)); #expect(handled) }; #expect(f.cursor == 11)
        f.insert("X"); #expect(f.text == "data miningX for ")
        do { let handled = f.handle(.backspace); #expect(handled) }; do { let handled = f.handle(.home); #expect(handled) }; do { let handled = f.handle(.delete); #expect(handled) }
        #expect(f.text == "ata mining for ")
        do { let handled = f.handle(.end); #expect(handled) }; do { let handled = f.handle(.ctrl("u")); #expect(handled) }; #expect(f.text.isEmpty)
        f.insert("line one\nline two"); #expect(f.text == "line one line two")
        do { let handled = f.handle(.enter); #expect(!handled) }
        f.moveToStart(); do { let handled = f.handle(.ctrl("k")); #expect(handled) }; #expect(f.text.isEmpty)
    }

    @Test func textFieldScrollsToKeepTheCursorVisible() {
        var b = Buffer(size: Size(width: 10, height: 1))
        let long = TextFieldState(String(repeating: "abcdefghij", count: 500))   // a long paste
        let cursor = TextField.render(long, into: &b, area: b.area)
        #expect(cursor == Position(x: 9, y: 0))
        #expect(b.lines == ["bcdefghij"])
        var start = long; start.moveToStart()
        #expect(TextField.render(start, into: &b, area: b.area) == Position(x: 0, y: 0))
        #expect(b.lines == ["abcdefghij"])
        var wide = TextFieldState("北京北京北京"); wide.moveToEnd()
        let p = TextField.render(wide, into: &b, area: b.area)
        #expect(p.x == 8 && b.lines == ["北京北京"])
    }

    @Test func formMovesFocusWithTab() {
        var form = FormState([.init("Name", label: "Name"), .init("City", label: "City")])
        _ = form.handle(Key("A")); _ = form.handle(.tab); _ = form.handle(Key("B"))
        #expect(form.values == ["Name": "A", "City": "B"])
        _ = form.handle(.backTab); #expect(form.focus == 0)
        var b = Buffer(size: Size(width: 20, height: 2))
        let cursor = Form.render(form, into: &b, area: b.area)
        #expect(b.lines == [" Name: A", " City: B"])
        #expect(cursor == Position(x: 8, y: 0))
    }

    @Test func confirmDialogIsCentred() {
        var b = Buffer(size: Size(width: 40, height: 7))
        ConfirmDialog.render(ConfirmRequest(title: "Remove", message: "Remove Ana?", confirmLabel: "Remove"), into: &b, area: b.area)
        #expect(b.lines == [
            "",
            "     ┌─ Remove ───────────────────┐",
            "     │Remove Ana?                 │",
            "     │                            │",
            "     │[y] Remove   [n] Cancel     │",
            "     └────────────────────────────┘",
            "",
        ])
    }

    @Test func tabsStatusBarAndHints() {
        var b = Buffer(size: Size(width: 40, height: 3))
        Tabs.render(["Participants", "Topics"], selected: 1, into: &b, area: b.area.row(0))
        StatusBar.render(left: "left text", right: "bordeaux.json", into: &b, area: b.area.row(1))
        HintBar.render([HelpEntry(keys: "j/↓", description: "next", showsInHints: true),
                        HelpEntry(keys: "x", description: "hidden"),
                        HelpEntry(keys: "q", description: "quit", showsInHints: true)], into: &b, area: b.area.row(2))
        #expect(b.lines == [" 1 Participants  [2 Topics]", "left text                  bordeaux.json", "j/↓ next  q quit"])
        #expect(b[17, 0].role == .tabActive)
    }

    @Test func barChartScalesToTheLargestValue() {
        var b = Buffer(size: Size(width: 20, height: 2))
        BarChart.render([.init("Data", 8), .init("Open", 3)], into: &b, area: b.area)
        #expect(b.lines == ["Data █████████████ 8", "Open ████▉         3"])
    }

    @Test func bigClockDigits() {
        var b = Buffer(size: Size(width: 17, height: 5))
        BigClock.render("12:05", into: &b, area: b.area)
        #expect(b.lines == [
            "  █ ███   ███ ███",
            "  █   █ █ █ █ █",
            "  █ ███   █ █ ███",
            "  █ █   █ █ █   █",
            "  █ ███   ███ ███",
        ])
        var small = Buffer(size: Size(width: 8, height: 1))
        BigClock.render("12:05", into: &small, area: small.area)
        #expect(small.lines == [" 12:05"])
    }

    @Test func paragraphWraps() {
        #expect(Paragraph.wrap("one two three four", width: 9, measure: .unicode) == ["one two", "three", "four"])
        #expect(Paragraph.wrap("abcdefghijkl", width: 5, measure: .unicode) == ["abcde", "fghij", "kl"])
    }
}

extension String {
    var trimmingTrailingSpaces: String { var s = self; while s.last == " " { s.removeLast() }; return s }
}
