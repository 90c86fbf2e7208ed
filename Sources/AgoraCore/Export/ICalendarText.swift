/// How values are written into iCalendar (RFC 5545): the one escaping and folding rule.
public enum ICalendarText {
    /// A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, line breaks (CR LF, CR,
    /// LF) become `\n`, and control characters the format forbids are dropped (tab is kept).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += "\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line folded at 75 octets (RFC 5545 §3.1): continuation lines start with
    /// a space, and a fold never splits a UTF-8 sequence. Each physical line ends with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out + "\r\n"
    }
}

/// A few properties in order, written as an iCalendar component.
struct ICalendarComponent {
    var name: String
    /// Property name (with any parameters, e.g. `DTSTART;VALUE=DATE`) and its already-encoded value.
    var properties: [(String, String)] = []
    var components: [ICalendarComponent] = []

    init(_ name: String) { self.name = name }

    mutating func add(_ property: String, _ value: String) { properties.append((property, value)) }
    mutating func add(_ property: (String, String)) { properties.append(property) }
    /// Adds a TEXT property, escaped; nothing when `text` is empty.
    mutating func addText(_ property: String, _ text: String) {
        if !text.isEmpty { add(property, ICalendarText.escape(text)) }
    }

    /// The component's folded content lines, CRLF-terminated.
    var text: String {
        var out = ICalendarText.fold("BEGIN:\(name)")
        for (property, value) in properties { out += ICalendarText.fold("\(property):\(value)") }
        for component in components { out += component.text }
        return out + ICalendarText.fold("END:\(name)")
    }

    /// `20130520` for a date.
    static func date(_ day: CalendarDate) -> String {
        day.description.replacingOccurrences(of: "-", with: "")
    }

    /// `20130520T103000`: a local date-time (with a TZID, or floating).
    static func dateTime(_ day: CalendarDate, _ time: ClockTime) -> String {
        date(day) + "T" + time.description.replacingOccurrences(of: ":", with: "") + "00"
    }

    /// The local date-time `minutes` after midnight of `day` (a round that runs past
    /// midnight ends on a later day).
    static func dateTime(_ day: CalendarDate, minutesAfterMidnight minutes: Int) -> String {
        var d = day
        for _ in 0..<(max(0, minutes) / 1440) { d = d.nextDay }
        let rest = max(0, minutes) % 1440
        return dateTime(d, ClockTime(hour: rest / 60, minute: rest % 60)!)
    }

    /// A VCALENDAR with Agora's product identifier and the given components (time zones first,
    /// then events and to-dos).
    static func calendar(name: String, components: [ICalendarComponent], extra: [(String, String)] = []) -> ICalendarComponent {
        var calendar = ICalendarComponent("VCALENDAR")
        calendar.add("VERSION", "2.0")
        calendar.add("PRODID", "-//Agora//Agora workshop facilitator//EN")
        calendar.add("CALSCALE", "GREGORIAN")
        calendar.add("METHOD", "PUBLISH")
        calendar.addText("X-WR-CALNAME", name)
        calendar.properties += extra
        calendar.components = components
        return calendar
    }
}

extension CalendarDate {
    /// The day after this one.
    var nextDay: CalendarDate {
        if day < CalendarDate.daysIn(month: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1)! }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1)! }
        return CalendarDate(year: min(year + 1, 9999), month: 1, day: 1)!
    }
}
