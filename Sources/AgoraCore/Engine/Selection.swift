/// Which topics run: the facilitator's pins, then the top of the vote.
public enum Selection {
    /// The topics to select, in rank order (see ``Tally``).
    ///
    /// Topics pinned in (``SelectionPin/pinned``) are always chosen, even beyond `count`;
    /// dropped topics never are. The remaining places go to the best-ranked other topics.
    /// - Parameter count: how many topics to choose; nil means rooms × rounds. Never more
    ///   than the active topics that are not dropped; a negative count chooses only the pins.
    /// - Returns: ready for `.plan(.setSelection(…))`.
    public static func choose(in session: Session, count: Int? = nil) -> [TopicID] {
        let target = max(0, count ?? session.rooms.count * session.rounds.count)
        var pins: [TopicID: SelectionPin] = [:]
        for topic in session.topics { pins[topic.id] = topic.selectionPin }
        let ranked = Tally.results(of: session).map(\.topic)
        let pinned = Set(ranked.filter { pins[$0] == .pinned })
        var chosen = pinned
        for topic in ranked where chosen.count < target && pins[topic] == nil {
            chosen.insert(topic)
        }
        return ranked.filter(chosen.contains)
    }

    /// The default number of topics: one per room and round.
    public static func defaultCount(in session: Session) -> Int { session.rooms.count * session.rounds.count }
}
