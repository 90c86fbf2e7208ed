import AgoraTestSupport
import AgoraCore
@testable import AgoraTUI
import Foundation

/// A small sessions library and pilots on the review browser, for the review tests.
enum ReviewFixtures {
    /// 2014-06-01 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_401_624_000)

    /// The demo meeting (Bordeaux 2013, Smart Economy, two projects in progress).
    static func bordeaux() -> NamedSession { NamedSession(name: "bordeaux-2013", session: DemoSession.make()) }

    /// A later meeting in Rabat on mobility that took the first project further and found a new one.
    static func rabat() -> NamedSession {
        var s = DemoSession.make()
        s.meeting.title = "Second working meeting — mobility"
        s.meeting.hostCity = "Rabat"
        s.meeting.venue = "Technopark"
        s.meeting.date = CalendarDate(year: 2014, month: 4, day: 10)!
        s.meeting.area = .mobility
        s.projects[0].status = .agreed
        s.projects[1] = Project(id: s.projects[1].id, fields: ProjectFields(
            title: "Shared bicycles across medinas", leadCity: "Rabat", question: "How can old towns share bicycles?",
            partnerCities: ["Durban"], activities: [Activity(kind: .exchange, text: "Study visit to Durban",
                                                             due: CalendarDate(year: 2014, month: 9, day: 1)!)],
            status: .idea))
        s.experiences[0].tags = ["mobility", "industry"]
        s.experiences.removeLast(2)
        return NamedSession(name: "rabat-2014", session: s)
    }

    static let brokenReason = "sessions/notes.json: line 1, column 1: this is not a session file (no schemaVersion)"

    /// Two meetings and a file that cannot be read, in the folder "sessions".
    static func library() -> ReviewLibrary {
        ReviewLibrary(folder: "sessions", sessions: [bordeaux(), rabat()], unreadable: [(name: "notes", reason: brokenReason)])
    }

    /// A pilot on the review browser of `library` in a memory terminal of `size`.
    static func pilot(_ library: ReviewLibrary = library(), size: Size = Size(width: 80, height: 24)) -> Pilot {
        let terminal = MemoryTerminal(size: size)
        let runtime = ReviewApp.runtime(library: library, terminal: terminal, clock: { now })
        return Pilot(runtime: runtime, terminal: terminal)
    }

    /// The review screen inside a pilot's runtime.
    static func screen(_ pilot: Pilot) -> ReviewScreen { pilot.state.screens[0] as! ReviewScreen }

    static var snapshotFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Compares `lines` with the snapshot file `name`.txt (see ``ReferenceFile``;
    /// `AGORA_UPDATE_SNAPSHOTS=1` rewrites it). Nil when they match.
    static func difference(_ lines: [String], snapshot name: String) -> String? {
        ReferenceFile.difference(lines.joined(separator: "\n") + "\n", file: snapshotFolder.appendingPathComponent(name + ".txt"),
                                 updateVariable: "AGORA_UPDATE_SNAPSHOTS")
    }
}
