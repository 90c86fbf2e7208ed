import AgoraCore

/// The terminal's string tables, listed once so that one test checks them all (every key in
/// every language, the same slots, each language's typography). A table lives beside the
/// screen or widget it speaks for (`Screens/VoteText.swift`); add each new one here.
///
/// Screens write their words in ``Language/current`` (`VoteText.table("vote.done")`), so
/// a string a screen shows is computed when drawn, never kept in a `static let`.
public enum ScreenText {
    public static let all: [StringTable] = [
        VoteText.table,
        KeyText.table,
        CommonText.table,
        FrameText.table,
        StatusText.table,
        StartText.table,
        SetupText.table,
        PeopleText.table,
        TopicsText.table,
        ProjectorText.table,
        ViewText.table,
        PlanText.table,
        GroupsText.table,
        GroupRowsText.table,
        WorkText.table,
        OutcomesText.table,
        OverviewText.table,
        ReviewText.table,
    ]
}
