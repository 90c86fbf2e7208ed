import AgoraCore

/// The screens of a meeting, one per phase, in the order of the day (the round timer they
/// show is the app's). The composition root passes them to ``AppRuntime``:
///
/// ```swift
/// let runtime = AppRuntime(screens: MeetingScreens.make(), terminal: terminal, port: port, …)
/// ```
public enum MeetingScreens {
    /// Setup, People, Topics, Vote, Plan, Groups, Work, Outcomes (tabs 1–8), and the
    /// overview when `overview` is true (as tab 9).
    public static func make(overview: Bool = false) -> [any Screen] {
        var screens: [any Screen] = [
            SetupScreen(), PeopleScreen(), TopicsScreen(), VoteScreen(),
            PlanScreen(), GroupsScreen(), WorkScreen(), OutcomesScreen(),
        ]
        if overview { screens.append(OverviewScreen()) }
        return screens
    }

    /// The tab a meeting opens on: People when nobody is in the room yet, else Topics.
    public static func firstScreen(for session: AgoraCore.Session) -> Int { session.participants.isEmpty ? 1 : 2 }
}
