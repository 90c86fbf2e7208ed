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
            guard !TextRules.isBlank(meeting.title) else { throw AgoraError.invalid(SetupText.phrase("setup.needsTitle")) }
            guard !TextRules.isBlank(meeting.hostCity) else { throw AgoraError.invalid(SetupText.phrase("setup.needsHostCity")) }
            try TextLimit.line.check(meeting.title, field: SetupText.phrase("setup.field.title"))
            try TextLimit.line.check(meeting.hostCity, field: SetupText.phrase("setup.field.hostCity"))
            try TextLimit.line.check(meeting.venue, field: SetupText.phrase("setup.field.venue"))
            self.meeting = meeting
            return logged(SetupText.phrase("setup.meetingSet", ["title": meeting.title, "city": meeting.hostCity,
                                                                "date": "\(meeting.date)", "area": meeting.area.title]))

        case .addRoom(let name, let capacity):
            let name = try checkedRoom(name: name, capacity: capacity, except: nil)
            try DomainRange.rooms.checkRoom(forOneMore: rooms.count)
            let id = RoomID(try nextIDs.take(\.room, "room"))
            rooms.append(Room(id: id, name: name, capacity: capacity))
            return logged(SetupText.phrase("setup.roomAdded", ["name": name, "capacity": "\(capacity)"]))

        case .editRoom(let id, let name, let capacity):
            guard let index = rooms.firstIndex(where: { $0.id == id }) else { throw missingRoom(id) }
            let name = try checkedRoom(name: name, capacity: capacity, except: id)
            rooms[index].name = name; rooms[index].capacity = capacity
            return logged(SetupText.phrase("setup.roomEdited", ["id": "\(id)", "name": name, "capacity": "\(capacity)"]))

        case .removeRoom(let id):
            guard let index = rooms.firstIndex(where: { $0.id == id }) else { throw missingRoom(id) }
            if schedule.contains(where: { $0.room == id }) {
                throw AgoraError.rule(SetupText.phrase("setup.roomPlanned", ["name": rooms[index].name]),
                                      hint: SetupText.phrase("setup.roomPlanned.hint"))
            }
            let name = rooms.remove(at: index).name
            return logged(SetupText.phrase("setup.roomRemoved", ["name": name]))

        case .addRound(let start, let minutes):
            try checkRound(minutes: minutes)
            try DomainRange.rounds.checkRoom(forOneMore: rounds.count)
            let id = RoundID(try nextIDs.take(\.round, "round"))
            rounds.append(Round(id: id, start: start, minutes: minutes))
            rounds.sort { ($0.start, $0.id) < ($1.start, $1.id) }
            return logged(SetupText.phrase("setup.roundAdded", ["start": "\(start)", "minutes": "\(minutes)"],
                                           parts: ["overlap": roundOverlapWarning()]))

        case .editRound(let id, let start, let minutes):
            guard let index = rounds.firstIndex(where: { $0.id == id }) else { throw missingRound(id) }
            try checkRound(minutes: minutes)
            rounds[index].start = start; rounds[index].minutes = minutes
            rounds.sort { ($0.start, $0.id) < ($1.start, $1.id) }
            return logged(SetupText.phrase("setup.roundEdited", ["id": "\(id)", "start": "\(start)", "minutes": "\(minutes)"],
                                           parts: ["overlap": roundOverlapWarning()]))

        case .removeRound(let id):
            guard let index = rounds.firstIndex(where: { $0.id == id }) else { throw missingRound(id) }
            if schedule.contains(where: { $0.round == id }) {
                throw AgoraError.rule(SetupText.phrase("setup.roundPlanned", ["number": "\(index + 1)"]),
                                      hint: SetupText.phrase("setup.roundPlanned.hint"))
            }
            if experiences.contains(where: { $0.origin.round == id }) || projects.contains(where: { $0.origins.rounds.contains(id) }) {
                throw AgoraError.rule(SetupText.phrase("setup.roundHasWork", ["number": "\(index + 1)"]),
                                      hint: SetupText.phrase("setup.roundHasWork.hint"))
            }
            rounds.remove(at: index)
            return logged(SetupText.phrase("setup.roundRemoved", ["number": "\(index + 1)"]))

        case .setVotingRules(let rules):
            guard rules.dotsPerParticipant >= 1 else {
                throw AgoraError.invalid(SetupText.phrase("setup.dotsAtLeastOne", ["count": "\(rules.dotsPerParticipant)"]))
            }
            try DomainRange.dotsPerParticipant.check(rules.dotsPerParticipant)
            if let cap = rules.capPerTopic, cap < 1 {
                throw AgoraError.invalid(SetupText.phrase("setup.capAtLeastOne", ["cap": "\(cap)"]))
            }
            if let cap = rules.capPerTopic { try DomainRange.capPerTopic.check(cap) }
            let cast = ballots.filter { !$0.isEmpty }
            if rules.method != voting.method, !cast.isEmpty {
                // Whose ballots stand in the way, so that the facilitator knows which to clear.
                let shown = cast.prefix(3).map { name(of: $0.participant) }.joined(separator: ", ")
                let names = cast.count > 3 ? SetupText.phrase("setup.methodChange.more", ["names": shown, "count": "\(cast.count - 3)"])
                                           : Phrase.verbatim(shown)
                throw AgoraError.rule(SetupText.phrase("setup.methodChange", ["count": "\(cast.count)"],
                                                       parts: ["method": SetupText.method(voting.method), "names": names]),
                                      hint: SetupText.phrase("setup.methodChange.hint", parts: ["method": SetupText.method(rules.method)]))
            }
            if let over = ballots.first(where: { $0.dotsUsed > rules.dotsPerParticipant }) {
                throw AgoraError.rule(SetupText.phrase("setup.overBudget", ["name": name(of: over.participant), "used": "\(over.dotsUsed)",
                                                                            "budget": "\(rules.dotsPerParticipant)"]),
                                      hint: SetupText.phrase("setup.overBudget.hint"))
            }
            voting = rules
            let values = ["count": "\(rules.dotsPerParticipant)", "cap": rules.capPerTopic.map(String.init) ?? ""]
            // A cap no smaller than the dots each person has limits nothing: say so rather than let it look like a rule.
            let idle = rules.method == .dots && (rules.capPerTopic ?? 0) >= rules.dotsPerParticipant
            return logged(SetupText.phrase(rules.capPerTopic == nil ? "setup.voting" : idle ? "setup.votingCapIdle" : "setup.votingCapped", values,
                                           parts: ["method": SetupText.method(rules.method)]))

        case .setGroupRules(let rules):
            guard rules.minSize >= 0 else { throw AgoraError.invalid(SetupText.phrase("setup.groupMinNegative")) }
            try DomainRange.groupMinSize.check(rules.minSize)
            if let max = rules.maxSize {
                guard max >= 1 else { throw AgoraError.invalid(SetupText.phrase("setup.groupMaxAtLeastOne", ["max": "\(max)"])) }
                try DomainRange.groupMaxSize.check(max)
                guard max >= rules.minSize else {
                    throw AgoraError.invalid(SetupText.phrase("setup.groupMaxBelowMin", ["max": "\(max)", "min": "\(rules.minSize)"]))
                }
            }
            if let k = rules.maxPerCity, k < 1 {
                throw AgoraError.invalid(SetupText.phrase("setup.perCityAtLeastOne", ["k": "\(k)"]))
            }
            if let k = rules.maxPerCity { try DomainRange.maxPerCity.check(k) }
            groupRules = rules
            let broken = rounds.compactMap { round -> Phrase? in
                let found = groupRuleBreaches(in: round.id)
                guard !found.isEmpty, let n = roundNumber(round.id) else { return nil }
                return SetupText.phrase("setup.groups.brokenRound", ["number": "\(n)"],
                                        parts: ["list": .joined(found.map { $0.phrase(in: self) }, separator: SetupText.phrase("setup.semicolon"))])
            }
            let perCity = rules.maxPerCity.map { SetupText.phrase("setup.groups.perCity", ["k": "\($0)"]) } ?? .verbatim("")
            let warning = broken.isEmpty ? Phrase.verbatim("")
                : SetupText.phrase("setup.groups.broken", parts: ["list": .joined(broken, separator: SetupText.phrase("setup.semicolon"))])
            return logged(SetupText.phrase(rules.maxSize == nil ? "setup.groupsRoomSize" : "setup.groups",
                                           ["min": "\(rules.minSize)", "max": rules.maxSize.map(String.init) ?? ""],
                                           parts: ["perCity": perCity, "broken": warning]))

        case .setTimeZone(let typed):
            let zone = try MeetingTimeZone.identifier(typed: typed)
            timeZone = zone
            return logged(SetupText.phrase("setup.timeZone", ["zone": zone]))

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
        guard !TextRules.isBlank(name) else { throw AgoraError.invalid(SetupText.phrase("setup.roomNeedsName")) }
        try TextLimit.line.check(name, field: SetupText.phrase("setup.field.roomName"))
        guard capacity >= 1 else { throw AgoraError.invalid(SetupText.phrase("setup.roomNeedsSeat", ["name": name, "capacity": "\(capacity)"])) }
        try DomainRange.capacity.check(capacity)
        if rooms.contains(where: { $0.id != except && TextRules.searchKey($0.name) == TextRules.searchKey(name) }) {
            throw AgoraError.invalid(SetupText.phrase("setup.roomTwin", ["name": name]))
        }
        return name
    }

    private func checkRound(minutes: Int) throws {
        guard DomainRange.roundMinutes.contains(minutes) else {
            throw AgoraError.invalid(SetupText.phrase("setup.roundLength", ["minutes": "\(minutes)"]))
        }
    }

    func missingRoom(_ id: RoomID) -> AgoraError { .notFound(SetupText.phrase("setup.noRoom", ["id": "\(id)"])) }
    func missingRound(_ id: RoundID) -> AgoraError { .notFound(SetupText.phrase("setup.noRound", ["id": "\(id)"])) }
}
