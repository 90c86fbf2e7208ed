import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// The report's framing, written on the Outcomes screen (`r`) through the keys.
@Suite struct FramingFormTests {
    @Test func writeTheFramingWithPastedParagraphsThenEditOnePart() {
        let (pilot, port) = ScreenFixtures.pilot([OutcomesScreen()], size: Size(width: 100, height: 30))
        pilot.press("r")
        #expect(pilot.text.contains("─ Report framing ─"))
        #expect(pilot.text.contains("¶ = line break"))
        pilot.type("The first of the committee's working meetings.")
        pilot.press(.tab)
        pilot.paste("Two projects came out of the groups.\r\n\r\nBoth are in progress.")
        #expect(pilot.text.contains("groups. ¶ ¶ Both are in progress."))
        pilot.press(.tab)
        pilot.paste("Committee Secretariat,\ndigitalcities@example.org")
        pilot.press(.enter)
        #expect(!pilot.text.contains("─ Report framing ─"))
        #expect(port.session.framing == ReportFraming(context: "The first of the committee's working meetings.",
                                                      synthesis: "Two projects came out of the groups.\n\nBoth are in progress.",
                                                      contact: "Committee Secretariat, digitalcities@example.org"))
        #expect(port.session.log.last?.text == "Report framing: context, synthesis and contact changed")

        // Editing the contact alone keeps the paragraphs of the synthesis.
        pilot.press("r")
        #expect(pilot.text.contains("groups. ¶ ¶ Both are in pr"))     // not focused: its start
        pilot.press(.tab); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("The Secretariat"); pilot.press(.enter)
        #expect(port.session.framing?.synthesis == "Two projects came out of the groups.\n\nBoth are in progress.")
        #expect(port.session.framing?.contact == "The Secretariat")
        #expect(port.session.log.last?.text == "Report framing: contact changed")

        // Undo takes it back.
        pilot.press("u")
        #expect(port.session.framing?.contact == "Committee Secretariat, digitalcities@example.org")
    }

    @Test func aTooLongContactStaysInTheFormWithCoresMessage() {
        let (pilot, port) = ScreenFixtures.pilot([OutcomesScreen()], size: Size(width: 120, height: 30))
        pilot.press("r"); pilot.press(.tab); pilot.press(.tab)
        pilot.paste(String(repeating: "x", count: 501))
        pilot.press(.enter)
        #expect(pilot.text.contains("The report's contact line is at most 500 characters (got 501)"))
        #expect(port.session.framing == nil)
        pilot.press(.escape)
        #expect(!pilot.text.contains("─ Report framing ─"))
        #expect(pilot.text.contains("Cancelled"))
    }

    @Test func helpListsTheFramingKey() {
        let (pilot, _) = ScreenFixtures.pilot([OutcomesScreen()], size: Size(width: 100, height: 40))
        pilot.press("?")
        #expect(pilot.text.contains("report framing: context, synthesis, contact"))
    }

    @Test func lineBreaksShowAsMarksAndComeBack() {
        #expect(LineBreakMark.shown("a\nb\n\nc") == "a ¶ b ¶ ¶ c")
        #expect(LineBreakMark.typed("a ¶ b ¶ ¶ c") == "a\nb\n\nc")
        #expect(LineBreakMark.typed("a¶b") == "a\nb")
        for text in ["One paragraph.", "Line one\nline two\n\nNew paragraph.", "x\n\n\ny"] {
            #expect(LineBreakMark.typed(LineBreakMark.shown(text)) == text)
        }
    }
}
