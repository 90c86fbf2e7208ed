extension CountedNoun {
    /// Nouns the exports count that the screens do not.
    static let meeting = CountedNoun("meeting", "meetings")
    static let collaborationProject = CountedNoun("collaboration project", "collaboration projects")
    static let voter = CountedNoun("voter", "voters")
}
