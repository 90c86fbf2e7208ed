/// A vague time in an activity's words — "fall of 2014", "in the next 18 months", "early
/// 2015", "by the end of 2014", "Q3 2015", "automne 2014", "dans les 18 prochains mois",
/// "otoño de 2014", "en los próximos 18 meses" — with the days it covers. It is read as a
/// range (``range``), never as an invented day; the words stay in the activity's text.
///
/// - Seasons are meteorological: in the northern hemisphere spring is March–May, summer
///   June–August, fall September–November and winter December to the end of February (the
///   winter of 2014 is the one that begins in December 2014); in the southern hemisphere
///   (``Hemisphere``) they are six months apart (fall 2014 is March–May 2014, summer 2014 runs
///   from December 2014 to February 2015).
/// - "Early", "mid" and "late" (or "end of") a year are its thirds: January–April, May–August,
///   September–December. "By the end of 2014" runs from the meeting's date to 31 December
///   (from 1 January when the meeting came after that year).
/// - "In the next N months" (weeks, years) runs from the meeting's date to the same day N
///   months later; without a meeting date it is not read.
/// - A year needs four digits from 1900 to 2199; a season, month or part of a year without a
///   year is not read (its year would be a guess), nor is a year alone without "in", "en",
///   "during" or "durante" before it ("Agenda 2030" names something, it is not a time).
public struct VagueTime: Equatable, Sendable {
    /// The words as they are written in the text ("fall of 2014").
    public var words: String
    /// The first and last day it covers.
    public var range: ClosedRange<CalendarDate>

    public init(words: String, range: ClosedRange<CalendarDate>) { self.words = words; self.range = range }

    /// The first vague time in `text`, or nil. `meetingDate` anchors "in the next N months"
    /// and "by the end of"; `hemisphere` places the seasons.
    public static func find(in text: String, meetingDate: CalendarDate?, hemisphere: Hemisphere = .northern) -> VagueTime? {
        let tokens = Token.split(text)
        let reader = Reader(tokens: tokens, meetingDate: meetingDate, hemisphere: hemisphere)
        for start in tokens.indices {
            if let (end, range) = reader.match(at: start) {
                let lower = tokens[reader.leadIn(before: start, matchedAt: start)].range.lowerBound
                return VagueTime(words: String(text[lower..<tokens[end].range.upperBound]), range: range)
            }
        }
        return nil
    }
}

/// Which half of the world a meeting's seasons belong to.
public enum Hemisphere: String, Codable, CaseIterable, Sendable {
    case northern, southern

    /// Zones of the temperate south, where "fall" means March to May; every other zone
    /// (the tropics have no such seasons) is taken as northern.
    static let southernZones: [String] = [
        "Australia/", "Antarctica/", "America/Argentina/", "America/Buenos_Aires", "America/Santiago", "America/Punta_Arenas",
        "America/Sao_Paulo", "America/Montevideo", "America/Asuncion", "Chile/", "Brazil/East",
        "Africa/Johannesburg", "Africa/Maseru", "Africa/Mbabane", "Africa/Windhoek", "Africa/Gaborone", "Africa/Maputo",
        "Indian/Mauritius", "Indian/Reunion", "Indian/Antananarivo",
        "Pacific/Auckland", "Pacific/Chatham", "Pacific/Norfolk", "Pacific/Noumea", "Pacific/Easter", "NZ",
    ]

    /// The hemisphere of a meeting held in the IANA zone `identifier` (northern when nil).
    public init(timeZone identifier: String?) {
        guard let identifier else { self = .northern; return }
        self = Hemisphere.southernZones.contains { identifier == $0 || ($0.hasSuffix("/") && identifier.hasPrefix($0)) } ? .southern : .northern
    }
}

extension Session {
    /// The hemisphere of the meeting's seasons, from its time zone (``Hemisphere/init(timeZone:)``).
    public var hemisphere: Hemisphere { Hemisphere(timeZone: timeZone) }
}

/// One word or number of the text: where it is, and its folded form ("otono" for "Otoño").
private struct Token {
    var range: Range<String.Index>
    var key: String

    static func split(_ text: String) -> [Token] {
        TextWords.ranges(in: text, numbers: true).map { Token(range: $0, key: TextRules.searchKey(String(text[$0]))) }
    }
}

private enum Season { case spring, summer, fall, winter }

/// The patterns, tried at each word from the first; the longest match at the first place wins.
private struct Reader {
    let tokens: [Token]
    let meetingDate: CalendarDate?
    let hemisphere: Hemisphere

