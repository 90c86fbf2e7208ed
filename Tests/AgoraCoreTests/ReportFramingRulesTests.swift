import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The report's framing (context, synthesis, contact) changes through the reducer like
/// everything else: cleaned by the text rules, bounded by the text limits, undoable.
@Suite("Report framing rules")
struct ReportFramingRulesTests {
    let t0 = Fixture.date

    @Test func setCleansEachPartAndSaysWhatChanged() {
        var s = Fixture.session()
        #expect(s.framing == nil)
        s.must(.setup(.setFraming(ReportFraming(context: "  First line\r\nsecond line\r\rNew paragraph\t end \u{7} ",
                                                synthesis: "", contact: "Secretariat,\n  digital@example.org  "))))
        #expect(s.framing == ReportFraming(context: "First line\nsecond line\n\nNew paragraph  end", synthesis: "",
                                           contact: "Secretariat, digital@example.org"))
        #expect(s.log.last?.text == "Report framing: context and contact changed")
        var next = s.framing!
        next.synthesis = "Cities want to link old and new industries."
        s.must(.setup(.setFraming(next)))
        #expect(s.log.last?.text == "Report framing: synthesis changed")
        s.must(.setup(.setFraming(next)))
        #expect(s.log.last?.text == "Report framing: unchanged")
    }

    @Test func emptyOrInvisiblePartsClearTheFraming() {
        var s = Fixture.session()
        s.must(.setup(.setFraming(ReportFraming(contact: "Secretariat"))))
        s.must(.setup(.setFraming(ReportFraming(context: "\u{200B} \n ", synthesis: "\u{FEFF}", contact: "  "))))
        #expect(s.framing == nil)
        #expect(s.log.last?.text == "Report framing cleared")
    }

    @Test func tooLongPartsAreRefusedNamingThePartAndLeaveTheSessionAsItWas() throws {
        var s = Fixture.session()
        s.must(.setup(.setFraming(ReportFraming(context: "Kept"))))
        let before = s
        let cases: [(ReportFraming, String)] = [
            (ReportFraming(context: String(repeating: "a", count: TextLimit.paragraph.maxLength + 1)),
             "The report's context is at most 20000 characters (got 20001)"),
            (ReportFraming(synthesis: String(repeating: "é", count: TextLimit.paragraph.maxLength + 5)),
             "The report's synthesis is at most 20000 characters (got 20005)"),
            (ReportFraming(contact: String(repeating: "x", count: 501)), "The report's contact line is at most 500 characters (got 501)"),
        ]
        for (framing, message) in cases {
            #expect(throws: AgoraError.self) { try s.apply(.setup(.setFraming(framing)), at: t0) }
            do { try s.apply(.setup(.setFraming(framing)), at: t0) } catch let error as AgoraError {
                #expect(error.message == message)
                #expect(error.hint == "Shorten it")
            }
            #expect(s == before)
        }
        // At the limit exactly is fine.
        s.must(.setup(.setFraming(ReportFraming(context: String(repeating: "a", count: TextLimit.paragraph.maxLength)))))
    }

    @Test func undoRestoresTheFramingBeforeAndRedoSetsItAgain() throws {
        var history = SessionHistory(Fixture.session())
        try history.apply(.setup(.setFraming(ReportFraming(context: "One"))), at: t0)
        try history.apply(.setup(.setFraming(ReportFraming(context: "Two", contact: "Us"))), at: t0)
        #expect(try history.undo(at: t0) == "Report framing: context and contact changed")
        #expect(history.session.framing == ReportFraming(context: "One"))
        try history.undo(at: t0)
        #expect(history.session.framing == nil)
        try history.redo(at: t0)
        try history.redo(at: t0)
        #expect(history.session.framing == ReportFraming(context: "Two", contact: "Us"))
    }

    @Test func theOperationGoesThroughTheJournalsCodable() throws {
        let op = Operation.setup(.setFraming(ReportFraming(context: "C\n\nD", synthesis: "S", contact: "K")))
        let back = try JSONDecoder().decode(Operation.self, from: JSONEncoder().encode(op))
        #expect(back == op)
    }

    @Test func anonymizingWithholdsParticipantsNamesAndAddressesInTheFraming() {
        var s = DemoSession.make()
        s.participants[0].email = "claire@example.org"
        s.must(.setup(.setFraming(ReportFraming(context: "Claire Dubois opened the meeting.",
                                                synthesis: "As Mikko Laine said, greentech is next.",
                                                contact: "Secretariat, or claire@example.org"))))
        let a = s.anonymized()
        #expect(a.framing == ReportFraming(context: "[name withheld] opened the meeting.",
                                           synthesis: "As [name withheld] said, greentech is next.",
                                           contact: "Secretariat, or [name withheld]"))
    }
}
