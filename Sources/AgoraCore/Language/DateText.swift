/// Dates as each language writes them: "May 20, 2013", "20 mai 2013", "20 de mayo de 2013".
///
/// A small table, not Foundation's formatters: Foundation on Linux does format fr and es
/// (ICU; `DateTextTests` compares the two on every run), but its output follows the ICU
/// version of the machine, and session exports must give the same bytes everywhere. French
/// writes the first of the month "1er". Times stay on the 24-hour clock in every language
/// ("14:30"), as the session file and the meeting's schedule do.
public enum DateText {
    /// "May 20, 2013" · "20 mai 2013" · "20 de mayo de 2013".
    public static func long(_ date: CalendarDate, in language: Language) -> String {
        let month = months[language]![date.month - 1]
        switch language {
        case .en: return "\(month) \(date.day), \(date.year)"
        case .fr: return "\(date.day == 1 ? "1er" : String(date.day)) \(month) \(date.year)"
        case .es: return "\(date.day) de \(month) de \(date.year)"
        }
    }

    /// "Monday, May 20, 2013" · "lundi 20 mai 2013" · "lunes, 20 de mayo de 2013".
    public static func withWeekday(_ date: CalendarDate, in language: Language) -> String {
        let day = weekdays[language]![weekday(of: date)]
        return language == .fr ? "\(day) \(long(date, in: language))" : "\(day), \(long(date, in: language))"
    }

    /// "14:30" in every language.
    public static func time(_ time: ClockTime, in language: Language) -> String { time.description }

    /// "10:30–11:20": a round's span.
    public static func span(_ start: ClockTime, _ end: ClockTime, in language: Language) -> String {
        "\(time(start, in: language))–\(time(end, in: language))"
    }

    /// The month's name: `month` 1 is January.
    public static func month(_ month: Int, in language: Language) -> String { months[language]![month - 1] }

    /// 0 for Monday … 6 for Sunday (ISO 8601), by Zeller's congruence.
    static func weekday(of date: CalendarDate) -> Int {
        var y = date.year, m = date.month
        if m < 3 { m += 12; y -= 1 }
        let h = (date.day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7 // 0 = Saturday
        return (h + 5) % 7
    }

    static let months: [Language: [String]] = [
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"],
        .fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"],
        .es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"],
    ]

    static let weekdays: [Language: [String]] = [
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        .fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        .es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ]
}
