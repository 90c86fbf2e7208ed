import AgoraCore
import AgoraStore
import ArgumentParser

struct SelectCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "select",
        abstract: "Select the topics that run: pinned ones, then the top of the vote.")
    @Argument(help: "The session file.") var file: String
    @Option(help: "How many topics (default: rooms × rounds).", transform: DomainRange.topics.argument) var count: Int?
    @Option(help: "Always select this topic; repeat for several.") var pin: [String] = []
    @Option(help: "Never select this topic; repeat for several.") var drop: [String] = []

    func perform(on store: SessionStore) throws -> String {
        let s = store.session
        let selection = try TopicSelection.choose(s, count: count, pin: try pin.map(s.resolveTopic),
                                                  drop: try drop.map(s.resolveTopic), at: Clock.now())
        try store.apply(selection.operation)
        let after = store.session
        let t = MeetingCommandText.table
        return ([t("cli.select.heading", ["explanation": selection.explanation])] + selection.chosen.map { id in
            "  \(id)  \(after.topic(id)?.title ?? "?")" + (selection.pinned.contains(id) ? "  " + t("cli.select.pinned") : "")
        }).joined(separator: "\n")
    }
}

struct ScheduleCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Place the selected topics in rounds and rooms with the fewest conflicts for their backers.")
    @Argument(help: "The session file.") var file: String
    @Option(help: "Seed for the search (same seed, same plan).") var seed: UInt64 = 1

    func perform(on store: SessionStore) throws -> String {
        let plan = try PlanGeneration.generate(store.session, seed: seed)
        let result = plan.result
        try store.apply(plan.operation)
        return PlanTable.text(store.session, in: .current) + "\n" + MeetingCommandText.table("cli.schedule.conflicts", [
            "conflicts": "\(result.conflicts)", "people": "\(result.participantsWithConflicts)"])
    }
}

struct GroupCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Form the groups of every planned round, maximizing everyone's interest exactly.")
    @Argument(help: "The session file.") var file: String
    @Option(help: "Smallest group.", transform: DomainRange.groupMinSize.argument) var min: Int?
    @Option(help: "Largest group (default: the room's capacity).", transform: DomainRange.groupMaxSize.argument) var max: Int?
    @Option(name: .customLong("max-per-city"), help: "At most K participants of one city per group.", transform: DomainRange.maxPerCity.argument)
    var maxPerCity: Int?
    @Option(help: "Only this round (1, 2, …).") var round: String?
    @Option(help: "Seed that picks among equally good groupings.") var seed: UInt64 = 1
    @Flag(help: "If the rules cannot be met, apply the nearest rules that can.") var relax = false

    func perform(on store: SessionStore) throws -> String {
        let s = store.session
        var rules: GroupRules?
        if min != nil || max != nil || maxPerCity != nil {
            var changed = s.groupRules
            if let min { changed.minSize = min }
            if let max { changed.maxSize = max }
            if let maxPerCity { changed.maxPerCity = maxPerCity }
            rules = changed
        }
        let rounds = try round.map { [try s.resolveRound($0)] } ?? GroupFormation.plannedRounds(s)
        guard !rounds.isEmpty else {
            throw UserFacingError(MeetingCommandText.table("cli.group.nothingPlanned", ["file": file]))
        }
        switch try GroupFormation.form(s, rounds: rounds, rules: rules, seed: seed, relax: relax, at: Clock.now()) {
        case .refused(let error): throw error
        case .rulesCannotBeMet(let failure): throw failure.error(how: MeetingCommandText.table("cli.group.relax"))
        case .formed(let formation):
            try store.apply(formation.operation)
            return (formation.relaxations + [GroupTable.text(store.session, results: formation.results, in: .current)]).joined(separator: "\n")
        }
    }
}

struct MoveCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Move a participant into another group (kept when groups are formed again with --lock).")
    @Argument(help: "The session file.") var file: String
    @Argument(help: "The participant.") var participant: String
    @Option(help: "The round (1, 2, …).") var round: String
    @Option(help: "The topic of the group to join.") var topic: String
    @Flag(help: "Lock them there: regrouping keeps them in place.") var lock = false

    func perform(on store: SessionStore) throws -> String {
        let s = store.session
        return try store.apply(.groups(.move(try s.resolveParticipant(participant), round: try s.resolveRound(round),
                                             topic: try s.resolveTopic(topic), lock: lock)))
    }
}

/// `agora plan place|unschedule|pin`: the Plan screen's moves, one operation each.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Move topics in the plan by hand, as the Plan screen does.",
        subcommands: [Place.self, Unschedule.self, Pin.self])

    struct Place: SessionVerb {
        static let configuration = CommandConfiguration(
            abstract: "Put a selected topic in a round and room; a topic already there swaps into its old place.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic: number or start of the title.") var topic: String
        @Option(help: "The round (1, 2, …).") var round: String
        @Option(help: "The room: number or start of the name.") var room: String
        @Flag(help: "Pin it there: scheduling again keeps it in place.") var pin = false
        func perform(on store: SessionStore) throws -> String {
            let s = store.session
            return try store.apply(.plan(.place(try s.resolveTopic(topic), round: try s.resolveRound(round),
                                                room: try s.resolveRoom(room), pinned: pin)))
        }
    }

    struct Unschedule: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Take a topic out of the plan (its groups go with it).")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic: number or start of the title.") var topic: String
        func perform(on store: SessionStore) throws -> String {
            try store.apply(.plan(.unschedule(try store.session.resolveTopic(topic))))
        }
    }

    struct Pin: SessionVerb {
        static let configuration = CommandConfiguration(abstract: "Pin a planned topic in its slot, so that scheduling again keeps it there.")
        @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
        @Argument(help: "The topic: number or start of the title.") var topic: String
        @Flag(help: "Unpin it instead.") var off = false
        func perform(on store: SessionStore) throws -> String {
            try store.apply(.plan(.setSlotPin(try store.session.resolveTopic(topic), !off)))
        }
    }
}
