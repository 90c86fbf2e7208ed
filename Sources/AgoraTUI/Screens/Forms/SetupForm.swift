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
        let t = SetupText.table, common = CommonText.table
        func field(_ name: String, _ key: String, value: String, placeholder: String = "") -> FormState.Field {
            .init(name, label: t(key), value: value, placeholder: placeholder)
        }
        func proposed(_ name: String, _ key: String, _ value: String, placeholder: String = "") -> FormState.Field {
            .init(name, label: t(key), default: value, placeholder: placeholder)
        }
        switch kind {
        case .meeting:
            let m = s.meeting
            form = FormState([field("Title", "setupScreen.field.title", value: m.title),
                              field("Host city", "setupScreen.field.hostCity", value: m.hostCity),
                              field("Venue", "setupScreen.field.venue", value: m.venue, placeholder: common("common.form.optional")),
                              field("Date", "setupScreen.field.date", value: m.date.description, placeholder: common("common.form.datePlaceholder")),
                              field("Focus area", "setupScreen.field.area", value: m.area.name(in: .current), placeholder: FocusArea.choices)])
        case .addRoom, .room:
            var room: Room?
            if case .room(let id) = kind { room = s.room(id) }
            form = FormState(room.map { [field("Name", "setupScreen.field.name", value: $0.name),
                                         field("Seats", "setupScreen.field.seats", value: String($0.capacity))] }
                             ?? [proposed("Name", "setupScreen.field.name", t("setupScreen.newRoom", ["n": "\(s.rooms.count + 1)"])),
                                 proposed("Seats", "setupScreen.field.seats", String(RoomSpec.defaultCapacity))])
        case .addRound, .round:
            var round: Round?
            if case .round(let id) = kind { round = s.round(id) }
            let after = s.rounds.last.map { $0.end.adding(minutes: 15) } ?? ClockTime(hour: 10, minute: 0)!
            let time = common("common.form.timePlaceholder")
            form = FormState(round.map { [field("Start", "setupScreen.field.start", value: $0.start.description, placeholder: time),
                                          field("Minutes", "setupScreen.field.minutes", value: String($0.minutes))] }
                             ?? [proposed("Start", "setupScreen.field.start", after.description, placeholder: time),
                                 proposed("Minutes", "setupScreen.field.minutes", String(s.rounds.last?.minutes ?? 45))])
        case .voting:
            let v = s.voting
            form = FormState([field("Method", "setupScreen.field.method", value: VoteText.methodWord(v.method), placeholder: t("setupScreen.methods")),
                              field("Dots each", "setupScreen.field.dots", value: String(v.dotsPerParticipant)),
                              field("Cap per topic", "setupScreen.field.cap", value: v.capPerTopic.map(String.init) ?? "", placeholder: t("setupScreen.noCap")),
                              field("Hidden until close", "setupScreen.field.hidden", value: CommonText.yesNo(v.hideTalliesUntilClose),
                                    placeholder: t("setupScreen.yesOrNo"))])
        case .groupRules:
            let g = s.groupRules
            form = FormState([field("Smallest group", "setupScreen.field.smallest", value: String(g.minSize)),
                              field("Largest group", "setupScreen.field.largest", value: g.maxSize.map(String.init) ?? "",
                                    placeholder: t("setupScreen.largestEmpty")),
                              field("Most per city", "setupScreen.field.perCity", value: g.maxPerCity.map(String.init) ?? "",
                                    placeholder: t("setupScreen.noLimit"))])
        }
    }

    var title: String {
        let t = SetupText.table
        switch kind {
        case .meeting: return t("setupScreen.form.meeting")
        case .addRoom: return t("setupScreen.form.addRoom")
        case .room: return t("setupScreen.form.room")
        case .addRound: return t("setupScreen.form.addRound")
        case .round: return t("setupScreen.form.round")
        case .voting: return t("setupScreen.form.voting")
        case .groupRules: return t("setupScreen.form.groupRules")
        }
    }

    /// A whole number typed in the field named `name` for a quantity of `range`, nil when
    /// empty and `optional`.
    func number(_ name: String, _ range: DomainRange, optional: Bool = false) throws -> Int? {
        let text = form.text(name)
        if text.isEmpty && optional { return nil }
        return try FormError.number(form, name, range)
    }

    func operation(_ s: Session) throws -> AgoraCore.Operation {
        switch kind {
        case .meeting:
            guard let date = CalendarDate(form.text("Date")) else { throw FormError.date(form, "Date") }
            guard let area = FocusArea(typed: form.text("Focus area")) else { throw FormError.oneOf(form, "Focus area", FocusArea.choices) }
            return .setup(.editMeeting(Meeting(title: form.text("Title"), hostCity: form.text("Host city"),
                                               venue: form.text("Venue"), date: date, area: area)))
        case .addRoom: return .setup(.addRoom(name: form.text("Name"), capacity: try number("Seats", .capacity)!))
        case .room(let id): return .setup(.editRoom(id, name: form.text("Name"), capacity: try number("Seats", .capacity)!))
        case .addRound, .round:
            guard let start = ClockTime(form.text("Start")) else { throw FormError.time(form, "Start") }
            let minutes = try number("Minutes", .roundMinutes)!
            if case .round(let id) = kind { return .setup(.editRound(id, start: start, minutes: minutes)) }
            return .setup(.addRound(start: start, minutes: minutes))
        case .voting:
            guard let method = VoteText.method(typed: form.text("Method")) else {
                throw FieldError(field: "Method", message: SetupText.table("setupScreen.methodError"))
            }
            guard let hidden = CommonText.yesOrNo(form.text("Hidden until close")) else { throw FormError.yesOrNo(form, "Hidden until close") }
            return .setup(.setVotingRules(VotingRules(method: method, dotsPerParticipant: try number("Dots each", .dotsPerParticipant)!,
                                                      capPerTopic: try number("Cap per topic", .capPerTopic, optional: true),
                                                      hideTalliesUntilClose: hidden)))
        case .groupRules:
            return .setup(.setGroupRules(GroupRules(minSize: try number("Smallest group", .groupMinSize)!,
                                                    maxSize: try number("Largest group", .groupMaxSize, optional: true),
                                                    maxPerCity: try number("Most per city", .maxPerCity, optional: true))))
        }
    }
}