    static let seasons: [String: Season] = [
        "spring": .spring, "printemps": .spring, "primavera": .spring,
        "summer": .summer, "ete": .summer, "verano": .summer,
        "fall": .fall, "autumn": .fall, "automne": .fall, "otono": .fall,
        "winter": .winter, "hiver": .winter, "invierno": .winter,
    ]
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let names = [["january", "jan", "janvier", "enero"], ["february", "feb", "fevrier", "febrero"], ["march", "mars", "marzo"],
                     ["april", "avril", "abril"], ["may", "mai", "mayo"], ["june", "juin", "junio"], ["july", "juillet", "julio"],
                     ["august", "aout", "agosto"], ["september", "sept", "septembre", "septiembre", "setiembre"],
                     ["october", "oct", "octobre", "octubre"], ["november", "nov", "novembre", "noviembre"],
                     ["december", "dec", "decembre", "diciembre"]]
        for (i, words) in names.enumerated() { for w in words { m[w] = i + 1 } }
        return m
    }()
    /// "early", "mid", "late": which third of a year.
    static let thirds: [String: Int] = [
        "early": 0, "beginning": 0, "start": 0, "debut": 0, "principios": 0, "principio": 0, "comienzos": 0, "inicios": 0, "inicio": 0,
        "mid": 1, "middle": 1, "mi": 1, "milieu": 1, "mediados": 1,
        "late": 2, "end": 2, "fin": 2, "finales": 2, "fines": 2, "final": 2,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "premier": 1, "1er": 1, "primer": 1, "primero": 1,
        "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2, "segundo": 2,
        "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3, "tercer": 3, "tercero": 3,
        "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4, "4eme": 4, "cuarto": 4,
    ]
    /// Small words between the parts: "of", "de", "del", "the", "la", "el", "in", "en".
    static let linking: Set<String> = ["of", "de", "del", "the", "la", "le", "el", "l", "in", "en", "d"]
    /// Words before a year alone that make it a time: "in 2015", "en 2015", "durante 2015".
    static let yearPrepositions: Set<String> = ["in", "during", "en", "courant", "durante", "throughout"]
    /// Words that may come before a relative time and belong to it ("within the next", "au cours des").
    static let leadIns: Set<String> = ["in", "within", "over", "during", "the", "dans", "les", "au", "cours", "des", "durant",
                                       "pendant", "sur", "en", "los", "las", "dentro", "de", "durante", "a", "lo", "largo"]
    static let nextWords: Set<String> = ["next", "coming", "following"]
    /// "by", "before" the end of: "d'ici", "avant", "para", "antes".
    static let byWords: Set<String> = ["by", "before", "ici", "avant", "para", "antes"]
    static let endWords: Set<String> = ["end", "fin", "finales", "fines", "final"]
    static let prochains: Set<String> = ["prochains", "prochaines", "suivants", "suivantes"]
    static let proximos: Set<String> = ["proximos", "proximas", "siguientes"]

    func key(_ i: Int) -> String? { tokens.indices.contains(i) ? tokens[i].key : nil }

    /// A four-digit year from 1900 to 2199 at `i`.
    func year(_ i: Int) -> Int? {
        guard let k = key(i), k.count == 4, let y = Int(k), (1900...2199).contains(y) else { return nil }
        return y
    }

    /// Skips linking words from `i`: the index of the next other word.
    func skipLinking(_ i: Int) -> Int {
        var j = i
        while let k = key(j), Reader.linking.contains(k) { j += 1 }
        return j
    }

    /// The first index of the words before `start` that belong to a relative time.
    func leadIn(before start: Int, matchedAt: Int) -> Int {
        if tokens[start].key == "ici", start > 0, tokens[start - 1].key == "d" { return start - 1 }
        guard isRelative(at: start) else { return start }
        var i = start
        while i > 0, Reader.leadIns.contains(tokens[i - 1].key) { i -= 1 }
        return i
    }

    func isRelative(at i: Int) -> Bool {
        guard let k = key(i) else { return false }
        return Reader.nextWords.contains(k) || Reader.proximos.contains(k) || k == "within" || k == "ici" || Int(k) != nil
            || ActivityText.numberWords[k] != nil
    }

    /// The last token of the vague time starting at `i` and its days, or nil.
    func match(at i: Int) -> (Int, ClosedRange<CalendarDate>)? {
        guard let k = key(i) else { return nil }
        // "by the end of 2014", "before the end of 2014", "d'ici (la) fin (de) 2014", "avant la fin de 2014",
        // "para finales de 2014", "antes de finales de 2014", "antes del fin de 2014".
        if Reader.byWords.contains(k) {
            let j = skipLinking(i + 1)
            if let e = key(j), Reader.endWords.contains(e), let y = year(skipLinking(j + 1)) {
                let last = CalendarDate(year: y, month: 12, day: 31)!
                let first = CalendarDate(year: y, month: 1, day: 1)!
                let start = meetingDate.map { $0 <= last ? $0 : first } ?? first
                return (skipLinking(j + 1), start...last)
            }
        }
        // "fall of 2014", "automne 2014", "otoño de 2014".
        if let season = Reader.seasons[k], let y = year(skipLinking(i + 1)) {
            return (skipLinking(i + 1), range(of: season, in: y))
        }
        // "March 2015", "mars 2015", "marzo de 2015" — not "15 March 2015", which is a day.
        if let month = Reader.months[k], let y = year(skipLinking(i + 1)), !(i > 0 && Int(tokens[i - 1].key).map { (1...31).contains($0) } == true) {
            return (skipLinking(i + 1), months(month, month, of: y))
        }
        // "early 2015", "mid-2015", "late 2015", "end of 2015", "début 2015", "fin 2015", "principios de 2015".
        if let third = Reader.thirds[k], let y = year(skipLinking(i + 1)) {
            return (skipLinking(i + 1), months(third * 4 + 1, third * 4 + 4, of: y))
        }
        // "Q3 2015", "T3 2015", "H1 2015", "S2 2015".
        if k.count == 2, let n = Int(k.dropFirst()), let y = year(skipLinking(i + 1)) {
            if "qt".contains(k.first!), (1...4).contains(n) { return (skipLinking(i + 1), months(n * 3 - 2, n * 3, of: y)) }
            if "hs".contains(k.first!), (1...2).contains(n) { return (skipLinking(i + 1), months(n * 6 - 5, n * 6, of: y)) }
        }
        // "third quarter of 2015", "3e trimestre 2015", "tercer trimestre de 2015", "first half of 2015", "premier semestre 2015".
        if let n = Reader.ordinals[k], let unit = key(i + 1), let y = year(skipLinking(i + 2)) {
            if unit == "quarter" || unit == "trimestre", (1...4).contains(n) { return (skipLinking(i + 2), months(n * 3 - 2, n * 3, of: y)) }
            if unit == "half" || unit == "semestre", (1...2).contains(n) { return (skipLinking(i + 2), months(n * 6 - 5, n * 6, of: y)) }
        }
        // "in 2015", "en 2015", "durante 2015".
        if Reader.yearPrepositions.contains(k), let y = year(i + 1) {
            return (i + 1, months(1, 12, of: y))
        }
        return relative(at: i)
    }

    /// "(in) the next 18 months", "within 18 months", "les 18 prochains mois", "d'ici 18 mois",
    /// "los próximos 18 meses".
    func relative(at i: Int) -> (Int, ClosedRange<CalendarDate>)? {
        guard let meetingDate, let k = key(i) else { return nil }
        func count(_ j: Int) -> Int? { key(j).flatMap { Int($0) ?? ActivityText.numberWords[$0] } }
        func span(_ n: Int?, _ unitIndex: Int, _ last: Int) -> (Int, ClosedRange<CalendarDate>)? {
            guard let n, (1...240).contains(n), let u = key(unitIndex), let unit = ActivityText.unit(u) else { return nil }
            // Past the year 9999 the calendar stops: no range rather than one that runs backwards.
            let end = meetingDate.adding(n, unit)
            return end > meetingDate ? (last, meetingDate...end) : nil
        }
        if Reader.nextWords.contains(k) || Reader.proximos.contains(k) { return span(count(i + 1), i + 2, i + 2) }
        if k == "within" || k == "ici" { return span(count(i + 1), i + 2, i + 2) }
        // "les 18 mois à venir".
        if let n = count(i), key(i + 2) == "a", key(i + 3) == "venir" { return span(n, i + 1, i + 3) }
        if let n = count(i), let p = key(i + 1), Reader.prochains.contains(p) {
            var last = i + 2
            if key(i + 3) == "a", key(i + 4) == "venir" { last = i + 4 }
            return span(n, i + 2, last)
        }
        return nil
    }

    func months(_ first: Int, _ last: Int, of year: Int) -> ClosedRange<CalendarDate> {
        CalendarDate(year: year, month: first, day: 1)!...CalendarDate(year: year, month: last, day: CalendarDate.daysIn(month: last, year: year))!
    }

    func range(of season: Season, in year: Int) -> ClosedRange<CalendarDate> {
        let south = hemisphere == .southern
        switch season {
        case .spring: return south ? months(9, 11, of: year) : months(3, 5, of: year)
        case .fall: return south ? months(3, 5, of: year) : months(9, 11, of: year)
        case .summer where !south, .winter where south: return months(6, 8, of: year)
        case .summer, .winter:
            let end = CalendarDate(year: year + 1, month: 2, day: CalendarDate.daysIn(month: 2, year: year + 1))!
            return CalendarDate(year: year, month: 12, day: 1)!...end
        }
    }
}

extension CalendarDate {
    /// The same day `n` weeks, months or years later; a day the month lacks becomes its last.
    func adding(_ n: Int, _ unit: CadenceUnit) -> CalendarDate {
        switch unit {
        case .week:
            var date = self
            for _ in 0..<(7 * n) { date = date.nextDay }
            return date
        case .month, .year:
            let total = month - 1 + n * (unit == .year ? 12 : 1)
            let y = min(9999, year + total / 12), m = total % 12 + 1
            return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))!
        }
    }
}
