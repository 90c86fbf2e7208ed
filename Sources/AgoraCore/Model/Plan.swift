/// One selected topic placed in a room during a round.
public struct Slot: Codable, Equatable, Sendable {
    public var round: RoundID
    public var room: RoomID
    public var topic: TopicID
    /// Kept in place when the schedule is regenerated.
    public var pinned: Bool
    public init(round: RoundID, room: RoomID, topic: TopicID, pinned: Bool = false) {
        self.round = round; self.room = room; self.topic = topic; self.pinned = pinned
    }
}

/// A participant's group in one round: the topic they work on.
public struct Assignment: Codable, Equatable, Sendable {
    public var round: RoundID
    public var participant: ParticipantID
    public var topic: TopicID
    /// Set by a manual move or lock: kept when groups are regenerated.
    public var locked: Bool
    public init(round: RoundID, participant: ParticipantID, topic: TopicID, locked: Bool = false) {
        self.round = round; self.participant = participant; self.topic = topic; self.locked = locked
    }
}
