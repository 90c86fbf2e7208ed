/// The meeting's setup as text (`agora settings FILE` without options): everything the Setup
/// screen's forms hold. ``SessionSummary`` uses the same lines. Written in `language` (the
/// caller passes the one its reader reads).
public enum SetupSummary {
    public static func text(_ s: Session, in language: Language = .en) -> String {
        func say(_ key: String, _ values: [String: String] = [:]) -> String { SummaryText.text(key, in: language, values) }
        func line(_ key: String, _ value: String) -> String { Typography.labelled(say(key), value, in: language) }
        let m = s.meeting
        var out = [m.title, [m.hostCity, m.venue, ExportText.date(m.date, in: language), m.area.title].filter { !$0.isEmpty }.joined(separator: " · ")]
        out.append(line("summary.timeZone", s.timeZone ?? say("summary.timeZone.unset", ["zone": MeetingTimeZone.unset])))
        out.append(rooms(s, in: language))
        out.append(rounds(s, in: language))
        out.append(voting(s, in: language))
        out.append(line("summary.tallies", say(s.voting.hideTalliesUntilClose ? "summary.tallies.hidden" : "summary.tallies.shown")))
        let g = s.groupRules
        out.append(line("summary.groups", g.maxSize.map { say("summary.groups.sizes", ["min": String(g.minSize), "max": String($0)]) }
                            ?? say("summary.groups.sizesRoom", ["min": String(g.minSize)]))
                   + (g.maxPerCity.map { ", " + say("summary.groups.perCity", ["count": String($0)]) } ?? ""))
        return out.joined(separator: "\n") + "\n"
    }

    /// "Rooms: Garonne (10), Chartrons (8)".
    static func rooms(_ s: Session, in language: Language) -> String {
        Typography.labelled(SummaryText.text("summary.rooms", in: language), s.rooms.isEmpty ? SummaryText.text("summary.none", in: language)
                                : s.rooms.map { "\($0.name) (\($0.capacity))" }.joined(separator: ", "), in: language)
    }

    /// "Rounds: 1 10:30–11:20, 2 11:40–12:30".
    static func rounds(_ s: Session, in language: Language) -> String {
        Typography.labelled(SummaryText.text("summary.rounds", in: language), s.rounds.isEmpty ? SummaryText.text("summary.none", in: language)
                                : s.rounds.enumerated().map { "\($0 + 1) \(DateText.span($1.start, $1.end, in: language))" }.joined(separator: ", "),
                            in: language)
    }

    /// "Voting: dots, 5 per person, at most 3 per topic".
    static func voting(_ s: Session, in language: Language) -> String {
        func say(_ key: String, _ values: [String: String] = [:]) -> String { SummaryText.text(key, in: language, values) }
        let rule = say("summary.voting.rule", ["method": say("summary.method.\(s.voting.method.rawValue)"),
                                               "count": String(s.voting.dotsPerParticipant)])
            + (s.voting.capPerTopic.map { ", " + say("summary.voting.cap", ["count": String($0)]) } ?? "")
        return Typography.labelled(say("summary.voting"), rule, in: language)
    }
}
