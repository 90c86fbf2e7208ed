import Foundation

/// When an activity happens: its dates in the calendar's sense (RFC 5545 RRULE semantics for
/// a monthly or yearly cadence: a day that a month or year does not have is skipped, not moved).
public enum ActivityOccurrences {
    /// The first date of `activity` on or after `today`, up to its last day
    /// (``FollowupCalendar/lastDay(of:start:)``); nil when it has no date or is over. A one-off
    /// with a range (``Activity/window``) counts from its first day, or from `today` while the
    /// range lasts.
    public static func next(_ activity: Activity, from today: CalendarDate) -> CalendarDate? {
        guard let start = activity.due else { return nil }
        if let window = activity.window { return window.upperBound >= today ? max(window.lowerBound, today) : nil }
        guard let cadence = activity.cadence else { return start >= today ? start : nil }
        let last = FollowupCalendar.lastDay(of: activity, start: start)
        var n = 0
        while let date = occurrence(n, of: start, every: cadence), date <= last {
            if date >= today { return date }
            n += 1
            if n > 100_000 { break }
        }
        return nil
    }

    /// The `n`-th repetition of `start`, or the first later one that exists (a skipped 31st
    /// moves on to the next repetition); nil past the year 9999.
    static func occurrence(_ n: Int, of start: CalendarDate, every cadence: Cadence) -> CalendarDate? {
        var k = n
        while k < n + 48 {
            switch cadence.unit {
            case .week:
                let days = k * 7 * cadence.every
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(secondsFromGMT: 0)!
                guard let base = calendar.date(from: DateComponents(year: start.year, month: start.month, day: start.day)),
                      let moved = calendar.date(byAdding: .day, value: days, to: base) else { return nil }
                let c = calendar.dateComponents([.year, .month, .day], from: moved)
                return CalendarDate(year: c.year!, month: c.month!, day: c.day!)
            case .month, .year:
                let months = k * cadence.every * (cadence.unit == .year ? 12 : 1)
                let total = start.month - 1 + months
                let year = start.year + total / 12, month = total % 12 + 1
                guard year <= 9999 else { return nil }
                if let date = CalendarDate(year: year, month: month, day: start.day) { return date }
                k += 1
            }
        }
        return nil
    }
}
