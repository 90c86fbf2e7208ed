/// Existing topics that look like a new title, so the Topics form can warn before a duplicate is
/// proposed (and a merge is needed later) — issue 12, item 18.
///
/// The measure is word overlap on the search keys (``TextRules/searchKey(_:)``: case, accents
/// and width folded). A title's *words* are its runs of letters and digits, without the small
/// words of English, French and Spanish ("for", "des", "para"…) and without a plural "s".
/// Two words are the same when equal, or — both at least 5 characters — one edit apart
/// ("retention"/"retension"). Two titles are similar when they share at least 2 words, or all
/// the words of the shorter one when it has only one ("Mobility" / "Urban mobility"), and the
/// shared words are at least half the words of the shorter title. A title equal to an active
/// topic is refused by the reducer already; it is reported here too.
extension Session {
    /// Active topics similar to `title`, most shared words first, then in proposal order.
    public func similarTopics(to title: String, except: TopicID? = nil) -> [Topic] {
        let words = TopicWords(title)
        guard !words.list.isEmpty else { return [] }
        return activeTopics.filter { $0.id != except }
            .compactMap { topic in words.shared(with: TopicWords(topic.title)).map { (topic, $0) } }
            .sorted { $0.1 > $1.1 }
            .map(\.0)
    }
}

/// The significant words of a topic title, as compared by ``Session/similarTopics(to:except:)``.
struct TopicWords {
    var list: [String]

    init(_ title: String) {
        let key = TextRules.searchKey(TextRules.singleLine(title))
        list = key.split { !($0.isLetter || $0.isNumber) }.map(String.init)
            .filter { !TopicWords.small.contains($0) }
            .map { $0.count > 3 && $0.hasSuffix("s") ? String($0.dropLast()) : $0 }
    }

    /// The number of shared words when the titles are similar; nil when they are not.
    func shared(with other: TopicWords) -> Int? {
        var pool = other.list
        var shared = 0
        for word in list {
            if let i = pool.firstIndex(where: { TopicWords.same(word, $0) }) { pool.remove(at: i); shared += 1 }
        }
        let shorter = min(list.count, other.list.count)
        guard shorter > 0, shared >= min(2, shorter), 2 * shared >= shorter else { return nil }
        return shared
    }

    static func same(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 5 && b.count >= 5 && EditDistance.between(a, b, limit: 1) != nil)
    }

    /// Words that say nothing about a topic: articles, prepositions and conjunctions.
    static let small: Set<String> = [
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "with", "by", "at", "from", "how", "our",
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "pour", "en", "dans", "au", "aux",
        "avec", "par", "sur", "el", "los", "las", "del", "y", "o", "para", "con", "por", "una", "unos", "unas",
    ]
}
