/// The allowed range of one whole-number quantity of a session, defined once: the reducer
/// checks operations against it, the session file loader checks files against it (with the
/// JSON path), and `session.schema.json` states the same bounds (a test holds them equal).
///
/// The bounds are generous for any real meeting and small enough that no sum or product the
/// engines compute on them can overflow (200 000 people × 1 000 dots is far below `Int.max`).
public struct DomainRange: Equatable, Sendable, CustomStringConvertible {
    /// What the number is, as a sentence starts: "A room's capacity".
    public let field: String
    public let bounds: ClosedRange<Int>
    /// What the number counts, for messages: "seats", "minutes"; empty for bare numbers.
    public let unit: String
    /// The field's name in ``RangeText`` ("range.field.capacity"), for messages in each
    /// language; empty for a range made elsewhere, whose messages then say ``field`` as written.
    public let key: String

    public init(_ field: String, _ bounds: ClosedRange<Int>, unit: String = "", key: String = "") {
        self.field = field; self.bounds = bounds; self.unit = unit; self.key = key
    }

    public func contains(_ value: Int) -> Bool { bounds.contains(value) }

    /// "1 to 10000 seats".
    public var description: String {
        "\(bounds.lowerBound) to \(bounds.upperBound)" + (unit.isEmpty ? "" : " \(unit)")
    }

    /// "A room's capacity is 1 to 10000 seats (got -5)".
    public func message(for value: Int) -> String { "\(field) is \(self) (got \(value))" }

    /// Throws ``AgoraError/Kind/invalid`` naming the field and the range when `value` is outside it.
    public func check(_ value: Int) throws {
        guard contains(value) else { throw AgoraError(.invalid, phrase(for: value)) }
    }

    /// The field's name in each language.
    var fieldPhrase: Phrase { key.isEmpty ? .verbatim(field) : RangeText.phrase("range.field.\(key)") }

    /// A whole number typed for this quantity ("12", "-3", "+4"), or nil when `text` is not
    /// one. A number too long for any `Int` ("99999999999999999999") is a whole number all the
    /// same: it throws this range's message, which says what to type, rather than leaving the
    /// reader to say "type a whole number". A number that fits is returned unchecked; the
    /// reducer checks it against ``bounds`` where it checks every operation.
    public func reading(_ text: String) throws -> Int? {
        if let n = Int(text) { return n }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : text[...]
        guard Self.isDigits(digits) else { return nil }
        throw AgoraError(.invalid, phrase(for: text))
    }

    /// A whole number typed on a command line for this quantity: anything that is not one
    /// that fits in an `Int` throws the range's message with what was typed ("The largest group
    /// size is 1 to 10000 people (got 99999999999999999999)"), so that the reader learns what
    /// to type. A number that fits is returned unchecked, as by ``reading(_:)``.
    public func argument(_ text: String) throws -> Int {
        guard let n = try reading(text) else { throw AgoraError(.invalid, phrase(for: text)) }
        return n
    }

    /// Whether `text` is one or more ASCII digits: a whole number, however long.
    static func isDigits<Text: StringProtocol>(_ text: Text) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// ``message(for:)`` kept to be written in each language.
    func phrase(for value: Int) -> Phrase { phrase(for: "\(value)") }

    /// ``phrase(for:)`` of a value as written, which may be too long for an `Int`.
    func phrase(for value: String) -> Phrase {
        let values = ["min": "\(bounds.lowerBound)", "max": "\(bounds.upperBound)", "value": value]
        if unit.isEmpty { return RangeText.phrase("range.outside", values, parts: ["field": fieldPhrase]) }
        let unitPhrase = key.isEmpty ? Phrase.verbatim(unit) : RangeText.phrase("range.unit.\(unit)")
        return RangeText.phrase("range.outsideIn", values, parts: ["field": fieldPhrase, "unit": unitPhrase])
    }
}

