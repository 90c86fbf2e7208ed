/// How many topics a session has, as people count them (issue 12, item 8): a merged topic lives
/// on in the topic it was folded into, so it is not a topic of its own. Withdrawn topics were
/// pitched and still count. `agora list`, Overview and summaries count this way.
extension TopicStatus {
    public var isCountedAsTopic: Bool { self != .merged }
}

extension Session {
    /// Topics that are not merged into another.
    public var topicCount: Int { topics.reduce(0) { $0 + ($1.status.isCountedAsTopic ? 1 : 0) } }
}
