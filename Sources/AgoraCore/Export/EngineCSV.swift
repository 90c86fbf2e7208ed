/// The engines' tables as CSV for other tools (spreadsheets, scripts): RFC 4180 through
/// ``CSVStyle/encode(_:)`` (formula guard on by default) (CRLF line ends; fields with a comma, quote or line break are
/// quoted, quotes doubled), a header row, and a fixed row order so that the same session
/// always gives the same bytes. Rounds are numbered from 1 in time order, as on screen;
/// rooms, topics and people appear by name.
public enum EngineCSV {
    /// `round,room,topic,participant,city,interest,email`: one row per group member, by round,
    /// then room (in the session's room order), then participant number.
    public static func groups(_ s: Session, style: CSVStyle = .standard) -> String {
        let roomOrder = Dictionary(uniqueKeysWithValues: s.rooms.enumerated().map { ($0.element.id, $0.offset) })
        let roundOrder = Dictionary(uniqueKeysWithValues: s.rounds.enumerated().map { ($0.element.id, $0.offset) })
        let roomOf = Dictionary(s.schedule.map { ([$0.round.rawValue, $0.topic.rawValue], $0.room) },
                                uniquingKeysWith: { a, _ in a })
        let points = s.interests
        let people = Dictionary(s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let roomName = Dictionary(s.rooms.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(s.topics.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let rows = s.assignments.compactMap { a -> (key: [Int], row: [String])? in
            guard let round = roundOrder[a.round], let person = people[a.participant] else { return nil }
            let room = roomOf[[a.round.rawValue, a.topic.rawValue]]
            let interest = points[a.participant]?.first { $0.topic == a.topic }?.count ?? 0
            return ([round, room.flatMap { roomOrder[$0] } ?? Int.max, a.participant.rawValue],
                    [String(round + 1), room.flatMap { roomName[$0] } ?? "", titles[a.topic] ?? "topic \(a.topic)",
                     person.name, person.city, String(interest), person.email ?? ""])
        }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        return style.encode([["round", "room", "topic", "participant", "city", "interest", "email"]] + rows.map(\.row))
    }

    /// `day,start,end,round,room,title,backers`: one row per planned topic, by round, then room
    /// (in the session's room order) — what a schedule app or a spreadsheet needs: the day,
    /// the start and end on the meeting's clock (a round past midnight ends the next day:
    /// `+1d`), the room and the title. Backers: distinct participants whose ballot gives the
    /// topic a point.
    public static func schedule(_ s: Session, style: CSVStyle = .standard) -> String {
        let roomOrder = Dictionary(uniqueKeysWithValues: s.rooms.enumerated().map { ($0.element.id, $0.offset) })
        let roundOrder = Dictionary(uniqueKeysWithValues: s.rounds.enumerated().map { ($0.element.id, $0.offset) })
        let backers = Scheduler.backers(in: s)
        let rows = s.schedule.compactMap { slot -> (key: [Int], row: [String])? in
            guard let r = roundOrder[slot.round] else { return nil }
            let round = s.rounds[r]
            let endMinutes = round.start.minutesSinceMidnight + round.minutes
            let end = round.end.description + (endMinutes >= 1440 ? "+\(endMinutes / 1440)d" : "")
            return ([r, roomOrder[slot.room] ?? Int.max],
                    [s.meeting.date.description, round.start.description, end, String(r + 1), s.room(slot.room)?.name ?? "",
                     title(slot.topic, in: s), String(backers[slot.topic] ?? 0)])
        }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        return style.encode([["day", "start", "end", "round", "room", "title", "backers"]] + rows.map(\.row))
    }

    /// `rank,topic,dots,voters,cities`: one row per active topic in rank order (see
    /// ``Tally/tieBreakRule``). Dots include wall counts; for ranked ballots they are Borda points.
    public static func results(_ s: Session, style: CSVStyle = .standard) -> String {
        let rows = Tally.results(of: s).map {
            [String($0.rank), title($0.topic, in: s), String($0.dots), String($0.voters), String($0.cities)]
        }
        return style.encode([["rank", "topic", "dots", "voters", "cities"]] + rows)
    }

    private static func title(_ id: TopicID, in s: Session) -> String { s.topic(id)?.title ?? "topic \(id)" }
}
