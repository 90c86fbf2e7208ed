/// How well one round's groups match what people backed.
public struct GroupingSatisfaction: Codable, Equatable, Sendable {
    /// Present participants, each in exactly one group.
    public var participants: Int
    /// Participants who backed at least one of the round's topics.
    public var withPreference: Int
    /// Got a topic they backed most among the round's topics.
    public var gotTopChoice: Int
    /// Got a topic they backed (their top choice or another).
    public var gotBackedTopic: Int
    /// Backed some of the round's topics but got none of them.
    public var gotNone: Int
    /// Backed none of the round's topics: any group suits them.
    public var withoutPreference: Int

    public init(participants: Int = 0, withPreference: Int = 0, gotTopChoice: Int = 0, gotBackedTopic: Int = 0,
                gotNone: Int = 0, withoutPreference: Int = 0) {
        self.participants = participants; self.withPreference = withPreference; self.gotTopChoice = gotTopChoice
        self.gotBackedTopic = gotBackedTopic; self.gotNone = gotNone; self.withoutPreference = withoutPreference
    }
}

/// One group of a round: the people working on one topic in one room.
public struct GroupSummary: Codable, Equatable, Sendable {
    public var topic: TopicID
    public var room: RoomID
    public var size: Int
    /// Distinct cities among the members.
    public var cities: Int
    /// Most members from one city.
    public var largestCityShare: Int
    /// Sum of the members' interest in the topic.
    public var interest: Int
    public var locked: Int
}

/// The groups of one round, ready to apply with ``operation``.
public struct GroupingResult: Codable, Equatable, Sendable {
    public var round: RoundID
    /// One per present participant, sorted by participant; locked places kept (and still locked).
    public var assignments: [Assignment]
    /// Sum over participants of their interest in their group's topic: the maximum possible.
    public var totalInterest: Int
    public var satisfaction: GroupingSatisfaction
    /// The round's groups in room order.
    public var groups: [GroupSummary]
    /// Things the facilitator should know that do not prevent grouping (locked places
    /// beyond a limit, a group larger than its room).
    public var warnings: [String]

    /// `.groups(.setGroups(round, assignments))`.
    public var operation: Operation { .groups(.setGroups(round, assignments)) }
}

/// A change to the group rules that makes a round's groups possible.
public struct GroupRelaxation: Codable, Equatable, Sendable {
    public enum Change: Codable, Equatable, Sendable {
        case maxSize(Int)
        case minSize(Int)
        case maxPerCity(Int?)
    }
    /// What changes, each one the smallest change of that rule that suffices.
    public var changes: [Change]
    /// The rules after the change, ready for `.setup(.setGroupRules(rules))`.
    public var rules: GroupRules
    /// "raise the largest group size to 12", "allow 3 per city and lower the smallest group size to 2".
    public var description: String
}
