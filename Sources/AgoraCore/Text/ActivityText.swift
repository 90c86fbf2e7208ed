/// Reads an activity typed as one line, e.g. "Online exchange every four months": the kind
/// is guessed from its words, and a cadence ("every 4 months", "monthly", "twice a year") is
/// recognized, in English, French ("tous les quatre mois") and Spanish ("cada cuatro meses").
public enum ActivityText {
    ///
    /// A vague time in the words ("fall of 2014", "in the next 18 months", ``VagueTime``) sets
    /// the activity's ``Activity/due`` and ``Activity/end`` to the days it covers: a one-off
    /// then happens some time in that range (``Activity/window``), a repeating one starts and
    /// ends with it. `meetingDate` anchors relative times; `hemisphere` places the seasons.
    public static func parse(_ text: String, meetingDate: CalendarDate? = nil, hemisphere: Hemisphere = .northern) -> Activity {
        let clean = TextRules.singleLine(text)
        let key = TextRules.searchKey(clean)
        var activity = Activity(kind: kind(ofKey: key), text: clean, cadence: cadence(inKey: key))
        if let time = VagueTime.find(in: clean, meetingDate: meetingDate, hemisphere: hemisphere) {
            activity.due = time.range.lowerBound
            // "From spring 2027" (« à partir du printemps 2027 », "desde la primavera de 2027")
            // starts then and has no end: a repeat goes on, a one-off is due from then.
            activity.end = startsFrom(time, in: clean) ? nil : time.range.upperBound
        }
        return activity
    }

    /// Words that, just before a vague time, make it a start with no end ("from", « dès »).
    static let fromWords: [[String]] = [
        ["from"], ["starting"], ["starting", "in"], ["starting", "from"], ["beginning"], ["beginning", "in"], ["as", "of"],
        ["from", "the"], ["a", "partir", "du"], ["a", "partir", "de"], ["a", "partir", "d"], ["a", "partir", "de", "l"],
        ["des"], ["des", "l"], ["des", "le"], ["des", "la"], ["a", "compter", "du"], ["a", "compter", "de"],
        ["desde"], ["a", "partir", "del"], ["desde", "el"], ["desde", "la"], ["a", "partir", "de", "la"], ["a", "partir", "de", "el"],
    ]

    /// Whether the words just before `time` in `text` say it is where something starts.
    static func startsFrom(_ time: VagueTime, in text: String) -> Bool {
        guard let at = text.range(of: time.words) else { return false }
        let before = TextRules.searchKey(String(text[..<at.lowerBound])).split { !$0.isLetter }.map(String.init)
        return fromWords.contains { words in before.count >= words.count && Array(before.suffix(words.count)) == words }
    }

    /// ``parse(_:meetingDate:hemisphere:)`` for an activity of the session `s`'s meeting.
    public static func parse(_ text: String, in s: Session) -> Activity {
        parse(text, meetingDate: s.meeting.date, hemisphere: s.hemisphere)
    }

    /// Activities typed as one line separated by ";": an activity whose text is unchanged is
    /// kept as it was (with its date, owner and kind); a new text is read by ``parse(_:)``.
    ///
    /// The line is cut at each `;` scalar, not each `;` character: a mark that joins the `;` to
    /// its neighbour in one character (a prepended U+0601 before it, an accent after it) must
    /// not hide it, or ``line(_:)`` would not read back to the same activities.
    public static func list(_ text: String, keeping existing: [Activity], in s: Session? = nil) -> [Activity] {
        text.unicodeScalars.split(separator: ";").map { TextRules.singleLine(String($0)) }.filter { !$0.isEmpty }.map { line in
            existing.first { $0.text == line } ?? (s.map { parse(line, in: $0) } ?? parse(line))
        }
    }

    /// The activities as one line for editing: their texts separated by "; ".
    public static func line(_ activities: [Activity]) -> String { activities.map(\.text).joined(separator: "; ") }

