/// A room where one group meets during a round.
public struct Room: Codable, Equatable, Sendable, Identifiable {
    public var id: RoomID
    public var name: String
    public var capacity: Int
    public init(id: RoomID, name: String, capacity: Int) { self.id = id; self.name = name; self.capacity = capacity }
}

/// A time slot in which every selected topic of the round runs in parallel, one per room.
public struct Round: Codable, Equatable, Sendable, Identifiable {
    public var id: RoundID
    public var start: ClockTime
    public var minutes: Int
    public init(id: RoundID, start: ClockTime, minutes: Int) { self.id = id; self.start = start; self.minutes = minutes }
    public var end: ClockTime { start.adding(minutes: minutes) }
}

/// How people vote on topics.
public enum VotingMethod: String, Codable, CaseIterable, Sendable {
    /// Each person has a budget of dots and may stack up to the cap on one topic.
    case dots
    /// Each person marks any number of topics once.
    case approval
    /// Each person ranks topics; scored by Borda count.
    case ranked

    /// What a topic's score is counted in: "dots", "approvals" or "points".
    public var unit: String {
        switch self {
        case .dots: return "dots"
        case .approval: return "approvals"
        case .ranked: return "points"
        }
    }
}

public struct VotingRules: Codable, Equatable, Sendable {
    public var method: VotingMethod
    /// Dots each participant may place (dot voting) or the longest ranking (ranked).
    public var dotsPerParticipant: Int
    /// Most dots one participant may stack on one topic; nil means no cap beyond the budget.
    public var capPerTopic: Int?
    /// Tallies stay hidden on screen until voting closes.
    public var hideTalliesUntilClose: Bool

    public init(method: VotingMethod = .dots, dotsPerParticipant: Int = 5, capPerTopic: Int? = 3,
                hideTalliesUntilClose: Bool = true) {
        self.method = method; self.dotsPerParticipant = dotsPerParticipant
        self.capPerTopic = capPerTopic; self.hideTalliesUntilClose = hideTalliesUntilClose
    }
}

/// Bounds for the small groups formed in each round.
public struct GroupRules: Codable, Equatable, Sendable {
    public var minSize: Int
    /// Largest group; nil means the room's capacity.
    public var maxSize: Int?
    /// At most this many participants of one city in one group; nil means no limit.
    public var maxPerCity: Int?

    public init(minSize: Int = 2, maxSize: Int? = nil, maxPerCity: Int? = nil) {
        self.minSize = minSize; self.maxSize = maxSize; self.maxPerCity = maxPerCity
    }
}

/// Whether votes are being taken.
public enum VotingStatus: String, Codable, Sendable {
    case notStarted = "not-started", open, closed
}
