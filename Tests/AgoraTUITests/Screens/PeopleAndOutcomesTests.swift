import AgoraCore
@testable import AgoraTUI
import Foundation
import Testing

/// People, editing, and the other ballot methods, through the keys.
@Suite struct PeopleAndOutcomesTests {
    @Test func editMarkAbsentAndRemoveAPerson() {
        let (pilot, port) = ScreenFixtures.pilot([PeopleScreen()])
        pilot.press("e")
        #expect(pilot.text.contains("Edit participant #1"))
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("Bordeaux Métropole"); pilot.press(.enter)
        #expect(port.session.participant(ParticipantID(1))?.city == "Bordeaux Métropole")
        pilot.press("h")
        #expect(port.session.participant(ParticipantID(1))?.present == false)
        #expect(pilot.text.contains("16 (15 here)"))
        pilot.press("j"); pilot.press("d")
        #expect(pilot.text.contains("Remove Julien Marchand"))
        pilot.press("y")
        #expect(port.session.participant(ParticipantID(2)) == nil)
        #expect(port.session.ballot(of: ParticipantID(2)) == nil)
    }

    /// A new person's city typed in other case and without accents is the known city, spelled
    /// as known, so that the header counts one city.
    @Test func aKnownCityTypedOtherwiseTakesItsKnownSpelling() {
        let (pilot, port) = ScreenFixtures.pilot([PeopleScreen()])
        let cities = port.session.cities.count
        pilot.press("a"); pilot.type("Zoé Martin"); pilot.press(.tab); pilot.type("BORDEAUX"); pilot.press(.enter)
        #expect(port.session.participants.last?.name == "Zoé Martin")
        #expect(port.session.participants.last?.city == "Bordeaux")
        #expect(port.session.cities.count == cities)
    }

    @Test func aDuplicateNameIsRefusedByCoreAndTheFormStays() {
        let (pilot, port) = ScreenFixtures.pilot([PeopleScreen()])
        pilot.press("a"); pilot.type("Claire Dubois"); pilot.press(.tab); pilot.type("Bordeaux"); pilot.press(.enter)
        #expect(port.session.participants.count == 16)
        #expect(pilot.text.contains("Add a participant"))
        pilot.press(.escape)
        #expect(!pilot.text.contains("Add a participant"))
    }

    @Test func importOpensThePaletteWithTheVerb() {
        let (pilot, _) = ScreenFixtures.pilot([PeopleScreen()])
        pilot.press("i")
        #expect(pilot.state.overlay == .palette)
        #expect(pilot.state.palette.field.text == "import participants ")
    }

    @Test func editATopicTitle() {
        let (pilot, port) = ScreenFixtures.pilot([TopicsScreen()])
        pilot.press(.end); pilot.press("e")
        pilot.press(.ctrl("u")); pilot.type("Open data for new city services"); pilot.press(.enter)
        #expect(port.session.topic(TopicID(9))?.title == "Open data for new city services")
        #expect(port.session.topic(TopicID(9))?.proposer == ParticipantID(15))
    }

