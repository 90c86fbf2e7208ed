import AgoraCore
import Foundation

/// The start screen's "new session" form, read into a ``SessionSetup``.
struct NewSessionForm: Equatable, Sendable {
    var form: FormState
    var error: String?

    init(today: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let d = calendar.dateComponents([.year, .month, .day], from: today)
        let date = CalendarDate(year: d.year ?? 2000, month: d.month ?? 1, day: d.day ?? 1)?.description ?? ""
        form = FormState([
            .init("Title", placeholder: "e.g. Mini BarCamp Smart Economy"),
            .init("Host city"),
            .init("Date", default: date, placeholder: "YYYY-MM-DD"),
            .init("Focus area", default: FocusArea.economy.rawValue, placeholder: FocusArea.choices),
            .init("Rooms", default: "3", placeholder: "a number, or Garonne:10, Chartrons:8"),
            .init("Rounds", default: "2"),
            .init("First round", default: "10:00", placeholder: "HH:MM"),
            .init("Minutes", default: "45"),
            .init("Dots each", default: "5"),
        ])
    }

    func number(_ label: String) throws -> Int {
        guard let n = Int(form.text(label)) else { throw AgoraError(.invalid, "\(label): type a whole number") }
        return n
    }

    /// The setup typed, checked by Core the way `agora new` checks it.
    func setup(at now: Date) throws -> SessionSetup {
        guard let date = CalendarDate(form.text("Date")) else { throw AgoraError(.invalid, "Date: type it as YYYY-MM-DD") }
        guard let area = FocusArea(typed: form.text("Focus area")) else {
            throw AgoraError(.invalid, "Focus area: one of \(FocusArea.choices)")
        }
        guard let start = ClockTime(form.text("First round")) else { throw AgoraError(.invalid, "First round: type a time as HH:MM") }
        let setup = SessionSetup(meeting: Meeting(title: form.text("Title"), hostCity: form.text("Host city"), date: date, area: area),
                                 rooms: try RoomSpec.parse(form.text("Rooms")), rounds: try number("Rounds"),
                                 firstRoundStart: start, roundMinutes: try number("Minutes"), dots: try number("Dots each"))
        _ = try setup.makeSession(at: now)
        return setup
    }
}