    /// Number words in English, French and Spanish (accents folded), for cadences.
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "other": 2,
                              "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
                              "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
                              "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                              "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12]

    /// One word that is a cadence by itself ("monthly", "trimestriel", "quincenal").
    static let cadenceWords: [String: Cadence] = {
        let week = Cadence(every: 1, unit: .week), fortnight = Cadence(every: 2, unit: .week)
        let month = Cadence(every: 1, unit: .month), quarter = Cadence(every: 3, unit: .month)
        let half = Cadence(every: 6, unit: .month), year = Cadence(every: 1, unit: .year)
        var words: [String: Cadence] = [:]
        for w in ["weekly", "hebdomadaire", "hebdomadaires", "semanal", "semanales"] { words[w] = week }
        for w in ["fortnightly", "biweekly", "bimensuel", "bimensuelle", "quincenal", "quincenales"] { words[w] = fortnight }
        for w in ["monthly", "mensuel", "mensuelle", "mensuels", "mensuelles", "mensual", "mensuales"] { words[w] = month }
        for w in ["bimonthly", "bimestriel", "bimestrielle", "bimestral"] { words[w] = Cadence(every: 2, unit: .month) }
        for w in ["quarterly", "trimestriel", "trimestrielle", "trimestriels", "trimestral", "trimestrales"] { words[w] = quarter }
        for w in ["biannual", "semiannual", "semestriel", "semestrielle", "semestral", "semestrales"] { words[w] = half }
        for w in ["yearly", "annually", "annual", "annuel", "annuelle", "annuels", "anual", "anuales"] { words[w] = year }
        return words
    }()

    /// Words that start "every N units": every/each, tous/toutes/chaque, cada/todos/todas.
    static let everyWords: Set<String> = ["every", "each", "tous", "toutes", "chaque", "cada", "todos", "todas"]
    /// Articles between "every" and the unit ("tous les mois", "todos los meses").
    static let articles: Set<String> = ["the", "les", "los", "las"]
    /// "times" in "twice a year", "deux fois par an", "dos veces al año".
    static let timesWords: Set<String> = ["times", "fois", "veces", "vez"]
    static let perWords: Set<String> = ["a", "an", "per", "par", "al", "por", "each", "every"]

    /// "every 4 months", "every four months", "monthly", "quarterly", "twice a year", "tous les
    /// quatre mois", "chaque année", "deux fois par an", "cada cuatro meses", "todos los meses",
    /// "dos veces al año"…
    public static func cadence(in text: String) -> Cadence? { cadence(inKey: TextRules.searchKey(text)) }

    /// ``cadence(in:)`` of a text already folded by ``TextRules/searchKey(_:)``.
    static func cadence(inKey key: String) -> Cadence? {
        let words = TextWords.split(key, numbers: true)
        for (i, word) in words.enumerated() {
            if let cadence = cadenceWords[word] { return cadence }
            if everyWords.contains(word) {
                var j = i + 1
                while j < words.count, articles.contains(words[j]) { j += 1 }
                var count = 1
                if j < words.count, let n = Int(words[j]) ?? numberWords[words[j]] { count = n; j += 1 }
                guard j < words.count, let unit = unit(words[j]), (1...120).contains(count) else { continue }
                return Cadence(every: count, unit: unit)
            }
            // "twice a year", "N times a year", "deux fois par an", "dos veces al año".
            let times: Int?
            var j = i + 1
            if word == "twice" { times = 2 } else if word == "once" { times = 1 }
            else if let n = Int(word) ?? numberWords[word], j < words.count, timesWords.contains(words[j]) { times = n; j += 1 }
            else { times = nil }
            if let times, times >= 1, j + 1 < words.count, perWords.contains(words[j]), let unit = unit(words[j + 1]),
               let cadence = spread(times, per: unit) {
                return cadence
            }
        }
        return nil
    }

    /// `times` a `unit` as an even cadence: twice a year is every 6 months, twice a month every
    /// 2 weeks; nil when it does not divide evenly.
    static func spread(_ times: Int, per unit: CadenceUnit) -> Cadence? {
        switch unit {
        case .year where 12 % times == 0: return Cadence(every: 12 / times, unit: .month)
        case .year where 52 % times == 0: return Cadence(every: 52 / times, unit: .week)
        case .month where times == 1: return Cadence(every: 1, unit: .month)
        case .month where 4 % times == 0: return Cadence(every: 4 / times, unit: .week)
        case .week where times == 1: return Cadence(every: 1, unit: .week)
        default: return nil
        }
    }

    /// `cadence` as a person types it in `language` ("4 months", "4 mois", "1 año"): what a
    /// form shows for editing, which ``exactCadence(_:)`` reads back to the same cadence.
    public static func typed(_ cadence: Cadence, in language: Language) -> String {
        ParseText.table.format("activityText.typed.\(cadence.unit.rawValue)", in: language, ["count": "\(cadence.every)"])
    }

    /// A cadence given exactly (`--every "4 months"`, "2 semaines", "1 año", "month").
    /// - Throws: ``AgoraError`` saying how to write one.
    public static func exactCadence(_ text: String) throws -> Cadence {
        let key = TextRules.searchKey(text)
        let words = TextWords.split(key, numbers: true)
        var count = 1, j = 0
        if j < words.count, let n = Int(words[j]) ?? numberWords[words[j]] { count = n; j += 1 }
        // A count too long for an Int is a count all the same: out of range, not "not a cadence".
        else if j < words.count, DomainRange.isDigits(words[j]) { count = .max; j += 1 }
        // Only words and spaces: "-4 months" or "4.5 months" is not read as 4 months.
        let onlyWords = key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0.properties.isWhitespace }
        guard onlyWords, j == words.count - 1, let unit = unit(words[j]) else {
            throw AgoraError.invalid(ParseText.phrase("activityText.notCadence", ["text": text]), hint: ParseText.phrase("activityText.notCadence.hint"))
        }
        guard (1...120).contains(count) else {
            throw AgoraError.invalid(ParseText.phrase("activityText.cadenceRange.\(unit.rawValue)", ["text": text]))
        }
        return Cadence(every: count, unit: unit)
    }

    /// A kind's name in French and Spanish (accents folded), beside its English name: what a
    /// facilitator may type in the language they use.
    static let kindNames: [String: ActivityKind] = [
        "echange": .exchange, "intercambio": .exchange,
        "evenement": .event, "evento": .event,
        "publicacion": .publication,
        "mentorat": .mentoring, "mentoria": .mentoring,
        "autre": .other, "otro": .other, "otra": .other,
    ]

    /// A kind as typed ("Event", "publication", "évènement", "intercambio"); "" reads it from
    /// the words of `text`.
    /// - Throws: ``AgoraError`` listing the kinds.
    public static func kind(typed: String, text: String = "") throws -> ActivityKind {
        let key = TextRules.searchKey(typed.trimmingCharacters(in: .whitespaces))
        if key.isEmpty { return kind(of: text) }
        guard let kind = ActivityKind(rawValue: key) ?? kindNames[key] else {
            throw AgoraError.invalid(ParseText.phrase("activityText.notKind", ["text": typed]),
                                     hint: ParseText.phrase("activityText.notKind.hint", ["kinds": kindChoices(in: .current)]))
        }
        return kind
    }

    /// A kind as a person reads it in `language` ("échange"); ``kind(typed:text:)`` reads it back.
    public static func kindName(_ kind: ActivityKind, in language: Language) -> String {
        ParseText.table.text("activityText.kind.\(kind.rawValue)", in: language)
    }

    /// "exchange, event, publication, mentoring, other" in `language`, for hints and placeholders.
    public static func kindChoices(in language: Language) -> String {
        ActivityKind.allCases.map { kindName($0, in: language) }.joined(separator: ", ")
    }

    /// A cadence as typed (``exactCadence(_:)``); "" or "none" for an activity that happens once.
    public static func cadence(typed: String) throws -> Cadence? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || text.lowercased() == "none" ? nil : try exactCadence(text)
    }

    /// A date as typed, `YYYY-MM-DD`; "" or "none" for no date.
    /// - Throws: ``AgoraError`` saying how to write one.
    public static func date(typed: String) throws -> CalendarDate? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.lowercased() == "none" { return nil }
        do {
            return try CalendarDate.reading(text)
        } catch let error as AgoraError {
            throw AgoraError(error.kind, error.phrase ?? .verbatim(error.message), hint: ParseText.phrase("activityText.notDate.hint"))
        }
    }

    static func unit(_ word: String) -> CadenceUnit? {
        switch word {
        case "week", "weeks", "semaine", "semaines", "semana", "semanas": return .week
        case "month", "months", "mois", "mes", "meses": return .month
        case "year", "years", "an", "ans", "annee", "annees", "ano", "anos": return .year
        default: return nil
        }
    }

    static func kind(of text: String) -> ActivityKind { kind(ofKey: TextRules.searchKey(text)) }

    /// ``kind(of:)`` of a text already folded by ``TextRules/searchKey(_:)``: the first kind
    /// (in the order of ``kindRules``) one of whose stems starts a word of the text.
    static func kind(ofKey key: String) -> ActivityKind {
        // Whole words, and their plurals: "call" must not match "locally", nor "fair" "affairs".
        let words = Set(TextWords.split(key, numbers: false).map { w -> String in
            w.hasSuffix("s") && w.count > 3 ? String(w.dropLast()) : w
        })
        // Each word's beginnings of the stems' lengths, looked up: not every stem against every word.
        var found = Set<ActivityKind>()
        for word in words {
            for length in stemLengths where word.count >= length {
                if let kind = stemKinds[String(word.prefix(length))] { found.insert(kind) }
            }
        }
        return kindRules.first { found.contains($0.0) }?.0 ?? .other
    }

    /// Kinds and the stems of their words, in the order they are tried.
    static let kindRules: [(ActivityKind, [String])] = [
            (.mentoring, ["mentor", "workshop", "training", "coaching", "atelier", "formation", "taller", "formacion", "capacitacion"]),
            (.publication, ["compendium", "publication", "guide", "study", "report", "handbook", "etude", "rapport", "recueil",
                            "publicacion", "guia", "estudio", "informe", "compendio"]),
            (.event, ["forum", "encounter", "conference", "event", "summit", "fair", "visit", "rencontre", "evenement", "salon",
                      "foro", "encuentro", "conferencia", "evento", "feria", "visita"]),
            (.exchange, ["exchange", "meeting", "call", "webinar", "echange", "reunion", "appel", "webinaire", "intercambio", "llamada"]),
    ]
    /// Each stem's kind (the first rule's, should two rules share a stem).
    static let stemKinds: [String: ActivityKind] = {
        var kinds: [String: ActivityKind] = [:]
        for (kind, stems) in kindRules { for stem in stems where kinds[stem] == nil { kinds[stem] = kind } }
        return kinds
    }()
    static let stemLengths = Set(stemKinds.keys.map(\.count)).sorted()
}
