import AgoraCore
@testable import AgoraTUI
import Testing

/// A form's note — above all Core's refusal — is shown whole: wrapped over as many rows as it
/// needs, the box widened up to the terminal, at 100×30 as at 80×24 (the facilitator's report:
/// "Activity “online exchange …” …" with no reason, "… Shorten …").
@Suite struct FormNoteTests {
    /// The text inside the form's box (between "│ " and " │"), its rows joined by spaces.
    static func boxText(_ pilot: Pilot) -> String {
        pilot.lines.compactMap { line -> String? in
            guard let open = line.range(of: "│ "), let close = line.range(of: " │", options: .backwards),
                  open.upperBound <= close.lowerBound else { return nil }
            return String(line[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test(arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24)])
    func anActivityEndingBeforeItStartsSaysWhyAndWhatToDo(size: Size) {
        let (pilot, port) = ActivityDialogTests.onFirstProject(size: size)
        let before = ActivityDialogTests.project(port).activities
        pilot.press("A"); pilot.press("a")
        pilot.type("online exchange every four months in the next 18 months")
        pilot.press(.tab); pilot.press(.tab); pilot.press(.tab)
        pilot.type("2015-01-01")
        pilot.press(.tab)
        pilot.type("2014-01-01")
        pilot.press(.enter)
        #expect(ActivityDialogTests.project(port).activities == before)
        let text = Self.boxText(pilot)
        #expect(text.contains("Activity “online exchange every four months in the next 18 months” ends on 2014-01-01, before it starts on 2015-01-01"), "\(pilot.text)")
        #expect(text.contains("Give an end on or after the start date"), "\(pilot.text)")
    }

    @Test(arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24)])
    func aTooLongNameKeepsItsAdvice(size: Size) {
        let (pilot, port) = ScreenFixtures.pilot([PeopleScreen()], size: size)
        let count = port.session.participants.count
        pilot.press("a")
        pilot.paste(String(repeating: "x", count: 2000))
        pilot.press(.tab); pilot.type("Lyon")
        pilot.press(.enter)
        #expect(port.session.participants.count == count)
        #expect(Self.boxText(pilot).contains("A participant's name is at most 500 characters (got 2000). Shorten it"), "\(pilot.text)")
        // The refusal keeps the error style on every row it takes.
        let rows = pilot.lines.indices.filter { pilot.lines[$0].contains("Shorten it") || pilot.lines[$0].contains("A participant's name") }
        #expect(!rows.isEmpty)
        for y in rows { #expect(pilot.terminal.screen.roleLine(y).contains("E")) }
    }

    @Test func aShortNoteKeepsTheUsualBox() {
        let layout = FormBox.layout(fieldCount: 3, note: "Enter saves · Tab next field · Esc cancels",
                                    in: Rect(x: 0, y: 2, width: 120, height: 26), measure: TextWidth.unicode)
        #expect(layout.box.width == FormBox.usualWidth && layout.note.count == 1)
    }

    @Test func aLongNoteWidensTheBoxThenWraps() {
        let note = String(repeating: "word ", count: 60).trimmingCharacters(in: .whitespaces)
        let area = Rect(x: 0, y: 2, width: 100, height: 26)
        let layout = FormBox.layout(fieldCount: 3, note: note, in: area, measure: TextWidth.unicode)
        #expect(layout.box.width == 100)
        #expect(layout.note.joined(separator: " ") == note)
        #expect(layout.box.height == 3 + 3 + layout.note.count)
        // Fewer rows than the note needs: the last row keeps its end.
        let tight = FormBox.layout(fieldCount: 3, note: note + ". Do this", in: Rect(x: 0, y: 0, width: 40, height: 8),
                                   measure: TextWidth.unicode)
        #expect(tight.box.height == 8 && tight.note.last?.hasSuffix("Do this") == true)
    }
}
