/// The meeting's setup as text (`agora settings FILE` without options): everything the Setup
/// screen's forms hold. ``SessionSummary`` uses the same lines.
public enum SetupSummary {
    public static func text(_ s: Session) -> String {
        let m = s.meeting
        var out = [m.title, [m.hostCity, m.venue, m.date.description, m.area.title].filter { !$0.isEmpty }.joined(separator: " · ")]
        out.append("Time zone: " + (s.timeZone ?? "none (read as \(MeetingTimeZone.unset))"))
        out.append(rooms(s))
        out.append(rounds(s))
        out.append(voting(s))
        out.append("Tallies: " + (s.voting.hideTalliesUntilClose ? "hidden until voting closes" : "shown while voting"))
        let g = s.groupRules
        out.append("Groups: \(g.minSize)–\(g.maxSize.map(String.init) ?? "room size") people"
                   + (g.maxPerCity.map { ", at most \($0) per city" } ?? ""))
        return out.joined(separator: "\n") + "\n"
    }

    /// "Rooms: Garonne (10), Chartrons (8)".
    static func rooms(_ s: Session) -> String {
        "Rooms: " + (s.rooms.isEmpty ? "none" : s.rooms.map { "\($0.name) (\($0.capacity))" }.joined(separator: ", "))
    }

    /// "Rounds: 1 10:30–11:20, 2 11:40–12:30".
    static func rounds(_ s: Session) -> String {
        "Rounds: " + (s.rounds.isEmpty ? "none" : s.rounds.enumerated().map { "\($0 + 1) \($1.start)–\($1.end)" }.joined(separator: ", "))
    }

    /// "Voting: dots, 5 per person, at most 3 per topic".
    static func voting(_ s: Session) -> String {
        "Voting: \(s.voting.method.rawValue), \(s.voting.dotsPerParticipant) per person" + (s.voting.capPerTopic.map { ", at most \($0) per topic" } ?? "")
    }
}
