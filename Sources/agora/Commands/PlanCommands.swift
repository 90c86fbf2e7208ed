import AgoraCore
import AgoraStore
import ArgumentParser

struct SelectCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "select",
        abstract: "Select the topics that run: pinned ones, then the top of the vote.")
    @Argument(help: "The session file.") var file: String
    @Option(help: "How many topics (default: rooms × rounds).") var count: Int?
    @Option(help: "Always select this topic; repeat for several.") var pin: [String] = []
    @Option(help: "Never select this topic; repeat for several.") var drop: [String] = []

    func perform(on store: SessionStore) throws -> String {
        var scratch = store.session
        var ops: [AgoraCore.Operation] = []
        for (refs, pinKind) in [(pin, SelectionPin.pinned), (drop, SelectionPin.dropped)] {
            for ref in refs {
                let op = AgoraCore.Operation.plan(.setSelectionPin(try scratch.resolveTopic(ref), pinKind))
                try scratch.apply(op, at: Clock.now())
                ops.append(op)
            }
        }
        let chosen = Selection.choose(in: scratch, count: count)
        ops.append(.plan(.setSelection(chosen)))
        try store.apply(.batch(summary: "Selected \(chosen.count) topics", operations: ops))
        let s = store.session
        return (["Selected \(chosen.count) topics:"] + chosen.map { id in
            let t = s.topic(id)!
            return "  \(id)  \(t.title)" + (t.selectionPin == .pinned ? "  (pinned)" : "")
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
        let result = try Scheduler.schedule(store.session, seed: seed)
        try store.apply(result.operation)
        return PlanTable.text(store.session) + "\nConflicts: \(result.conflicts) (pairs of backed topics in the same round), "
            + "\(result.participantsWithConflicts) people affected"
    }
}

struct GroupCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Form the groups of every planned round, maximizing everyone's interest exactly.")
    @Argument(help: "The session file.") var file: String
    @Option(help: "Smallest group.") var min: Int?
    @Option(help: "Largest group (default: the room's capacity).") var max: Int?
    @Option(name: .customLong("max-per-city"), help: "At most K participants of one city per group.") var maxPerCity: Int?
    @Option(help: "Only this round (1, 2, …).") var round: String?
    @Option(help: "Seed that picks among equally good groupings.") var seed: UInt64 = 1
    @Flag(help: "If the rules cannot be met, apply the nearest rules that can.") var relax = false

    func perform(on store: SessionStore) throws -> String {
        var scratch = store.session
        var ops: [AgoraCore.Operation] = []
        var notes: [String] = []
        if min != nil || max != nil || maxPerCity != nil {
            var rules = scratch.groupRules
            if let min { rules.minSize = min }
            if let max { rules.maxSize = max }
            if let maxPerCity { rules.maxPerCity = maxPerCity }
            let op = AgoraCore.Operation.setup(.setGroupRules(rules))
            try scratch.apply(op, at: Clock.now())
            ops.append(op)
        }
        let rounds = try round.map { [try scratch.resolveRound($0)] }
            ?? scratch.rounds.map(\.id).filter { id in scratch.schedule.contains { $0.round == id } }
        guard !rounds.isEmpty else {
            throw UserFacingError("no round has topics planned; run `agora schedule \(file)` first")
        }
        var results: [GroupingResult] = []
        for id in rounds {
            let result: GroupingResult, op: AgoraCore.Operation
            do {
                result = try Grouper.groups(for: scratch, round: id, seed: seed)
                op = result.operation
            } catch let error as AgoraError {
                guard let nearest = Grouper.groupsUnderNearestRules(for: scratch, round: id, seed: seed) else { throw error }
                guard relax else {
                    let options = [nearest.relaxation] + nearest.others
                    throw AgoraError(error.kind, error.message,
                                     hint: "Nearest rules that work: " + options.map(\.description).joined(separator: "; or ")
                                        + ". Pass --relax to apply the first")
                }
                notes.append("Round \(scratch.roundNumber(id)!): \(nearest.relaxation.description)")
                (result, op) = (nearest.result, nearest.operation)
            }
            try scratch.apply(op, at: Clock.now())
            ops.append(op)
            results.append(result)
        }
        try store.apply(.batch(summary: "Formed the groups of \(rounds.count) round\(rounds.count == 1 ? "" : "s")", operations: ops))
        return (notes + [GroupTable.text(store.session, results: results)]).joined(separator: "\n")
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
