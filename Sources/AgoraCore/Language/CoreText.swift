/// Core's string tables, listed once so that one test checks them all (every key in every
/// language, the same slots, each language's typography). A table lives beside the code it
/// speaks for (`Operations/VotingText.swift`); add each new one here.
public enum CoreText {
    public static let all: [StringTable] = [
        VotingText.table,
        PlainTableText.table,
        SetupText.table,
        PeopleText.table,
        TopicText.table,
        PlanText.table,
        WorkText.table,
        PhoneRulesText.table,
        HistoryText.table,
        RangeText.table,
        ReferenceText.table,
        EngineText.table,
        ImportText.table,
        ParseText.table,
        ReportText.table,
        ExportText.table,
        SummaryText.table,
    ]
}

extension Session {
    /// `phrase` in the meeting's language: what the reducer writes in the session's log (and
    /// returns as the change's summary), the same whoever made the change.
    func logged(_ phrase: Phrase) -> String { phrase.text(in: language ?? .en) }
}
