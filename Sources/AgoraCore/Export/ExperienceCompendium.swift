/// The compendium of good practices: every experience of some sessions, grouped by focus
/// area (in the study's order), then by city (alphabetical), with the tags in use.
public struct ExperienceCompendium: Equatable, Sendable {
    /// One experience and where it was shared.
    public struct Entry: Equatable, Sendable {
        public var meeting: MeetingReference
        public var experience: Experience
        /// "Claire Dubois (Bordeaux Métropole, Bordeaux)", or without the name when anonymized.
        public var sharedBy: String?
        /// The topic whose group heard it.
        public var topic: String?
    }

    public struct CityGroup: Equatable, Sendable {
        public var city: String
        public var entries: [Entry]
    }

    public struct AreaGroup: Equatable, Sendable {
        public var area: FocusArea
        public var cities: [CityGroup]
    }

    public var areas: [AreaGroup]
    /// Every tag with the number of experiences that carry it, most used first, then by name
    /// (tags that differ only in case or accents count as one, spelled as first seen).
    public var tags: [(tag: String, count: Int)]
    public var count: Int { areas.reduce(0) { $0 + $1.cities.reduce(0) { $0 + $1.entries.count } } }

    /// An experience belongs to its topic's area when the topic has one, else to the meeting's.
    public init(_ sessions: [NamedSession]) {
        var byArea: [FocusArea: [String: [Entry]]] = [:]
        var tagCount: [String: Int] = [:]
        var tagSpelling: [String: String] = [:]
        for named in NamedSession.ordered(sessions) {
            let s = named.session
            for e in s.experiences.sorted(by: { $0.id < $1.id }) {
                let topic = e.origin.topic.flatMap { s.topic($0) }
                let area = topic?.area ?? s.meeting.area
                byArea[area, default: [:]][e.city, default: []].append(
                    Entry(meeting: MeetingReference(named), experience: e, sharedBy: s.credit(e.sharedBy), topic: topic?.title))
                for tag in Set(e.tags.map(TextRules.searchKey)) { tagCount[tag, default: 0] += 1 }
                for tag in e.tags where tagSpelling[TextRules.searchKey(tag)] == nil { tagSpelling[TextRules.searchKey(tag)] = tag }
            }
        }
        areas = FocusArea.allCases.compactMap { area in
            guard let cities = byArea[area] else { return nil }
            return AreaGroup(area: area, cities: cities.keys.sorted(by: ExperienceCompendium.cityOrder).map {
                CityGroup(city: $0, entries: cities[$0]!)
            })
        }
        tags = tagCount.map { (tag: tagSpelling[$0.key] ?? $0.key, count: $0.value) }
            .sorted { a, b in a.count != b.count ? a.count > b.count : ExperienceCompendium.cityOrder(a.tag, b.tag) }
    }

    /// Accent- and case-insensitive, ties broken by the exact text: the same order everywhere.
    static func cityOrder(_ a: String, _ b: String) -> Bool {
        (TextRules.searchKey(a), a) < (TextRules.searchKey(b), b)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.areas == b.areas && a.tags.map(\.tag) == b.tags.map(\.tag) && a.tags.map(\.count) == b.tags.map(\.count)
    }
}
