/// A person in the room, from a city.
public struct Participant: Codable, Equatable, Sendable, Identifiable {
    public var id: ParticipantID
    public var name: String
    public var city: String
    public var organization: String
    public var role: String
    /// Present people are placed in groups; absent ones keep their ballot but get no group.
    public var present: Bool

    public init(id: ParticipantID, name: String, city: String, organization: String = "",
                role: String = "", present: Bool = true) {
        self.id = id; self.name = name; self.city = city
        self.organization = organization; self.role = role; self.present = present
    }
}

/// The editable fields of a participant, as typed by the facilitator or read from CSV.
public struct ParticipantFields: Codable, Equatable, Sendable {
    public var name: String
    public var city: String
    public var organization: String
    public var role: String
    public init(name: String, city: String, organization: String = "", role: String = "") {
        self.name = name; self.city = city; self.organization = organization; self.role = role
    }
}
