/// A stable number that names one participant, topic, room… within a session.
///
/// Numbers are handed out in order by the session's ``IDCounters`` and never reused, so
/// "topic 7" means the same topic for the whole life of the file. Encoded as a plain integer.
public struct EntityID<Tag>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String { String(rawValue) }
}

public typealias ParticipantID = EntityID<Participant>
public typealias TopicID = EntityID<Topic>
public typealias RoomID = EntityID<Room>
public typealias RoundID = EntityID<Round>
public typealias ExperienceID = EntityID<Experience>
public typealias ProjectID = EntityID<Project>

/// The next number for each kind of entity. Part of the session so that replaying the same
/// operations on the same file always hands out the same numbers.
public struct IDCounters: Codable, Equatable, Sendable {
    public var participant = 1
    public var topic = 1
    public var room = 1
    public var round = 1
    public var experience = 1
    public var project = 1
    public init() {}
}
