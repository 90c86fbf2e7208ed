import AgoraCore
@testable import AgoraTUI
import Testing

/// The Work screen's activities dialog: a project's activities edited, added and removed one
/// at a time with every field Core's `editActivity` takes, the others kept whole.
@Suite("Work screen activities dialog")
struct ActivityDialogTests {
    /// A pilot on the Work screen with the first project of the demo selected.
    /// `row` is how the list names a project in the language shown.
    static func onFirstProject(size: Size = Size(width: 80, height: 24), row: String = "project ·") -> (Pilot, MemorySessionPort) {
        let (pilot, port) = ScreenFixtures.pilot([WorkScreen()], size: size)
        for _ in 0..<40 where !(pilot.lines.first { $0.hasPrefix("›") }?.contains(row) ?? false) { pilot.press("j") }
        return (pilot, port)
    }

    static func project(_ port: MemorySessionPort) -> Project { port.session.projects[0] }

    @Test func editingOneActivityKeepsEveryFieldOfTheOthers() throws {
        let (pilot, port) = Self.onFirstProject()
        let before = ActivityNumbers.numbered(Self.project(port).activities)
        pilot.press("A")
        #expect(pilot.text.contains("Activities of “\(Self.project(port).title)"))
        // Each row keeps when the activity happens and who carries it whole, its text cut before.
        #expect(pilot.text.contains("1. Online exchange on the too… (every 4 months from 2013-09-16; Bordeaux)"))
        pilot.press(.down); pilot.press("e")                                // activity 2, the forum
        #expect(pilot.text.contains("Edit activity 2"))
        // Every field: text, kind, cadence, start, end, owner.
        pilot.press(.ctrl("u")); pilot.type("Forum on Grand Junction")
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("event")
        pilot.press(.tab); pilot.type("1 year")
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("2014-10-16")
        pilot.press(.tab); pilot.type("2016-10-16")
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("Barcelona")
        pilot.press(.enter)
        let after = Self.project(port).activities
        #expect(after.count == 3)
        #expect(after[1] == Activity(id: 2, kind: .event, text: "Forum on Grand Junction", cadence: Cadence(every: 1, unit: .year),
                                     due: CalendarDate("2014-10-16"), end: CalendarDate("2016-10-16"), owner: "Barcelona"))
        #expect(after[0] == before[0] && after[2] == before[2])
        // Back on the list, which shows the change; Esc closes the dialog.
        #expect(pilot.text.contains("2. Forum on Gra… (every year from 2014-10-16 until 2016-10-16; Barcelona)"))
        pilot.press(.escape)
        #expect(!pilot.text.contains("Activities of"))
    }

    @Test func addingReadsTheWordsAndRemovingKeepsTheOthers() throws {
        let (pilot, port) = Self.onFirstProject()
        let before = ActivityNumbers.numbered(Self.project(port).activities)
        pilot.press("A"); pilot.press("a")
        #expect(pilot.text.contains("Add an activity"))
        pilot.type("Visits to the partner cities in the next 18 months")
        for _ in 0..<5 { pilot.press(.tab) }
        pilot.type("Rabat")
        pilot.press(.enter)
        let added = try #require(Self.project(port).activities.last)
        let meeting = port.session.meeting.date
        #expect(added.text == "Visits to the partner cities in the next 18 months" && added.owner == "Rabat" && added.id == 4)
        #expect(added.due == meeting && added.end == CalendarDate(year: meeting.year + 1, month: meeting.month + 6, day: meeting.day))
        #expect(added.kind == .event && added.cadence == nil)
        // Remove the first: a confirmation, then the others keep every field and number.
        pilot.press("k"); pilot.press("k"); pilot.press("k")
        pilot.press("d")
        #expect(pilot.text.contains("Remove “Online exchange on the tools"))
        pilot.press("y")
        #expect(Self.project(port).activities == Array(before.dropFirst()) + [added])
        #expect(pilot.text.contains("2. Large-scale forum"))
        pilot.press("u")                                                   // undo brings it back
        #expect(Self.project(port).activities.count == 4)
    }

    /// In French, the dialog, its keys, its form and its messages are French; what was typed stays.
    @Test func theDialogSpeaksTheLanguageShown() {
        LanguageSnapshotTests.reading(.fr) {
            let (pilot, port) = Self.onFirstProject(size: Size(width: 100, height: 30), row: "projet ·")
            pilot.press("A")
            #expect(pilot.text.contains("Activités de «\u{202F}\(Self.project(port).title)"))
            #expect(pilot.text.contains("↑/↓ choisir · e modifier · a ajouter · d supprimer · Échap ferme"))
            #expect(pilot.text.contains("3. Online compendium of go… (pour le 20 novembre 2014\u{202F}; UCLG Committee Secretariat)"))
            pilot.press("e")
            #expect(pilot.text.contains("Modifier l’activité 1"))
            #expect(pilot.text.contains("Début ou échéance\u{202F}: 2013-09-16"))
            #expect(pilot.text.contains("Tous les\u{202F}: 4 mois"))
            pilot.press(.tab); pilot.press(.tab); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("2014-02-30")
            pilot.press(.enter)
            #expect(pilot.text.contains("Début ou échéance\u{202F}: «\u{202F}2014-02-30\u{202F}» n’est pas une date"))
            pilot.press(.escape); pilot.press("d")
            #expect(pilot.text.contains("Supprimer l’activité"))
            #expect(!pilot.text.contains("Remove"))
            // The yes key is the language's: o (oui) removes it.
            #expect(pilot.text.contains("[o] Supprimer   [n] Annuler"))
            pilot.press("o")
            #expect(Self.project(port).activities.count == 2)
        }
    }

    @Test func aFieldTypedWrongStaysInTheFormWithItsName() {
        let (pilot, port) = Self.onFirstProject()
        let before = port.session
        pilot.press("A"); pilot.press("e")
        pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("party")
        pilot.press(.enter)
        #expect(pilot.text.contains("Kind: “party” is not a kind of activity"))
        #expect(pilot.terminal.bells == 1)
        pilot.press(.ctrl("u")); pilot.type("exchange"); pilot.press(.tab); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("2014-02-30")
        pilot.press(.enter)
        #expect(pilot.text.contains("Start or due: “2014-02-30” is not a date: 2014-02 has 28 days"))
        // An end before the start: Core's rule, asked before the form closes.
        pilot.press(.ctrl("u")); pilot.type("2014-02-20"); pilot.press(.tab); pilot.press(.ctrl("u")); pilot.type("2014-01-01")
        pilot.press(.enter)
        #expect(pilot.text.contains("Activity “Online exchange on the tools") && pilot.terminal.bells == 3)
        #expect(port.session.projects == before.projects)
        pilot.press(.escape)                                               // the form closes, the list stays
        #expect(pilot.text.contains("Activities of") && !pilot.text.contains("Edit activity"))
        #expect(port.session.projects == before.projects)
    }

    @Test func helpAndHintsListTheDialogsKeys() {
        let (pilot, _) = Self.onFirstProject()
        #expect(pilot.text.contains("3 activities (A to edit them)"))
        pilot.press("?")
        #expect(pilot.text.contains("the project's activities, one at a time"))
        pilot.press(.escape)
        pilot.press("A")
        for hint in ["e edit the activity", "a add an activity", "d remove the activity"] {
            #expect(pilot.text.contains(hint), "hint bar: \(hint)")
        }
        pilot.press("?")
        for entry in ["edit the activity", "add an activity", "remove the activity", "close the activities", "next activity"] {
            #expect(pilot.text.contains(entry), "help: \(entry)")
        }
    }

    @Test func aGroupRowHasNoActivities() {
        let (pilot, port) = ScreenFixtures.pilot([WorkScreen()])
        pilot.press("A")
        #expect(pilot.text.contains("Select a project to edit its activities"))
        #expect(!pilot.text.contains("Activities of"))
        _ = port
    }

    @Test func snapshotsAtBothSizes() {
        for size in [Size(width: 80, height: 24), Size(width: 100, height: 30)] {
            let (pilot, _) = Self.onFirstProject(size: size)
            pilot.press("A"); pilot.press(.down)
            if let d = ScreenFixtures.difference(pilot.lines, snapshot: "work-activities-\(size.width)x\(size.height)") {
                Issue.record(Comment(rawValue: d))
            }
            pilot.press("e")
            if let d = ScreenFixtures.difference(pilot.lines, snapshot: "work-activity-edit-\(size.width)x\(size.height)") {
                Issue.record(Comment(rawValue: d))
            }
        }
    }
}
