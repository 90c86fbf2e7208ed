/// The participants of a session, with an index of who is who by name and city
/// (``ParticipantKey``: case and accents aside), for the rule that nobody is added twice.
///
/// `Session.participants` is the list; the index rides along and is neither saved nor
/// compared. The people operations change the list through ``Session/$participants`` and keep
/// the index in step, so an add looks for a twin in one small bucket, not through every
/// name, and a batch of n adds costs O(n). Any other change to the list (a decoder, a test, an
/// export that blanks names) drops the index, and the next look-up rebuilds it once.
///
/// The index is a two-level table of 64 × 64 buckets by hash, each an array: a change copies
/// two arrays of 64 references and one bucket, and every other bucket stays shared with the
/// states that undo keeps, as the list's chunks are (``ChunkedList``).
@propertyWrapper
public struct ParticipantList: Sendable {
    private var list: ChunkedList<Participant>
    private var keys: KeyTable?

    public init(wrappedValue: ChunkedList<Participant>) { list = wrappedValue }

    public var wrappedValue: ChunkedList<Participant> {
        get { list }
        set { list = newValue; keys = nil }
        _modify { keys = nil; yield &list }
    }

    /// The list with its index, for the people operations.
    public var projectedValue: ParticipantList {
        get { self }
        _modify { yield &self }
    }

    /// The participant other than `except` with the same name and city (the one with the
    /// smallest id if there are several), by the index, built first if need be.
    mutating func twin(of key: ParticipantKey, except: ParticipantID?) -> ParticipantID? {
        if keys == nil { keys = KeyTable(list) }
        return keys!.ids(of: key).filter { $0 != except }.min()
    }

    /// Appends `person`, whose id is above every other.
    mutating func append(_ person: Participant) {
        keys?.insert(ParticipantKey(person), person.id)
        list.append(person)
    }

    /// Changes the participant at `index`; the index follows a new name or city.
    mutating func update(at index: Int, _ change: (inout Participant) -> Void) {
        let before = list[index]
        change(&list[index])
        let after = list[index]
        if keys != nil, before.name != after.name || before.city != after.city {
            keys!.remove(ParticipantKey(before), before.id)
            keys!.insert(ParticipantKey(after), after.id)
        }
    }

    mutating func remove(at index: Int) -> Participant {
        let person = list.remove(at: index)
        keys?.remove(ParticipantKey(person), person.id)
        return person
    }

    /// True when the index, if built, holds exactly the list's keys (for the tests).
    func indexAgreesWithList() -> Bool {
        guard let keys else { return true }
        return keys.entries() == KeyTable(list).entries()
    }

    var isIndexed: Bool { keys != nil }
}

extension ParticipantList: Equatable {
    /// Equal lists: the index is derived.
    public static func == (a: ParticipantList, b: ParticipantList) -> Bool { a.list == b.list }
}

extension ParticipantList: Codable {
    /// Reads the list as `ChunkedList` does, the index left to be built when first needed.
    public init(from decoder: any Decoder) throws { list = try ChunkedList(from: decoder) }
    /// Writes the list alone, byte for byte as `ChunkedList`.
    public func encode(to encoder: any Encoder) throws { try list.encode(to: encoder) }
}

/// What makes two participants the same person: name and city, case and accents aside.
struct ParticipantKey: Hashable, Sendable {
    var name: String
    var city: String
    init(_ fields: ParticipantFields) {
        name = TextRules.searchKey(fields.name); city = TextRules.searchKey(fields.city)
    }
    init(_ p: Participant) {
        name = TextRules.searchKey(p.name); city = TextRules.searchKey(p.city)
    }
}

/// Participant ids by key in 64 × 64 buckets (see ``ParticipantList``).
private struct KeyTable: Sendable {
    struct Entry: Equatable, Sendable { var key: ParticipantKey; var id: ParticipantID }
    private var buckets: [[[Entry]]] = Array(repeating: Array(repeating: [], count: 64), count: 64)

    init(_ list: ChunkedList<Participant>) {
        for person in list { insert(ParticipantKey(person), person.id) }
    }

    private static func place(_ key: ParticipantKey) -> (Int, Int) {
        let h = key.hashValue
        return (h & 63, (h >> 6) & 63)
    }

    func ids(of key: ParticipantKey) -> [ParticipantID] {
        let (a, b) = Self.place(key)
        return buckets[a][b].compactMap { $0.key == key ? $0.id : nil }
    }

    mutating func insert(_ key: ParticipantKey, _ id: ParticipantID) {
        let (a, b) = Self.place(key)
        buckets[a][b].append(Entry(key: key, id: id))
    }

    mutating func remove(_ key: ParticipantKey, _ id: ParticipantID) {
        let (a, b) = Self.place(key)
        buckets[a][b].removeAll { $0.id == id }
    }

    /// Every entry, in a fixed order (for comparing two tables).
    func entries() -> [Entry] {
        buckets.joined().joined().sorted { ($0.id.rawValue, $0.key.name, $0.key.city) < ($1.id.rawValue, $1.key.name, $1.key.city) }
    }
}
