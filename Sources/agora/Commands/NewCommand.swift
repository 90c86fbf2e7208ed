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
    @Option(help: "Focus area: \(FocusArea.allCases.map(\.rawValue).joined(separator: ", ")).",
            completion: .list(FocusArea.allCases.map(\.rawValue))) var area: String
    @Option(help: "The venue.") var venue: String = ""
    @Option(help: "A number of rooms, or NAME:SEATS,NAME:SEATS,…") var rooms: String = "3"
    @Option(help: "How many rounds of parallel groups.", transform: DomainRange.rounds.argument) var rounds: Int = 2
    @Option(help: ArgumentHelp("When the first round starts, HH:MM.", valueName: "hh:mm")) var start: String = "10:00"
    @Option(help: "How long each round lasts, in minutes.", transform: DomainRange.roundMinutes.argument) var minutes: Int = 45
    @Option(name: .customLong("break"), help: "The break between rounds, in minutes.") var breakMinutes: Int = 15
    @Option(help: "Dots each participant may place.", transform: DomainRange.dotsPerParticipant.argument) var dots: Int = 5
    @Option(name: .customLong("tz"), help: ArgumentHelp("The meeting's IANA time zone, e.g. Europe/Paris (default: this computer's).",
                                                         valueName: "zone"))
    var timeZone: String?
    @OptionGroup var rules: RuleOptions

    func run() throws {
        let day = try CalendarDate.option(date)
        guard let focus = FocusArea(typed: area) else {
            throw ValidationError(CommandText.located("--area", SetupCommandText.table("cli.setup.notAnArea",
                                                                                       ["value": area, "choices": FocusArea.choices])))
        }
        guard let first = ClockTime(start) else {
            throw ValidationError(CommandText.located("--start", SetupCommandText.table("cli.setup.notATime", ["value": start])))
        }
        let setup = SessionSetup(meeting: Meeting(title: title, hostCity: city, venue: venue, date: day, area: focus),
                                 rooms: try RoomSpec.parse(rooms), rounds: rounds, firstRoundStart: first,
                                 roundMinutes: minutes, breakMinutes: breakMinutes, dots: dots,
                                 timeZone: timeZone ?? MeetingTimeZone.system())
        var session = try setup.makeSession(at: Clock.now())
        for (option, op) in try rules.operations(for: session, dots: nil) {
            do { try session.apply(op, at: Clock.now()) } catch var error as AgoraError {
                error.message = CommandText.located(option, error.message)
                throw error
            }
        }
        let store = try SessionStore.create(at: URL(fileURLWithPath: file), session: session, clock: Clock.now)
        try store.close()
        Console.print(SetupCommandText.table("cli.new.created", ["file": file, "title": session.meeting.title,
                                                                 "city": session.meeting.hostCity, "date": "\(session.meeting.date)"]))
    }
}

struct ShowCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a readable summary of a session.")
    static var readsOnly: Bool { true }

    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String

    func perform(on store: SessionStore) throws -> String { SessionSummary.text(store.session, in: .current) }
}
