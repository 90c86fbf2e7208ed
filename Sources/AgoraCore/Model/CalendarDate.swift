/// A day in the calendar, written `YYYY-MM-DD` (no time zone: a meeting happens on a local day).
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly (four, two and two digits; a real day).
    public init?(_ text: String) {
        guard let (y, m, d) = CalendarDate.fields(text) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses `YYYY-MM-DD` strictly, as ``init(_:)``.
    /// - Throws: ``AgoraError`` that says what is wrong: not that shape, or a month or day
    ///   that does not exist ("2026-02-30": February 2026 has 28 days).
    public static func reading(_ text: String) throws -> CalendarDate {
        guard let (y, m, d) = fields(text) else { throw AgoraError.invalid(ParseText.phrase("date.notDate", ["text": text])) }
        guard (1...9999).contains(y) else { throw AgoraError.invalid(ParseText.phrase("date.noYear", ["text": text])) }
        guard (1...12).contains(m) else { throw AgoraError.invalid(ParseText.phrase("date.noMonth", ["text": text])) }
        guard let date = CalendarDate(year: y, month: m, day: d) else {
            let month = String(text.split(separator: "-")[0...1].joined(separator: "-"))
            throw AgoraError.invalid(ParseText.phrase("date.noDay", ["text": text, "month": month, "days": String(daysIn(month: m, year: y))]))
        }
        return date
    }

    /// Why `text`, of the shape `YYYY-MM-DD`, names no day ("2026-02-30": 2026-02 has 28
    /// days); nil when it is a day, or not of that shape (each reader says how to write one).
    public static func missingDay(_ text: String) -> AgoraError? {
        guard fields(text) != nil else { return nil }
        do { _ = try reading(text); return nil } catch { return error as? AgoraError }
    }

    /// The numbers of a text shaped `YYYY-MM-DD` (four, two and two ASCII digits), day or not.
    private static func fields(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return (y, m, d)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CalendarDate.reading(text)
        } catch let error as AgoraError {
            // What is wrong, as every reader of a date says it ("2013-02 has 28 days").
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n); return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A time of day, written `HH:MM` (24-hour clock).
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let minutesSinceMidnight: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutesSinceMidnight = hour * 60 + minute
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutesSinceMidnight / 60 }
    public var minute: Int { minutesSinceMidnight % 60 }

    /// This time plus `minutes`, wrapping past midnight. Any `minutes`, even `Int.max`, is safe:
    /// it is reduced to within one day before it is added.
    public func adding(minutes: Int) -> ClockTime {
        let total = ((minutesSinceMidnight + minutes % 1440) % 1440 + 1440) % 1440
        return ClockTime(hour: total / 60, minute: total % 60)!
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = ClockTime(text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "'\(text)' is not a time of the form HH:MM")
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (a: Self, b: Self) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }
}
