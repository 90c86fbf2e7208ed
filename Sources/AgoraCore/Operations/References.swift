/// How people name things on the command line, in the palette and in the "Who is voting?"
/// picker: by the number shown ("7"), or by an unambiguous beginning of the name or title
/// ("data min"), or of any of its words ("park" for "박지훈 (Park Ji-hoon)"), ignoring case
/// and accents (``NameMatch``). An exact name wins over names that start with it, which win
/// over names with a word that starts with it.
extension Session {
    public func resolveParticipant(_ reference: String) throws -> ParticipantID {
        try resolve(reference, kind: "participant", plural: "participants",
                    items: participants.map { ($0.id.rawValue, $0.name, true) }).map(ParticipantID.init)!
    }

    /// Active topics are preferred; a merged or withdrawn topic is found by its number only.
    /// The participants the "Who is voting?" picker shows for `typed`: the one with that
    /// number ("14"), or those whose name matches as ``resolveParticipant(_:)`` matches — exact
    /// names first, then names that start with it, then names with a word that starts with it,
    /// each in participant order. Everyone when nothing is typed.
    public func participants(matching typed: String) -> [Participant] {
        let text = TextRules.singleLine(typed)
        if text.isEmpty { return Array(participants) }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if let number = Int(digits), digits.allSatisfy(\.isASCII) {
            return participant(ParticipantID(number)).map { [$0] } ?? []
        }
        let query = NameMatch(text)
        return participants.compactMap { p in query.grade(p.name).map { (p, $0) } }
            .enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
            .map(\.element.0)
    }

    public func resolveTopic(_ reference: String) throws -> TopicID {
        try resolve(reference, kind: "topic", plural: "topics",
                    items: topics.map { ($0.id.rawValue, $0.title, $0.isActive) }).map(TopicID.init)!
    }

    public func resolveRoom(_ reference: String) throws -> RoomID {
        try resolve(reference, kind: "room", plural: "rooms",
                    items: rooms.map { ($0.id.rawValue, $0.name, true) }).map(RoomID.init)!
    }

    /// Rounds are named by their position: "1" is the first round of the day.
    public func resolveRound(_ reference: String) throws -> RoundID {
        let text = TextRules.singleLine(reference)
        guard let n = Int(text), n >= 1, n <= rounds.count else {
            throw AgoraError(.notFound, ReferenceText.phrase("refs.noRound", ["text": text]),
                             hint: rounds.isEmpty ? ReferenceText.phrase("refs.noRound.hintNone")
                                 : ReferenceText.phrase("refs.noRound.hint", ["count": "\(rounds.count)"]))
        }
        return rounds[n - 1].id
    }

    public func resolveExperience(_ reference: String) throws -> ExperienceID {
        try resolve(reference, kind: "experience", plural: "experiences",
                    items: experiences.map { ($0.id.rawValue, $0.title, true) }).map(ExperienceID.init)!
    }

    public func resolveProject(_ reference: String) throws -> ProjectID {
        try resolve(reference, kind: "project", plural: "projects",
                    items: projects.map { ($0.id.rawValue, $0.title, true) }).map(ProjectID.init)!
    }

    private func resolve(_ reference: String, kind: String, plural: String,
                         items: [(id: Int, name: String, preferred: Bool)]) throws -> Int? {
        try NameIndex(kind: kind, plural: plural, items: items).resolve(reference)
    }
}

/// Names of one kind of thing (participants, topics…) ready to resolve many references:
/// each name's search key computed once and sorted, so that a reference costs a binary search
/// and its matches, not a walk through every name. ``Session/resolveParticipant(_:)`` and
/// friends build one per call; an import builds one for all its rows. One place for the rule.
public struct NameIndex: Sendable {
    struct Item: Sendable {
        var position: Int
        var id: Int
        var name: String
        var key: String
        var preferred: Bool
    }
    let kind: String, plural: String
    let items: [Item]
    let ids: Set<Int>
    /// Positions in `items`, sorted by key (by UTF-8 bytes: names with a common start are adjacent).
    let sorted: [Int]

    init(kind: String, plural: String, items: [(id: Int, name: String, preferred: Bool)]) {
        self.kind = kind; self.plural = plural
        let items = items.enumerated().map {
            Item(position: $0, id: $1.id, name: $1.name, key: TextRules.searchKey($1.name), preferred: $1.preferred)
        }
        self.items = items
        ids = Set(items.map(\.id))
        sorted = items.indices.sorted { items[$0].key.utf8.lexicographicallyPrecedes(items[$1].key.utf8) }
    }

