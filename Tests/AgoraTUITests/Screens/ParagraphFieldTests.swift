import AgoraCore
@testable import AgoraTUI
import Testing

/// Core keeps line breaks in descriptions, challenges, actions and results
/// (`TextRules.multiLine`); their form fields keep a pasted text's paragraphs as " ¶ ", as the
/// report framing's do, and show saved ones the same way when edited.
@Suite struct ParagraphFieldTests {
    static let pasted = "First paragraph line one\nline two\r\n\r\nSecond paragraph."
    static let kept = "First paragraph line one\nline two\n\nSecond paragraph."

    @Test func aTopicsPastedDescriptionKeepsItsLineBreaks() throws {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()], size: Size(width: 100, height: 30))
        pilot.press("a")
        pilot.type("Smart grids for ports")
        pilot.press(.tab); pilot.type("dub")
        pilot.press(.tab); pilot.paste(Self.pasted)
        #expect(pilot.text.contains("line one ¶ line two ¶ ¶ Second paragraph."))
        pilot.press(.enter)
        let topic = try #require(port.session.topics.last)
        #expect(topic.title == "Smart grids for ports")
        #expect(topic.description == Self.kept)
        // Editing shows the breaks as marks (the field not focused shows its start) and keeps
        // them when another field changes.
        pilot.press(.end); pilot.press("e")
        #expect(pilot.text.contains("line one ¶ line two ¶ ¶ Second paragr"))
        pilot.press(.ctrl("u")); pilot.type("Smart grids for harbours"); pilot.press(.enter)
        #expect(port.session.topics.last?.title == "Smart grids for harbours")
        #expect(port.session.topics.last?.description == Self.kept)
    }

    @Test func anExperiencesChallengeKeepsItsLineBreaks() throws {
        let (pilot, port) = ScreenFixtures.pilot([WorkScreen()], size: Size(width: 100, height: 30))
        pilot.press("a")
        pilot.type("Bike bus to school")
        pilot.press(.tab); pilot.type("dub")
        pilot.press(.tab); pilot.press(.tab); pilot.paste(Self.pasted)
        pilot.press(.tab); pilot.paste("Asked parents.\nWalked along.")
        pilot.press(.enter)
        let e = try #require(port.session.experiences.last)
        #expect(e.title == "Bike bus to school")
        #expect(e.challenge == Self.kept && e.action == "Asked parents.\nWalked along.")
    }

    @Test func aOneLineFieldStillMakesBreaksSpaces() {
        var form = FormState([.init("Title", label: "Title"), .init("Description", label: "Description", paragraphs: "a\nb")])
        #expect(form.fields[1].value.text == "a ¶ b")
        form.paste("one\ntwo")
        #expect(form.text("Title") == "one two")
        form.focus = 1
        form.paste("\nc")
        #expect(form.paragraphs("Description") == "a\nb\nc")
    }
}
