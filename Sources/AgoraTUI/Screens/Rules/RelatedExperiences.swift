import AgoraCore

/// Experiences from other cities on the same challenge: sharing a tag or the topic.
enum RelatedExperiences {
    static func of(_ e: Experience, in s: Session) -> [Experience] {
        let tags = Set(e.tags.map(TextRules.searchKey))
        return s.experiences.filter { other in
            other.id != e.id && TextRules.searchKey(other.city) != TextRules.searchKey(e.city)
                && (!tags.isDisjoint(with: other.tags.map(TextRules.searchKey))
                    || (e.origin.topic != nil && other.origin.topic == e.origin.topic))
        }
    }
}
