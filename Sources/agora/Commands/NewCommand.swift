import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a session file for a new meeting.")

    @Argument(help: "The session file to create, e.g. bordeaux-2013.json.") var file: String
    @Option(help: "The meeting's title.") var title: String
    @Option(help: "The host city.") var city: String
    @Option(help: "The day of the meeting, YYYY-MM-DD.") var date: String
    @Option(help: "Focus area: \(FocusArea.allCases.map(\.rawValue).joined(separator: ", ")).") var area: String
    @Option(help: "The venue.") var venue: String = ""
    @Option(help: "A number of rooms, or NAME:SEATS,NAME:SEATS,…") var rooms: String = "3"
    @Option(help: "How many rounds of parallel groups.") var rounds: Int = 2
    @Option(help: "Dots each participant may place.") var dots: Int = 5

    func run() throws {
        guard let day = CalendarDate(date) else {
            throw ValidationError("--date: “\(date)” is not a date of the form YYYY-MM-DD (e.g. 2013-05-20)")
        }
        guard let focus = FocusArea(typed: area) else {
            throw ValidationError("--area: “\(area)” is not a focus area; use one of \(FocusArea.choices)")
        }
        let setup = SessionSetup(meeting: Meeting(title: title, hostCity: city, venue: venue, date: day, area: focus),
                                 rooms: try RoomSpec.parse(rooms), rounds: rounds, dots: dots)
        let session = try setup.makeSession(at: Clock.now())
        let store = try SessionStore.create(at: URL(fileURLWithPath: file), session: session, clock: Clock.now)
        try store.close()
        Console.print("Created \(file): “\(session.meeting.title)”, \(session.meeting.hostCity), \(session.meeting.date)")
    }
}

struct ShowCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a readable summary of a session.")
    static var readsOnly: Bool { true }

    @Argument(help: "The session file.") var file: String

    func perform(on store: SessionStore) throws -> String { SessionSummary.text(store.session) }
}
