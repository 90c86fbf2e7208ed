/// Where a piece of work came from in the meeting: a topic, and the group that discussed it.
public struct Origin: Codable, Equatable, Sendable {
    public var topic: TopicID?
    public var round: RoundID?
    public init(topic: TopicID? = nil, round: RoundID? = nil) { self.topic = topic; self.round = round }
    public var isEmpty: Bool { topic == nil && round == nil }
}

/// An experience a city shared in a group: a challenge, what was done, the result.
public struct Experience: Codable, Equatable, Sendable, Identifiable {
    public var id: ExperienceID
    public var city: String
    public var sharedBy: ParticipantID?
    public var title: String
    public var challenge: String
    public var action: String
    public var result: String
    public var tags: [String]
    public var origin: Origin

    public init(id: ExperienceID, fields: ExperienceFields) {
        self.id = id; city = fields.city; sharedBy = fields.sharedBy; title = fields.title
        challenge = fields.challenge; action = fields.action; result = fields.result
        tags = fields.tags; origin = fields.origin
    }

    public var fields: ExperienceFields {
        ExperienceFields(city: city, title: title, sharedBy: sharedBy, challenge: challenge,
                         action: action, result: result, tags: tags, origin: origin)
    }
}

public struct ExperienceFields: Codable, Equatable, Sendable {
    public var city: String
    public var title: String
    public var sharedBy: ParticipantID?
    public var challenge: String
    /// What was done.
    public var action: String
    public var result: String
    public var tags: [String]
    public var origin: Origin

    public init(city: String, title: String, sharedBy: ParticipantID? = nil, challenge: String = "",
                action: String = "", result: String = "", tags: [String] = [], origin: Origin = Origin()) {
        self.city = city; self.title = title; self.sharedBy = sharedBy; self.challenge = challenge
        self.action = action; self.result = result; self.tags = tags; self.origin = origin
    }
}
