/// Changes to the meeting's frame: header, rooms, rounds and rules.
public enum SetupOperation: Codable, Equatable, Sendable {
    case editMeeting(Meeting)
    case addRoom(name: String, capacity: Int)
    case editRoom(RoomID, name: String, capacity: Int)
    case removeRoom(RoomID)
    case addRound(start: ClockTime, minutes: Int)
    case editRound(RoundID, start: ClockTime, minutes: Int)
    case removeRound(RoundID)
    case setVotingRules(VotingRules)
    case setGroupRules(GroupRules)
    /// The meeting's IANA time zone, as typed ("Europe/Paris", "paris", "UTC").
    case setTimeZone(String)
    /// The report's framing (context, synthesis, contact) as a whole; empty parts clear it.
    case setFraming(ReportFraming)
    /// The meeting's language, which its reports, exports and log default to; nil is English
    /// (as in files from before languages).
    case setLanguage(Language?)
}

extension Session {
    mutating func reduce(_ op: SetupOperation) throws -> String {
        switch op {
        case .editMeeting(var meeting):
            meeting.title = TextRules.singleLine(meeting.title)
            meeting.hostCity = TextRules.singleLine(meeting.hostCity)
            meeting.venue = TextRules.singleLine(meeting.venue)
            guard !TextRules.isBlank(meeting.title) else { throw AgoraError.invalid("The meeting needs a title") }
            guard !TextRules.isBlank(meeting.hostCity) else { throw AgoraError.invalid("The meeting needs a host city") }
            try TextLimit.line.check(meeting.title, field: "The meeting's title")
            try TextLimit.line.check(meeting.hostCity, field: "The host city")
            try TextLimit.line.check(meeting.venue, field: "The venue")
            self.meeting = meeting
            return "Meeting set to “\(meeting.title)”, \(meeting.hostCity), \(meeting.date), \(meeting.area.title)"

        case .addRoom(let name, let capacity):
            let name = try checkedRoom(name: name, capacity: capacity, except: nil)
            try DomainRange.rooms.checkRoom(forOneMore: rooms.count)
            let id = RoomID(try nextIDs.take(\.room, "room"))
            rooms.append(Room(id: id, name: name, capacity: capacity))
            return "Added room \(name) (\(capacity) seats)"

        case .editRoom(let id, let name, let capacity):
            guard let index = rooms.firstIndex(where: { $0.id == id }) else { throw missingRoom(id) }
            let name = try checkedRoom(name: name, capacity: capacity, except: id)
            rooms[index].name = name; rooms[index].capacity = capacity
            return "Room \(id) is now \(name) (\(capacity) seats)"

        case .removeRoom(let id):
            guard let index = rooms.firstIndex(where: { $0.id == id }) else { throw missingRoom(id) }
            if schedule.contains(where: { $0.room == id }) {
                throw AgoraError.rule("Room \(rooms[index].name) has topics planned in it",
                                      hint: "Move them to another room or clear the plan first")
            }
            let name = rooms.remove(at: index).name
            return "Removed room \(name)"

        case .addRound(let start, let minutes):
            try checkRound(minutes: minutes)
            try DomainRange.rounds.checkRoom(forOneMore: rounds.count)
            let id = RoundID(try nextIDs.take(\.round, "round"))
            rounds.append(Round(id: id, start: start, minutes: minutes))
            rounds.sort { ($0.start, $0.id) < ($1.start, $1.id) }
            return "Added a round at \(start) (\(minutes) min)"

        case .editRound(let id, let start, let minutes):
            guard let index = rounds.firstIndex(where: { $0.id == id }) else { throw missingRound(id) }
            try checkRound(minutes: minutes)
            rounds[index].start = start; rounds[index].minutes = minutes
            rounds.sort { ($0.start, $0.id) < ($1.start, $1.id) }
            return "Round \(id) now starts at \(start) (\(minutes) min)"

        case .removeRound(let id):
            guard let index = rounds.firstIndex(where: { $0.id == id }) else { throw missingRound(id) }
            if schedule.contains(where: { $0.round == id }) {
                throw AgoraError.rule("Round \(index + 1) has topics planned in it",
                                      hint: "Clear the plan of that round first")
            }
            if experiences.contains(where: { $0.origin.round == id }) || projects.contains(where: { $0.origins.rounds.contains(id) }) {
                throw AgoraError.rule("Experiences or projects came from round \(index + 1)",
                                      hint: "Keep the round, or edit them to another round first")
            }
            rounds.remove(at: index)
            return "Removed round \(index + 1)"

        case .setVotingRules(let rules):
            guard rules.dotsPerParticipant >= 1 else {
                throw AgoraError.invalid("Each participant needs at least 1 dot (got \(rules.dotsPerParticipant))")
            }
            try DomainRange.dotsPerParticipant.check(rules.dotsPerParticipant)
            if let cap = rules.capPerTopic, cap < 1 {
                throw AgoraError.invalid("The cap per topic must be at least 1 (got \(cap))")
            }
            if let cap = rules.capPerTopic { try DomainRange.capPerTopic.check(cap) }
            if rules.method != voting.method, ballots.contains(where: { !$0.isEmpty }) {
                throw AgoraError.rule("Ballots were cast with \(voting.method.rawValue) voting",
                                      hint: "Clear the ballots before switching to \(rules.method.rawValue)")
            }
            if let over = ballots.first(where: { $0.dotsUsed > rules.dotsPerParticipant }) {
                throw AgoraError.rule("\(name(of: over.participant)) already placed \(over.dotsUsed) dots, more than \(rules.dotsPerParticipant)",
                                      hint: "Lower their ballot first")
            }
            voting = rules
            let cap = rules.capPerTopic.map { ", at most \($0) per topic" } ?? ""
            return "Voting: \(rules.method.rawValue), \(rules.dotsPerParticipant) per person\(cap)"

        case .setGroupRules(let rules):
            guard rules.minSize >= 0 else { throw AgoraError.invalid("The smallest group size cannot be negative") }
            try DomainRange.groupMinSize.check(rules.minSize)
            if let max = rules.maxSize {
                guard max >= 1 else { throw AgoraError.invalid("The largest group size must be at least 1 (got \(max))") }
                try DomainRange.groupMaxSize.check(max)
                guard max >= rules.minSize else {
                    throw AgoraError.invalid("The largest group size (\(max)) is below the smallest (\(rules.minSize))")
                }
            }
            if let k = rules.maxPerCity, k < 1 {
                throw AgoraError.invalid("At most K per city needs K of at least 1 (got \(k))")
            }
            if let k = rules.maxPerCity { try DomainRange.maxPerCity.check(k) }
            groupRules = rules
            let broken = rounds.compactMap { round -> String? in
                let found = groupRuleBreaches(in: round.id)
                guard !found.isEmpty, let n = roundNumber(round.id) else { return nil }
                return "round \(n): " + found.map { $0.message(in: self) }.joined(separator: "; ")
            }
            return "Groups: \(rules.minSize)–\(rules.maxSize.map(String.init) ?? "room size") people"
                + (rules.maxPerCity.map { ", at most \($0) per city" } ?? "")
                + (broken.isEmpty ? "" : "; warning, groups formed before break them: " + broken.joined(separator: "; "))

        case .setTimeZone(let typed):
            let zone = try MeetingTimeZone.identifier(typed: typed)
            timeZone = zone
            return "Time zone: \(zone)"

        case .setFraming(let typed):
            return try setFraming(typed)

        case .setLanguage(let chosen):
            language = chosen
            let now = chosen ?? .en
            return logged(SetupText.phrase("setup.language", ["language": SetupText.table.text("setup.languageName.\(now)", in: now)]))
        }
    }

    private func checkedRoom(name: String, capacity: Int, except: RoomID?) throws -> String {
        let name = TextRules.singleLine(name)
        guard !TextRules.isBlank(name) else { throw AgoraError.invalid("A room needs a name") }
        try TextLimit.line.check(name, field: "A room's name")
        guard capacity >= 1 else { throw AgoraError.invalid("Room \(name) needs at least 1 seat (got \(capacity))") }
        try DomainRange.capacity.check(capacity)
        if rooms.contains(where: { $0.id != except && TextRules.searchKey($0.name) == TextRules.searchKey(name) }) {
            throw AgoraError.invalid("There is already a room called \(name)")
        }
        return name
    }

    private func checkRound(minutes: Int) throws {
        guard DomainRange.roundMinutes.contains(minutes) else {
            throw AgoraError.invalid("A round lasts between 1 minute and 24 hours (got \(minutes) min)")
        }
    }

    func missingRoom(_ id: RoomID) -> AgoraError { .notFound("There is no room \(id)") }
    func missingRound(_ id: RoundID) -> AgoraError { .notFound("There is no round with id \(id)") }
}
