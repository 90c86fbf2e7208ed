/// Reads an activity typed as one line, e.g. "Online exchange every four months": the kind
/// is guessed from its words, and a cadence ("every 4 months", "monthly") is recognized.
public enum ActivityText {
    public static func parse(_ text: String) -> Activity {
        let clean = TextRules.singleLine(text)
        return Activity(kind: kind(of: clean), text: clean, cadence: cadence(in: clean))
    }

    /// Activities typed as one line separated by ";": an activity whose text is unchanged is
    /// kept as it was (with its date, owner and kind); a new text is read by ``parse(_:)``.
    public static func list(_ text: String, keeping existing: [Activity]) -> [Activity] {
        text.split(separator: ";").map { TextRules.singleLine(String($0)) }.filter { !$0.isEmpty }.map { line in
            existing.first { $0.text == line } ?? parse(line)
        }
    }

    /// The activities as one line for editing: their texts separated by "; ".
    public static func line(_ activities: [Activity]) -> String { activities.map(\.text).joined(separator: "; ") }

    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "other": 2]

    /// "every 4 months", "every four months", "every month", "monthly", "quarterly"…
    public static func cadence(in text: String) -> Cadence? {
        let words = TextRules.searchKey(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (i, word) in words.enumerated() {
            switch word {
            case "weekly": return Cadence(every: 1, unit: .week)
            case "monthly": return Cadence(every: 1, unit: .month)
            case "quarterly": return Cadence(every: 3, unit: .month)
            case "yearly", "annually", "annual": return Cadence(every: 1, unit: .year)
            case "every", "each":
                var j = i + 1
                var count = 1
                if j < words.count, let n = Int(words[j]) ?? numberWords[words[j]] { count = n; j += 1 }
                guard j < words.count, let unit = unit(words[j]), (1...120).contains(count) else { continue }
                return Cadence(every: count, unit: unit)
            default: continue
            }
        }
        return nil
    }

    static func unit(_ word: String) -> CadenceUnit? {
        switch word {
        case "week", "weeks": return .week
        case "month", "months": return .month
        case "year", "years": return .year
        default: return nil
        }
    }

    static func kind(of text: String) -> ActivityKind {
        // Whole words, and their plurals: "call" must not match "locally", nor "fair" "affairs".
        let words = Set(TextRules.searchKey(text).split { !$0.isLetter }.map { w -> String in
            w.hasSuffix("s") && w.count > 3 ? String(w.dropLast()) : String(w)
        })
        let rules: [(ActivityKind, [String])] = [
            (.mentoring, ["mentor", "workshop", "training", "coaching"]),
            (.publication, ["compendium", "publication", "guide", "study", "report", "handbook"]),
            (.event, ["forum", "encounter", "conference", "event", "summit", "fair", "visit"]),
            (.exchange, ["exchange", "meeting", "call", "webinar"]),
        ]
        return rules.first { _, stems in stems.contains { stem in words.contains { $0.hasPrefix(stem) } } }?.0 ?? .other
    }
}
