import Foundation

/// A person in the room, from a city.
public struct Participant: Codable, Equatable, Sendable, Identifiable {
    public var id: ParticipantID
    public var name: String
    public var city: String
    public var organization: String
    public var role: String
    /// Present people are placed in groups; absent ones keep their ballot but get no group.
    public var present: Bool
    /// An e-mail address, as a registration list gives it (optional; left out of every
    /// anonymized export).
    public var email: String?

    public init(id: ParticipantID, name: String, city: String, organization: String = "",
                role: String = "", present: Bool = true, email: String? = nil) {
        self.id = id; self.name = name; self.city = city
        self.organization = organization; self.role = role; self.present = present; self.email = email
    }
}

/// The editable fields of a participant, as typed by the facilitator or read from CSV.
public struct ParticipantFields: Codable, Equatable, Sendable {
    public var name: String
    public var city: String
    public var organization: String
    public var role: String
    /// The e-mail address. When editing, nil keeps the participant's address and an empty
    /// text removes it.
    public var email: String?
    public init(name: String, city: String, organization: String = "", role: String = "", email: String? = nil) {
        self.name = name; self.city = city; self.organization = organization; self.role = role; self.email = email
    }

    /// What is wrong with `email` as an e-mail address, or nil when it is one (or blank): one
    /// @ with text on both sides, a dot in the domain, no spaces.
    public static func emailProblem(_ email: String) -> String? { emailProblemPhrase(email)?.description }

    /// ``emailProblem(_:)`` kept to be written in each reader's language.
    static func emailProblemPhrase(_ email: String) -> Phrase? {
        let text = email.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !text.contains(where: \.isWhitespace) else {
            return PeopleText.phrase("people.notEmail", ["text": text])
        }
        return nil
    }
}
