import Foundation

/// Times in iCalendar (RFC 5545 §3.3.5, §3.6.5): a meeting's wall-clock times are written with
/// `TZID=` its IANA zone and the calendar carries that zone's VTIMEZONE, so a partner city's
/// calendar shows the right hour; a meeting in UTC is written in UTC (`…Z`) without one.
struct ICalendarTimeZone {
    let zone: TimeZone

    init(_ zone: TimeZone) { self.zone = zone }

    var isUTC: Bool { zone.identifier == "UTC" || zone.identifier == "GMT" }

    /// The property name and value of a local date-time: `DTSTART;TZID=Europe/Paris` and
    /// `20130520T103000`, or `DTSTART` and `20130520T083000Z` in UTC.
    func property(_ name: String, _ day: CalendarDate, minutesAfterMidnight minutes: Int) -> (String, String) {
        if isUTC { return (name, ICalendarComponent.dateTime(day, minutesAfterMidnight: minutes) + "Z") }
        return ("\(name);TZID=\(zone.identifier)", ICalendarComponent.dateTime(day, minutesAfterMidnight: minutes))
    }

    /// The instant of a wall-clock time on `day` in this zone.
    func instant(_ day: CalendarDate, minutesAfterMidnight minutes: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let midnight = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
        return midnight.addingTimeInterval(Double(minutes) * 60)
    }

    /// The VTIMEZONE of this zone with every offset change from a year before `range` to its
    /// end: an observance for the offset in force at the start, then one per transition
    /// (DTSTART in the wall-clock time before it, as RFC 5545 wants). No TZNAME: abbreviations
    /// differ between ICU versions, and the offsets say all a calendar needs. Nil in UTC.
    func component(covering range: ClosedRange<Date>) -> ICalendarComponent? {
        if isUTC { return nil }
        var vtimezone = ICalendarComponent("VTIMEZONE")
        vtimezone.add("TZID", zone.identifier)
        let start = range.lowerBound.addingTimeInterval(-366 * 86_400)
        let first = zone.secondsFromGMT(for: start)
        vtimezone.components.append(observance(at: start, from: first, to: first))
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next <= range.upperBound,
              vtimezone.components.count < 400 {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: next)
            if before != after { vtimezone.components.append(observance(at: next, from: before, to: after)) }
            cursor = next
        }
        return vtimezone
    }

    private func observance(at instant: Date, from: Int, to: Int) -> ICalendarComponent {
        var c = ICalendarComponent(zone.isDaylightSavingTime(for: instant) ? "DAYLIGHT" : "STANDARD")
        c.add("DTSTART", Self.wallClock(instant, offset: from))
        c.add("TZOFFSETFROM", Self.offset(from))
        c.add("TZOFFSETTO", Self.offset(to))
        return c
    }

    /// `20130331T020000`: the wall-clock time of `instant` at `offset` seconds from UTC.
    static func wallClock(_ instant: Date, offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant.addingTimeInterval(Double(offset)))
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        let year = String(c.year ?? 1970)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(c.month) + two(c.day)
            + "T" + two(c.hour) + two(c.minute) + two(c.second)
    }

    /// `+0200`, `-0430`, `+053328` (seconds only when there are some).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let s = abs(seconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return sign + two(s / 3600) + two(s % 3600 / 60) + (s % 60 == 0 ? "" : two(s % 60))
    }

    /// `20260101T054200Z`: an instant in UTC (DTSTAMP).
    static func utc(_ instant: Date) -> String { wallClock(instant, offset: 0) + "Z" }
}
