/// What a CSV file brings into a session.
public enum ImportKind: String, CaseIterable, Sendable {
    case participants, topics, votes

    /// What one row brings, counted: "1 participant", "3 votes".
    public var row: CountedNoun {
        switch self {
        case .participants: return .participant
        case .topics: return .topic
        case .votes: return CountedNoun("vote", "votes")
        }
    }

    /// Columns that must be present (header names, any order, case-insensitive).
    public var requiredColumns: [String] {
        switch self {
        case .participants: return ["name", "city"]
        case .topics: return ["title"]
        case .votes: return ["participant", "topic", "dots"]
        }
    }

    /// Every column the importer understands.
    public var knownColumns: [String] {
        switch self {
        case .participants: return ["name", "city", "organization", "role", "email"]
        case .topics: return ["title", "proposer", "description"]
        case .votes: return ["participant", "topic", "dots"]
        }
    }

    /// Other headers a column goes by, in order of preference: each is one header, or several
    /// whose texts are joined with a space (a registration list's First Name + Last Name). The
    /// names are as Eventbrite and pretix export them (compared case-insensitively, spaces
    /// collapsed); the column's own name always comes first.
    public func aliases(of column: String) -> [[String]] {
        guard self == .participants else { return [[column]] }
        switch column {
        case "name":
            return [["name"], ["full name"], ["attendee name"], ["participant"],
                    ["first name", "last name"], ["given name", "family name"], ["first name", "surname"],
                    ["attendee name: given name", "attendee name: family name"]]
        case "city":
            return [["city"], ["town"], ["home city"], ["work city"], ["ville"], ["ciudad"]]
        case "organization":
            return [["organization"], ["organisation"], ["company"], ["company name"], ["institution"], ["employer"]]
        case "role":
            return [["role"], ["job title"], ["position"]]
        case "email":
            return [["email"], ["e-mail"], ["email address"], ["e-mail address"], ["attendee email"], ["attendee e-mail"]]
        default:
            return [[column]]
        }
    }
}