    @Test func rankedAndApprovalBallots() {
        var session = MeetingFlowTests.newSession()
        for name in ["Ana", "Bo"] { try! session.apply(.people(.add(ParticipantFields(name: name, city: "Lyon"))), at: ScreenFixtures.now) }
        for title in ["A", "B", "C"] { try! session.apply(.topics(.propose(TopicFields(title: title))), at: ScreenFixtures.now) }
        var rules = session.voting
        rules.method = .ranked
        try! session.apply(.setup(.setVotingRules(rules)), at: ScreenFixtures.now)
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()], session: session)
        pilot.press("o"); pilot.press("v"); pilot.type("ana"); pilot.press(.enter)
        pilot.type("31")
        #expect(port.session.ballot(of: ParticipantID(1))?.ranking == [TopicID(3), TopicID(1)])
        #expect(pilot.text.contains("#1"))
        pilot.press("-")                                                   // the selection is on A: out of the ranking
        #expect(port.session.ballot(of: ParticipantID(1))?.ranking == [TopicID(3)])

        rules.method = .approval
        try! session.apply(.setup(.setVotingRules(rules)), at: ScreenFixtures.now)
        let (approval, approvalPort) = ScreenFixtures.pilot([VoteScreen()], session: session)
        approval.press("o"); approval.press("v"); approval.type("bo"); approval.press(.enter)
        approval.type("122")                                               // the second 2 takes the mark back
        #expect(approvalPort.session.ballot(of: ParticipantID(2))?.dots == [DotMark(topic: TopicID(1), count: 1)])
    }

    @Test func outcomesEditAndStatusBack() {
        let (pilot, port) = ScreenFixtures.pilot([OutcomesScreen()])
        pilot.press("S")
        #expect(port.session.projects[0].status == .agreed)
        pilot.press("j"); pilot.press("e")
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("How can companies of different cities meet?"); pilot.press(.enter)
        #expect(port.session.projects[1].question == "How can companies of different cities meet?")
        #expect(port.session.projects[1].activities.count == 3)              // kept by the edit
        pilot.press("/"); pilot.type("grand")
        #expect(pilot.text.contains("1 match"))
    }

    /// A repeating activity's detail says when it starts and when it ends, in the language
    /// shown, as the exports say it.
    @Test func outcomesShowARepeatsEnd() {
        var session = DemoSession.make()
        session.projects[0].activities[0].end = CalendarDate(year: 2015, month: 9, day: 16)
        let (pilot, _) = ScreenFixtures.pilot([OutcomesScreen()], session: session, size: Size(width: 120, height: 30))
        // The detail wraps: its words, read across the lines.
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(words(pilot.text).contains("Grand Junction (every 4 months from 2013-09-16 until 2015-09-16; Bordeaux)"))
        let french = LanguageSnapshotTests.reading(.fr) {
            ScreenFixtures.pilot([OutcomesScreen()], session: session, size: Size(width: 120, height: 30)).0.text
        }
        #expect(words(french).contains("Grand Junction (tous les 4 mois du 16 septembre 2013 au 16 septembre 2015 ; Bordeaux)"))
    }

    /// In French the project and experience forms are labelled in French, and the detail numbers
    /// the activities as `agora project activity edit` takes them.
    @Test func projectAndExperienceFormsSpeakTheLanguageShown() {
        LanguageSnapshotTests.reading(.fr) {
            let (pilot, _) = ScreenFixtures.pilot([OutcomesScreen()], size: Size(width: 120, height: 30))
            #expect(pilot.text.contains("1. Online exchange on the tools"))
            #expect(pilot.text.contains("3. Online compendium of good practices"))
            pilot.press("e")
            for label in ["Titre\u{202F}:", "Question\u{202F}:", "Ville chef de file\u{202F}:", "Partenaires\u{202F}:", "Intéressées\u{202F}:",
                          "Prochaines étapes\u{202F}:", "Description\u{202F}:"] {
                #expect(pilot.text.contains(label), "\(label)")
            }
            #expect(!pilot.text.contains("Lead city") && !pilot.text.contains("Next steps"))
            pilot.press(.escape)
            let (work, _) = ScreenFixtures.pilot([WorkScreen()], size: Size(width: 120, height: 30))
            work.press("a")
            for label in ["Partagée par\u{202F}:", "Défi\u{202F}:", "Ce qui a été fait\u{202F}:", "Mots-clés\u{202F}:"] {
                #expect(work.text.contains(label), "\(label)")
            }
        }
    }

    /// In Spanish a confirmation answers to s (sí), and still to y; n cancels.
    @Test func aConfirmationTakesTheLanguagesYesKey() {
        LanguageSnapshotTests.reading(.es) {
            let (pilot, port) = ScreenFixtures.pilot([OutcomesScreen()], size: Size(width: 100, height: 30))
            pilot.press("d")
            #expect(pilot.text.contains("[s] "))
            pilot.press("n")
            #expect(port.session.projects.count == 2)
            pilot.press("d"); pilot.press("s")
            #expect(port.session.projects.count == 1)
            pilot.press("d"); pilot.press("y")
            #expect(port.session.projects.isEmpty)
        }
    }

    /// `agora open --read-only`: the keys that would change the session open no form, picker or
    /// engine; they say the session is read-only, and typed text goes nowhere.
    @Test func onAReadOnlySessionEditingKeysOpenNoForm() {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), readOnly: true)
        pilot.press("]"); pilot.press("a")
        #expect(pilot.text.contains("Open read-only: this key would change the session"))
        #expect(!pilot.text.contains("Read-only: nothing typed here will be saved"))
        #expect(!pilot.runtime.state.focusedScreen.isEditingText)
        pilot.type("Kofi Mensah"); pilot.press(.enter)
        pilot.press("]"); pilot.press("]"); pilot.press("v")
        #expect(pilot.text.contains("Open read-only"))
        #expect(!pilot.runtime.state.focusedScreen.isEditingText)
        pilot.press("]"); pilot.press("]"); pilot.press("g")
        #expect(pilot.text.contains("Open read-only"))
        #expect(pilot.runtime.state.running.isEmpty)
        #expect(port.session == DemoSession.make())
    }
}
