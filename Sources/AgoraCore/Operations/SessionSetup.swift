import Foundation

/// What `agora new` and the start screen ask for, turned into a session through operations
/// (so the same rules check it as any later change).
public struct SessionSetup: Equatable, Sendable {
    public var meeting: Meeting
    public var rooms: [RoomSpec]
    public var rounds: Int
    /// Start of the first round; rounds follow every `roundMinutes + breakMinutes`.
    public var firstRoundStart: ClockTime
    public var roundMinutes: Int
    public var breakMinutes: Int
    public var dots: Int
    /// The meeting's IANA time zone as typed; nil leaves the session without one (UTC).
    public var timeZone: String?
    /// The meeting's language; by default the one this command line or screen resolved
    /// (``LanguageChoice/current``), none (English) when nothing resolved one.
    public var language: Language?

    public init(meeting: Meeting, rooms: [RoomSpec] = RoomSpec.numbered(3), rounds: Int = 2,
                firstRoundStart: ClockTime = ClockTime(hour: 10, minute: 0)!, roundMinutes: Int = 45,
                breakMinutes: Int = 15, dots: Int = 5, timeZone: String? = nil,
                language: Language? = LanguageChoice.current?.language) {
        self.meeting = meeting; self.rooms = rooms; self.rounds = rounds
        self.firstRoundStart = firstRoundStart; self.roundMinutes = roundMinutes
        self.breakMinutes = breakMinutes; self.dots = dots; self.timeZone = timeZone
        self.language = language
    }

    /// The new session, or the first rule the setup breaks.
    public func makeSession(at date: Date) throws -> Session {
        guard DomainRange.rounds.contains(rounds) else {
            throw AgoraError(.invalid, SetupText.phrase("setup.roundsCount", ["min": "\(DomainRange.rounds.bounds.lowerBound)",
                                                                  "max": "\(DomainRange.rounds.bounds.upperBound)", "count": "\(rounds)"]))
        }
        try DomainRange.roundMinutes.check(roundMinutes)
        guard (0...DomainRange.roundMinutes.bounds.upperBound).contains(breakMinutes) else {
            throw AgoraError(.invalid, SetupText.phrase("setup.breakLength", ["max": "\(DomainRange.roundMinutes.bounds.upperBound)",
                                                                   "minutes": "\(breakMinutes)"]))
        }
        var session = Session(meeting: meeting)
        session.uid = SessionIdentity.make(created: date, title: meeting.title)
        session.language = language
        var ops: [Operation] = [.setup(.editMeeting(meeting))]
        if let timeZone { ops.append(.setup(.setTimeZone(timeZone))) }
        ops += rooms.map { .setup(.addRoom(name: $0.name, capacity: $0.capacity)) }
        ops += (0..<rounds).map { i in
            .setup(.addRound(start: firstRoundStart.adding(minutes: i * (roundMinutes + breakMinutes)),
                             minutes: roundMinutes))
        }
        var rules = session.voting
        rules.dotsPerParticipant = dots
        rules.capPerTopic = min(rules.capPerTopic ?? dots, dots)
        ops.append(.setup(.setVotingRules(rules)))
        let created = SetupText.phrase("setup.created", ["title": TextRules.singleLine(meeting.title), "city": meeting.hostCity, "date": "\(meeting.date)"])
        try session.apply(.batch(summary: session.logged(created),
                                 operations: ops), at: date)
        return session
    }
}

/// A room as given on the command line: `Auditorium:40` or just a count of numbered rooms.
public struct RoomSpec: Equatable, Sendable {
    public var name: String
    public var capacity: Int
    public init(name: String, capacity: Int) { self.name = name; self.capacity = capacity }

    /// Default seats of a room given without a capacity.
    public static let defaultCapacity = 12

    /// `count` rooms called "Room 1", "Room 2", … (« Salle 1 », "Sala 1" in the language people
    /// read now) with the default capacity.
    public static func numbered(_ count: Int, capacity: Int = defaultCapacity) -> [RoomSpec] {
        (0..<max(0, count)).map { RoomSpec(name: SetupText.table("setup.room.numbered", ["n": "\($0 + 1)"]), capacity: capacity) }
    }

    /// Parses `N` (that many numbered rooms) or `NAME:CAP,NAME:CAP,…` (a name alone gets the
    /// default capacity).
    public static func parse(_ text: String) throws -> [RoomSpec] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let n = Int(trimmed) {
            guard n >= 1, DomainRange.rooms.contains(n) else {
                throw AgoraError(.invalid, "--rooms: give 1 to \(DomainRange.rooms.bounds.upperBound) rooms (got \(n))")
            }
            return numbered(n)
        }
        return try trimmed.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { index, part in
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            let name = pieces[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, pieces.count <= 2 else {
                throw AgoraError(.invalid, "--rooms: room \(index + 1) (“\(part)”) should look like NAME:SEATS, e.g. Auditorium:40")
            }
            guard pieces.count == 2 else { return RoomSpec(name: name, capacity: defaultCapacity) }
            guard let cap = Int(pieces[1].trimmingCharacters(in: .whitespaces)), cap >= 1 else {
                throw AgoraError(.invalid, "--rooms: “\(pieces[1])” is not a number of seats for \(name)")
            }
            return RoomSpec(name: name, capacity: cap)
        }
    }
}