    /// The participants of `session`, for ``resolve(_:)``.
    public static func participants(of session: Session) -> NameIndex {
        NameIndex(kind: "participant", plural: "participants", items: session.participants.map { ($0.id.rawValue, $0.name, true) })
    }

    /// The topics of `session`: active topics are preferred; a merged or withdrawn topic is
    /// found by its number only.
    public static func topics(of session: Session) -> NameIndex {
        NameIndex(kind: "topic", plural: "topics", items: session.topics.map { ($0.id.rawValue, $0.title, $0.isActive) })
    }

    /// The id `reference` names: a number ("7", "#7"), an exact name, or the unambiguous
    /// start of one, ignoring case and accents.
    public func resolve(_ reference: String) throws -> Int {
        let text = TextRules.singleLine(reference)
        guard !text.isEmpty else { throw AgoraError(.invalid, ReferenceText.phrase("refs.nameIt.\(kind)")) }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if let number = Int(digits), digits.allSatisfy(\.isASCII) {
            guard ids.contains(number) else {
                throw AgoraError(.notFound, ReferenceText.phrase("refs.none.\(kind)", ["number": "\(number)"]))
            }
            return number
        }
        let key = TextRules.searchKey(text)
        // Every name starting with `key`, found from the first key not below it.
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[sorted[mid]].key.utf8.lexicographicallyPrecedes(key.utf8) { lo = mid + 1 } else { hi = mid }
        }
        var starting: [Item] = []
        while lo < sorted.count, items[sorted[lo]].key.utf8.starts(with: key.utf8) {
            let item = items[sorted[lo]]
            if item.key.hasPrefix(key) { starting.append(item) }
            lo += 1
        }
        let matches: [Item]
        if starting.contains(where: \.preferred) {
            // The best grades (the whole name, its start) among preferred names: the binary
            // search found them all, so a reference costs no walk through every name.
            let pool = starting.filter(\.preferred)
            let exact = pool.filter { $0.key == key }
            if exact.count == 1 { return exact[0].id }
            matches = (exact.count > 1 ? exact : pool).sorted { $0.position < $1.position }
        } else {
            // No preferred name starts so: grade every name, words included (NameMatch).
            let query = NameMatch(text)
            let graded = items.compactMap { item in query.grade(key: item.key).map { (item: item, grade: $0) } }
            let pool = graded.contains { $0.item.preferred } ? graded.filter(\.item.preferred) : graded
            let best = pool.map(\.grade).min()
            matches = pool.filter { $0.grade == best }.map(\.item)
        }
        switch matches.count {
        case 0:
            throw AgoraError(.notFound, ReferenceText.phrase("refs.noneCalled.\(kind)", ["text": text]),
                             hint: ReferenceText.phrase("refs.noneCalled.hint"))
        case 1:
            return matches[0].id
        default:
            let shown = matches.prefix(5).map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            let more = matches.count > 5 ? ", …" : ""
            throw AgoraError(.ambiguous, ReferenceText.phrase("refs.matches.\(kind)", ["text": text, "count": "\(matches.count)",
                                                                                      "shown": shown + more]),
                             hint: ReferenceText.phrase("refs.matches.hint"))
        }
    }
}

/// How typed text matches a name, from best to worst (nil: no match). Case, accents and width
/// are ignored (``TextRules/searchKey(_:)``); a name's words are its runs of letters and digits.
public struct NameMatch: Sendable {
    public enum Grade: Int, Comparable, Sendable {
        /// The whole name: "ana" for "Ana".
        case exact
        /// The beginning of the name: "ana m" for "Ana María".
        case start
        /// Each typed word begins a different word of the name: "park" and "ji park" for
        /// "박지훈 (Park Ji-hoon)".
        case words
        public static func < (a: Grade, b: Grade) -> Bool { a.rawValue < b.rawValue }
    }

    let key: String
    let words: [String]

    public init(_ typed: String) {
        key = TextRules.searchKey(TextRules.singleLine(typed))
        words = NameMatch.words(of: key)
    }

    public func grade(_ name: String) -> Grade? { grade(key: TextRules.searchKey(name)) }

    /// ``grade(_:)`` of a name whose search key is known (``NameIndex`` keeps every name's).
    func grade(key nameKey: String) -> Grade? {
        guard !key.isEmpty else { return nil }
        if nameKey == key { return .exact }
        if nameKey.hasPrefix(key) { return .start }
        guard !words.isEmpty else { return nil }
        var pool = NameMatch.words(of: nameKey)
        for word in words {
            guard let i = pool.firstIndex(where: { $0.hasPrefix(word) }) else { return nil }
            pool.remove(at: i)
        }
        return .words
    }

    static func words(of key: String) -> [String] { TextWords.split(key, numbers: true) }
}
