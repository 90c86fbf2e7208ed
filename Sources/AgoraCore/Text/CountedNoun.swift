/// A number with its noun, in the right form: "1 city", "2 cities", "0 cities".
///
/// One rule for every count a person reads. Which form a number takes is the language's
/// ``PluralRule``: English uses the singular for exactly 1; French uses it for 0 and 1
/// ("0 ville", "1 ville", "2 villes"); Spanish as English. The English nouns are here;
/// ``DomainWord/noun(in:)`` gives the meeting's words in each language with its rule.
public struct CountedNoun: Equatable, Sendable {
    public var singular: String
    public var plural: String
    public var rule: PluralRule

    public init(_ singular: String, _ plural: String, rule: PluralRule = .english) {
        self.singular = singular; self.plural = plural; self.rule = rule
    }

    /// The noun alone, in the form `count` takes: "city" for 1, "cities" for 2.
    public func noun(for count: Int) -> String { rule.isSingular(count) ? singular : plural }

    /// The count and the noun: "1 city", "2 cities".
    public func callAsFunction(_ count: Int) -> String { "\(count) \(noun(for: count))" }
}

/// A verb whose subject is a counted noun: it agrees with the count by the noun's plural
/// rule, so the phrase reads right ("1 group breaks", "2 groups break"; in French "0 groupe
/// enfreint").
public struct CountedVerb: Equatable, Sendable {
    /// The form that goes with a singular subject ("breaks"), and with a plural one ("break").
    public var singular: String
    public var plural: String

    public init(_ singular: String, _ plural: String) { self.singular = singular; self.plural = plural }

    public static let breaks = CountedVerb("breaks", "break")
}

extension CountedNoun {
    /// The count, the noun and `verb` agreeing with them: "1 group breaks", "2 groups break".
    public func callAsFunction(_ count: Int, _ verb: CountedVerb) -> String {
        "\(self(count)) \(rule.isSingular(count) ? verb.singular : verb.plural)"
    }
}

/// When a language uses the singular form of a counted noun.
public enum PluralRule: String, Codable, Equatable, Sendable {
    /// Singular for 1 only (English, Spanish): "0 cities", "1 city".
    case english
    /// Singular for 0 and 1 (French): "0 ville", "1 ville", "2 villes".
    case french

    public static let spanish = PluralRule.english

    public func isSingular(_ count: Int) -> Bool {
        switch self {
        case .english: return count == 1 || count == -1
        case .french: return abs(count) < 2
        }
    }
}

extension CountedNoun {
    public static let participant = CountedNoun("participant", "participants")
    public static let person = CountedNoun("person", "people")
    public static let city = CountedNoun("city", "cities")
    public static let topic = CountedNoun("topic", "topics")
    public static let ballot = CountedNoun("ballot", "ballots")
    public static let dot = CountedNoun("dot", "dots")
    public static let approval = CountedNoun("approval", "approvals")
    public static let point = CountedNoun("point", "points")
    public static let room = CountedNoun("room", "rooms")
    public static let round = CountedNoun("round", "rounds")
    public static let group = CountedNoun("group", "groups")
    public static let backer = CountedNoun("backer", "backers")
    public static let seat = CountedNoun("seat", "seats")
    public static let experience = CountedNoun("experience", "experiences")
    public static let project = CountedNoun("project", "projects")
    public static let activity = CountedNoun("activity", "activities")
    public static let conflict = CountedNoun("conflict", "conflicts")
    public static let change = CountedNoun("change", "changes")
    public static let session = CountedNoun("session", "sessions")
    public static let match = CountedNoun("match", "matches")
    public static let file = CountedNoun("file", "files")
}

extension VotingMethod {
    /// What one vote of this method is counted as: dots, approvals or points.
    public var countedUnit: CountedNoun {
        switch self {
        case .dots: return .dot
        case .approval: return .approval
        case .ranked: return .point
        }
    }
}
