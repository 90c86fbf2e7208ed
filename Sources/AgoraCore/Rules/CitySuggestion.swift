/// What the People form offers while a city is typed, and what it asks before a new city is
/// added (issue 12, item 13).
///
/// Cities are compared by ``TextRules/searchKey(_:)`` (case, accents and width folded).
/// - Completions: the known cities whose key starts with what is typed, in order.
/// - A close city: when the typed city is not a known one but looks like a typo of one — it is
///   the start of a known city ("Nai" for Nairobi, at least 2 characters), or at most
///   ``closeDistance(forLength:)`` edits away from one ("Bordaux" for Bordeaux). The form then
///   asks before adding a new city.
extension Session {
    /// Known cities starting with `typed` (all of them when nothing is typed), sorted.
    public func cityCompletions(for typed: String) -> [String] {
        let key = TextRules.searchKey(TextRules.singleLine(typed))
        return cities.filter { key.isEmpty || TextRules.searchKey($0).hasPrefix(key) }
    }

    /// The known city `typed` names in another spelling ("saint-etienne" for Saint-Étienne):
    /// the same search key written differently; nil when `typed` is written as a known city,
    /// or is new. A person added with it gets the known spelling, so that one city is counted
    /// once (the People form and `agora participant add`).
    public func knownSpelling(of typed: String) -> String? {
        let text = TextRules.singleLine(typed)
        let key = TextRules.searchKey(text)
        guard !key.isEmpty, !cities.contains(text) else { return nil }
        return cities.first { TextRules.searchKey($0) == key }
    }

    /// The known city `typed` probably means, when `typed` is not itself a known city; nil
    /// when it is known, or close to none. The nearest wins; a known city it starts wins over
    /// an edit; ties go to the first in sorted order.
    public func closeKnownCity(to typed: String) -> String? {
        let text = TextRules.singleLine(typed)
        let key = TextRules.searchKey(text)
        guard key.count >= 2 else { return nil }
        let known = cities.map { (city: $0, key: TextRules.searchKey($0)) }
        if known.contains(where: { $0.key == key }) { return nil }
        if let started = known.first(where: { $0.key.hasPrefix(key) }) { return started.city }
        let limit = Session.closeDistance(forLength: key.count)
        guard limit > 0 else { return nil }
        var best: (city: String, distance: Int)?
        for k in known {
            if let d = EditDistance.between(key, k.key, limit: limit), d < (best?.distance ?? .max) {
                best = (k.city, d)
            }
        }
        return best?.city
    }

    /// Edits a typed city of `length` characters may be away from a known one and still be
    /// called a typo: none below 4 characters (Lyon and Lima are different cities), 1 up to
    /// 7, 2 from 8 ("Barcelone" for Barcelona).
    public static func closeDistance(forLength length: Int) -> Int {
        length < 4 ? 0 : length < 8 ? 1 : 2
    }
}
