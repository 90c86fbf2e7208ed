import AgoraCore
import AgoraTestSupport
@testable import AgoraTUI
import Foundation
import Testing

/// Issue 12 items 10 and 11: a default is replaced by the first key typed (not appended to),
/// and the "Who is voting?" picker holds after an Enter that finds no one, so that the keys
/// typed next never fall into its field.
@Suite struct FormAndPickerTests {
    /// A date field typed as a day that does not exist says why, as the CLI and Core do; any
    /// other text says how to type a date.
    @Test func aDateThatIsNoDaySaysWhy() {
        func error(_ typed: String) -> FieldError { FormError.date(FormState([.init("Date", label: "Date", value: typed)]), "Date") }
        #expect(error("2026-02-30").message == "Date: “2026-02-30” is not a date: 2026-02 has 28 days")
        #expect(error("2026-13-01").message == "Date: “2026-13-01” is not a date: months run from 01 to 12")
        #expect(error("30/02/2026").message == "Date: type it as YYYY-MM-DD")
        #expect(error("30/02/2026").field == "Date")
    }

    /// Enter pressed in one field while another is wrong: the message names the wrong field
    /// and the cursor goes there, so that the fix is typed at once (it stayed where Enter was).
    @Test func aFormErrorPutsTheCursorInTheFieldItIsAbout() {
        let (pilot, port) = ScreenFixtures.pilot(MeetingScreens.make(), session: MeetingFlowTests.newSession())
        pilot.press("j"); pilot.press("a")                                 // on "Rooms": add a room
        pilot.press(.ctrl("u")); pilot.type("Fourvière"); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("twenty")
        pilot.press(.backTab)                                              // back in Name
        func row(_ label: String) -> Int? { pilot.lines.firstIndex { $0.contains(label) } }
        #expect(pilot.cursor?.y == row("Fourvière"))
        pilot.press(.enter)
        #expect(pilot.text.contains("Seats: type a whole number"))
        #expect(pilot.cursor?.y == row("twenty"))
        pilot.press(.ctrl("u")); pilot.type("12"); pilot.press(.enter)     // typed straight into Seats
        #expect(port.session.rooms.last?.name == "Fourvière")
        #expect(port.session.rooms.last?.capacity == 12)
    }

    /// A proposer who is no one: the message starts with the field's label in the language
    /// shown (the experience form's said "Shared by:" in English in every language).
    @Test func aNameNoOneHasIsAboutItsFieldInTheLanguageShown() {
        let s = Fixture.session()
        LanguageSnapshotTests.reading(.fr) {
            var open = ExperienceForm(origin: Origin(topic: nil, round: nil), session: s)
            open.form.focus = open.form.fields.firstIndex { $0.name == "Shared by" }!
            for c in "Zorro" { _ = open.form.handle(Key(c)) }
            do {
                _ = try open.operation(s)
                Issue.record("Zorro is no one in the session")
            } catch let e as FieldError {
                #expect(e.field == "Shared by")
                #expect(e.message.hasPrefix(open.form.label("Shared by") + "\u{202F}: "), "\(e.message)")
                #expect(!e.message.contains("Shared by"), "\(e.message)")
            } catch { Issue.record("\(error)") }
        }
    }

    @Test func typingOverADefaultReplacesIt() {
        var field = TextFieldState(default: "2026-12-01")
        #expect(field.isDefault)
        for c in "2014-03-12" { _ = field.handle(Key(c)) }
        #expect(field.text == "2014-03-12")      // was "2026-12-012014-03-12"
        #expect(!field.isDefault)
    }

    @Test func aKeyThatMovesKeepsTheDefaultAndEditsIt() {
        var field = TextFieldState(default: "45")
        let moved = field.handle(.end)
        #expect(moved)
        _ = field.handle(Key("0"))
        #expect(field.text == "450")
        var back = TextFieldState(default: "10:00")
        let deleted = back.handle(.backspace)
        #expect(deleted)
        #expect(back.text == "")
        var paste = TextFieldState(default: "economy")
        paste.insert("living")
        #expect(paste.text == "living")
        // A key the field does not use leaves the default selected.
        var enter = TextFieldState(default: "3")
        let used = enter.handle(.enter)
        #expect(!used)
        #expect(enter.isDefault)
        // A value being edited (not a default) is appended to, as before.
        var edited = TextFieldState("Ana")
        _ = edited.handle(Key("s"))
        #expect(edited.text == "Anas")
    }

