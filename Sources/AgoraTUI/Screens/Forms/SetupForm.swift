import AgoraCore

/// The forms of the Setup screen: each one part of the meeting's frame, read back into
/// the operation that changes it. Only the typing is checked here (a number where a
/// number goes); every rule is Core's.
struct SetupForm: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case meeting
        case addRoom, room(RoomID)
        case addRound, round(RoundID)
        case voting, groupRules
    }

    var kind: Kind
    var form: FormState
    var error: String?

    init(_ kind: Kind, session s: Session) {
        self.kind = kind
        switch kind {
        case .meeting:
            let m = s.meeting
            form = FormState([.init("Title", value: m.title), .init("Host city", value: m.hostCity),
                              .init("Venue", value: m.venue, placeholder: "optional"),
                              .init("Date", value: m.date.description, placeholder: "YYYY-MM-DD"),
                              .init("Focus area", value: m.area.rawValue, placeholder: FocusArea.choices)])
        case .addRoom, .room:
            var room: Room?
            if case .room(let id) = kind { room = s.room(id) }
            form = FormState(room.map { [.init("Name", value: $0.name), .init("Seats", value: String($0.capacity))] }
                             ?? [.init("Name", default: "Room \(s.rooms.count + 1)"),
                                 .init("Seats", default: String(RoomSpec.defaultCapacity))])
        case .addRound, .round:
            var round: Round?
            if case .round(let id) = kind { round = s.round(id) }
            let after = s.rounds.last.map { $0.end.adding(minutes: 15) } ?? ClockTime(hour: 10, minute: 0)!
            form = FormState(round.map { [.init("Start", value: $0.start.description, placeholder: "HH:MM"),
                                          .init("Minutes", value: String($0.minutes))] }
                             ?? [.init("Start", default: after.description, placeholder: "HH:MM"),
                                 .init("Minutes", default: String(s.rounds.last?.minutes ?? 45))])
        case .voting:
            let v = s.voting
            form = FormState([.init("Method", value: v.method.rawValue, placeholder: "dots, approval or ranked"),
                              .init("Dots each", value: String(v.dotsPerParticipant)),
                              .init("Cap per topic", value: v.capPerTopic.map(String.init) ?? "", placeholder: "empty: no cap"),
                              .init("Hidden until close", value: v.hideTalliesUntilClose ? "yes" : "no", placeholder: "yes or no")])
        case .groupRules:
            let g = s.groupRules
            form = FormState([.init("Smallest group", value: String(g.minSize)),
                              .init("Largest group", value: g.maxSize.map(String.init) ?? "", placeholder: "empty: the room's seats"),
                              .init("Most per city", value: g.maxPerCity.map(String.init) ?? "", placeholder: "empty: no limit")])
        }
    }

    var title: String {
        switch kind {
        case .meeting: "The meeting"
        case .addRoom: "Add a room"
        case .room: "Edit the room"
        case .addRound: "Add a round"
        case .round: "Edit the round"
        case .voting: "Voting rules"
        case .groupRules: "Group rules"
        }
    }

    /// A whole number typed in `label`, nil when empty and `optional`.
    func number(_ label: String, optional: Bool = false) throws -> Int? {
        let text = form.text(label)
        if text.isEmpty && optional { return nil }
        guard let n = Int(text) else { throw AgoraError(.invalid, "\(label): type a whole number") }
        return n
    }

    func operation(_ s: Session) throws -> AgoraCore.Operation {
        switch kind {
        case .meeting:
            guard let date = CalendarDate(form.text("Date")) else { throw AgoraError(.invalid, "Date: type it as YYYY-MM-DD") }
            guard let area = FocusArea(typed: form.text("Focus area")) else {
                throw AgoraError(.invalid, "Focus area: one of \(FocusArea.choices)")
            }
            return .setup(.editMeeting(Meeting(title: form.text("Title"), hostCity: form.text("Host city"),
                                               venue: form.text("Venue"), date: date, area: area)))
        case .addRoom: return .setup(.addRoom(name: form.text("Name"), capacity: try number("Seats")!))
        case .room(let id): return .setup(.editRoom(id, name: form.text("Name"), capacity: try number("Seats")!))
        case .addRound, .round:
            guard let start = ClockTime(form.text("Start")) else { throw AgoraError(.invalid, "Start: type a time as HH:MM") }
            let minutes = try number("Minutes")!
            if case .round(let id) = kind { return .setup(.editRound(id, start: start, minutes: minutes)) }
            return .setup(.addRound(start: start, minutes: minutes))
        case .voting:
            guard let method = VotingMethod(rawValue: form.text("Method").lowercased()) else {
                throw AgoraError(.invalid, "Method: dots, approval or ranked")
            }
            let hidden = form.text("Hidden until close").lowercased()
            guard ["yes", "no", "y", "n"].contains(hidden) else { throw AgoraError(.invalid, "Hidden until close: yes or no") }
            return .setup(.setVotingRules(VotingRules(method: method, dotsPerParticipant: try number("Dots each")!,
                                                      capPerTopic: try number("Cap per topic", optional: true),
                                                      hideTalliesUntilClose: hidden.hasPrefix("y"))))
        case .groupRules:
            return .setup(.setGroupRules(GroupRules(minSize: try number("Smallest group")!,
                                                    maxSize: try number("Largest group", optional: true),
                                                    maxPerCity: try number("Most per city", optional: true))))
        }
    }
}