extension DomainRange {
    /// Seats in a room.
    public static let capacity = DomainRange("A room's capacity", 1...10_000, unit: "seats", key: "capacity")
    /// Length of a round.
    public static let roundMinutes = DomainRange("A round's length", 1...1_440, unit: "minutes", key: "roundMinutes")
    /// Dots each participant may place (the longest ranking, for ranked ballots).
    public static let dotsPerParticipant = DomainRange("The dots per participant", 1...1_000, key: "dotsPerParticipant")
    /// Most dots one participant may stack on one topic.
    public static let capPerTopic = DomainRange("The cap per topic", 1...1_000, key: "capPerTopic")
    /// Dots placed or taken back by one vote, and dots of one participant on one topic.
    public static let dotCount = DomainRange("A number of dots", 1...1_000, key: "dotCount")
    /// An anonymous count on the wall (0 clears it; files hold only counts of 1 or more).
    public static let wallCount = DomainRange("A wall count", 0...1_000_000, key: "wallCount")
    /// The smallest group.
    public static let groupMinSize = DomainRange("The smallest group size", 0...10_000, unit: "people", key: "groupMinSize")
    /// The largest group.
    public static let groupMaxSize = DomainRange("The largest group size", 1...10_000, unit: "people", key: "groupMaxSize")
    /// At most this many of one city in one group.
    public static let maxPerCity = DomainRange("The limit per city", 1...10_000, unit: "people", key: "maxPerCity")
    /// How often an activity repeats.
    public static let cadenceEvery = DomainRange("A cadence", 1...120, key: "cadenceEvery")
    /// The round the timer counts (1-based; at most the most rounds a meeting may have).
    public static let timerRound = DomainRange("The timer's round", 1...50, key: "timerRound")
    /// The time left on a paused timer, or from its start to its end: at most a week.
    public static let timerSeconds = DomainRange("The time on the timer", 0...604_800, unit: "seconds", key: "timerSeconds")
    /// Any id of a participant, topic, room, round, experience or project.
    public static let id = DomainRange("An id", 1...1_000_000_000)
    /// The next id a counter hands out (one past the largest id).
    public static let nextID = DomainRange("A next id", 1...1_000_000_001)
    /// The version of the file format; this Agora reads up to ``Session/currentSchemaVersion``.
    public static let schemaVersion = DomainRange("The schema version", 1...Session.currentSchemaVersion)

    /// How many rooms a session may have.
    public static let rooms = DomainRange("The number of rooms", 0...200, key: "rooms")
    /// How many rounds a session may have.
    public static let rounds = DomainRange("The number of rounds", 0...50, key: "rounds")
    /// How many participants a session may have.
    public static let participants = DomainRange("The number of participants", 0...200_000, key: "participants")
    /// How many topics a session may have.
    public static let topics = DomainRange("The number of topics", 0...10_000, key: "topics")
    /// How many experiences a session may have.
    public static let experiences = DomainRange("The number of experiences", 0...100_000, key: "experiences")
    /// How many projects a session may have.
    public static let projects = DomainRange("The number of projects", 0...10_000, key: "projects")
    /// Items of one list inside a project or experience (cities, themes, tags, activities, steps).
    public static let listItems = DomainRange("The number of items in a list", 0...1_000, key: "listItems")
}

/// The longest text a field may hold, in characters (Unicode scalars), defined once like
/// ``DomainRange``.
public struct TextLimit: Equatable, Sendable {
    public let maxLength: Int
    public init(_ maxLength: Int) { self.maxLength = maxLength }

    /// One-line fields: names, cities, titles, rooms, tags, activities, questions.
    public static let line = TextLimit(500)
    /// Multi-line fields: descriptions, challenges, actions, results.
    public static let paragraph = TextLimit(20_000)
    /// A line of the session's log (written by Agora from names and titles).
    public static let logEntry = TextLimit(100_000)

    /// Whether `text` fits; counts only as far as needed.
    public func fits(_ text: String) -> Bool {
        // UTF-8 never has fewer bytes than scalars: most texts are settled without counting.
        text.utf8.count <= maxLength || text.unicodeScalars.count <= maxLength
    }

    /// Throws ``AgoraError/Kind/invalid`` when `text` is longer than the limit: "A participant's
    /// name is at most 500 characters (got 1048576)".
    public func check(_ text: String, field: String) throws {
        try check(text, field: .verbatim(field))
    }

    /// Throws when `text` is too long, naming `field` in each reader's language.
    public func check(_ text: String, field: Phrase) throws {
        guard fits(text) else {
            throw AgoraError(.invalid, RangeText.phrase("range.tooLong", ["max": "\(maxLength)", "count": "\(text.unicodeScalars.count)"],
                                                        parts: ["field": field]),
                             hint: RangeText.phrase("range.tooLong.hint"))
        }
    }
}

extension IDCounters {
    /// Hands out the next id of one kind and advances the counter, or refuses when the ids of
    /// that kind are used up (``DomainRange/id``).
    mutating func take(_ counter: WritableKeyPath<IDCounters, Int>, _ kind: String) throws -> Int {
        let id = self[keyPath: counter]
        guard DomainRange.id.contains(id) else {
            throw AgoraError(.invalid, "No \(kind) numbers are left (the largest is \(DomainRange.id.bounds.upperBound))")
        }
        self[keyPath: counter] = id + 1
        return id
    }
}

extension DomainRange {
    /// Refuses adding one more item when a list already holds the most this range allows.
    func checkRoom(forOneMore count: Int) throws {
        guard count < bounds.upperBound else {
            throw AgoraError(.invalid, RangeText.phrase("range.atMost", ["max": "\(bounds.upperBound)"], parts: ["field": fieldPhrase]),
                             hint: RangeText.phrase("range.atMost.hint"))
        }
    }
}