    @Test func theNewSessionFormTakesATypedDateOverTodays() {
        let pilot = ScreenFixtures.pilot([StartScreen(entries: StartScreenTests.entries)], session: StartScreen.placeholderSession).0
        pilot.press("n")
        pilot.type("Rencontre"); pilot.press(.tab); pilot.type("Lyon"); pilot.press(.tab)
        pilot.type("2014-03-12"); pilot.press(.tab); pilot.press(.tab)
        pilot.type("2"); pilot.press(.tab); pilot.press(.tab); pilot.press(.tab)
        pilot.type("30")
        pilot.press(.enter)
        #expect(pilot.exit == .quit, "\(pilot.text)")
        guard case .create(let setup)? = StartScreen.choice(of: pilot.runtime) else { Issue.record("no setup: \(pilot.text)"); return }
        #expect(setup.meeting.date == CalendarDate("2014-03-12"))
        #expect(setup.rooms.count == 2)
        #expect(setup.roundMinutes == 30)
    }

    @Test func theSetupFormProposesARoomNameThatTypingReplaces() {
        let form = SetupForm(.addRoom, session: Fixture.session())
        var state = form.form
        #expect(state.fields[0].value.isDefault)
        for c in "Agora" { _ = state.handle(Key(c)) }
        #expect(state.text("Name") == "Agora")
        // Editing an existing room keeps its name as text to edit.
        var s = Fixture.session()
        s.must(.setup(.addRoom(name: "Forum", capacity: 12)))
        let edit = SetupForm(.room(s.rooms.last!.id), session: s)
        #expect(!edit.form.fields[0].value.isDefault)
    }

    @Test func enterWithNoMatchHoldsThePickerUntilEsc() {
        let (pilot, port) = ScreenFixtures.pilot([VoteScreen()], session: RoomRulesWiringTests.session())
        pilot.press("v"); pilot.type("parkk")
        pilot.press(.enter)
        #expect(pilot.text.contains("No one matches ‘parkk’ — Esc to clear"))
        // The dots meant for the ballot do not go into the name field.
        pilot.type("66214")
        #expect(pilot.text.contains("parkk"))
        #expect(!pilot.text.contains("parkk6"))
        #expect(pilot.text.contains("No one matches ‘parkk’ — Esc to clear"))
        // Esc clears the field; the picker is still open for another name.
        pilot.press(.escape)
        #expect(pilot.text.contains("Who is voting?"))
        #expect(!pilot.text.contains("parkk"))
        pilot.type("park"); pilot.press(.enter)
        pilot.press("1")
        #expect(port.session.ballot(of: ParticipantID(5))?.dots == [DotMark(topic: TopicID(1), count: 1)])
    }

    /// A refusal longer than the picker's row wraps under the field: every word of it shows.
    @Test func aLongRefusalIsShownWhole() throws {
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: RoomRulesWiringTests.session())
        let typed = "Someone whose name is far too long to be anyone here"
        pilot.press("v"); pilot.type(typed)
        pilot.press(.enter)
        let words = pilot.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("│ No one matches ‘\(typed.prefix(30))"))
        #expect(words.contains("anyone here’ — Esc to clear │"))
        // The box keeps its width and borders: no row of the picker runs past them.
        let lines = pilot.lines.map(Array.init)
        let top = try #require(lines.firstIndex { String($0).contains("Who is voting?") })
        let right = try #require(lines[top].lastIndex(of: "┐"))
        let bottom = try #require(lines[top...].firstIndex { $0.count > right && $0[right] == "┘" })
        #expect(bottom - top == 10)                                        // a row more than a one-row note
        for row in lines[(top + 1)..<bottom] { #expect(row.count > right && row[right] == "│", "\(String(row))") }
    }

    @Test func theEditingKeysAreInTheHelp() {
        let (pilot, _) = ScreenFixtures.pilot([VoteScreen()], session: RoomRulesWiringTests.session(), size: Size(width: 120, height: 150))
        pilot.press("?")
        #expect(pilot.text.contains("Ctrl-U / Ctrl-K"))
        #expect(pilot.text.contains("→/End") && pilot.text.contains("keep a default to edit it (another key replaces it)"))
    }
}
