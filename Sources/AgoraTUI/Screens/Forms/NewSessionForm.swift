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
        let t = StartText.table, common = CommonText.table
        form = FormState([
            .init("Title", label: t("start.field.title"), placeholder: t("start.field.titlePlaceholder")),
            .init("Host city", label: t("start.field.hostCity")),
            .init("Date", label: t("start.field.date"), default: date, placeholder: common("common.form.datePlaceholder")),
            .init("Focus area", label: t("start.field.area"), default: FocusArea.economy.name(in: .current), placeholder: FocusArea.choices),
            .init("Rooms", label: t("start.field.rooms"), default: "3", placeholder: t("start.field.roomsPlaceholder")),
            .init("Rounds", label: t("start.field.rounds"), default: "2"),
            .init("First round", label: t("start.field.firstRound"), default: "10:00", placeholder: common("common.form.timePlaceholder")),
            .init("Minutes", label: t("start.field.minutes"), default: "45"),
            .init("Dots each", label: t("start.field.dots"), default: "5"),
        ])
    }

    func number(_ name: String, _ range: DomainRange) throws -> Int {
        try FormError.number(form, name, range)
    }

    /// The setup typed, checked by Core the way `agora new` checks it.
    func setup(at now: Date) throws -> SessionSetup {
        guard let date = CalendarDate(form.text("Date")) else { throw FormError.date(form, "Date") }
        guard let area = FocusArea(typed: form.text("Focus area")) else { throw FormError.oneOf(form, "Focus area", FocusArea.choices) }
        guard let start = ClockTime(form.text("First round")) else { throw FormError.time(form, "First round") }
        let setup = SessionSetup(meeting: Meeting(title: form.text("Title"), hostCity: form.text("Host city"), date: date, area: area),
                                 rooms: try form.reading("Rooms") { try RoomSpec.parse(form.text("Rooms")) }, rounds: try number("Rounds", .rounds),
                                 firstRoundStart: start, roundMinutes: try number("Minutes", .roundMinutes), dots: try number("Dots each", .dotsPerParticipant))
        _ = try setup.makeSession(at: now)
        return setup
    }
}
