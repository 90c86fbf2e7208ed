import Foundation
import AgoraCore

/// The one way the session file writes a moment in time: ISO 8601 in UTC to the second,
/// `2013-06-27T09:30:00Z`. Hand-written so that it is fast (a log has thousands of entries),
/// independent of the locale and time zone of the machine, and exact both ways.
enum Timestamp {
    /// Whole seconds since 1970 of `date`, rounded down: what survives a save.
    static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, or nil for a year outside 1…9999.
    static func format(_ date: Date) -> String? {
        let seconds = Int64((date.timeIntervalSince1970).rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = civil(fromDays: days)
        guard (1...9999).contains(year) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(20)
        func put(_ value: Int, _ width: Int) {
            var digits = [UInt8](repeating: 0x30, count: width)
            var v = value
            for i in stride(from: width - 1, through: 0, by: -1) { digits[i] = UInt8(0x30 + v % 10); v /= 10 }
            out.append(contentsOf: digits)
        }
        put(year, 4); out.append(0x2D); put(month, 2); out.append(0x2D); put(day, 2)
        out.append(0x54)
        put(secondOfDay / 3600, 2); out.append(0x3A); put(secondOfDay / 60 % 60, 2); out.append(0x3A); put(secondOfDay % 60, 2)
        out.append(0x5A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses exactly what ``format(_:)`` writes; nil for anything else.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
                  bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x5A else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for i in from..<(from + count) {
                    let b = bytes[i]
                    guard b >= 0x30, b <= 0x39 else { return nil }
                    value = value * 10 + Int(b - 0x30)
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  year >= 1, (1...12).contains(month), hour < 24, minute < 60, second < 60,
                  CalendarDate(year: year, month: month, day: day) != nil else { return nil }
            let days = daysFromCivil(year: year, month: month, day: day)
            return Date(timeIntervalSince1970: Double(days * 86_400 + Int64(hour * 3600 + minute * 60 + second)))
        }
    }

    // Howard Hinnant's algorithms for the proleptic Gregorian calendar.
    private static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
