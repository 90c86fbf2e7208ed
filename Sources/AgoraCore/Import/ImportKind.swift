/// What a CSV file brings into a session.
public enum ImportKind: String, CaseIterable, Sendable {
    case participants, topics, votes

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
        case .participants: return ["name", "city", "organization", "role"]
        case .topics: return ["title", "proposer", "description"]
        case .votes: return ["participant", "topic", "dots"]
        }
    }
}
