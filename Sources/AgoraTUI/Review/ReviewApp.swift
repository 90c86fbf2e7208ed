import AgoraCore
import Foundation

/// Puts the review browser together: a runtime on one ``ReviewScreen`` over a library, with
/// a read-only placeholder session as the runtime's port (the header names the folder; undo,
/// the palette's changes and saves are all refused).
public enum ReviewApp {
    /// The session the runtime's header shows while browsing: only its title is seen.
    static func placeholder(_ library: ReviewLibrary) -> Session {
        Session(meeting: Meeting(title: ReviewText.table("review.appTitle"), hostCity: "", date: CalendarDate(year: 2000, month: 1, day: 1)!,
                                 area: .economy))
    }

    /// A runtime browsing `library` on `terminal`. `makePhases` makes the screens of an opened
    /// session (the meeting's phases, in order); by default ``MeetingScreens/make(overview:)``.
    public static func runtime(library: ReviewLibrary, terminal: any Terminal, theme: Theme = ThemeCatalog.defaultTheme,
                               themeLoader: @escaping (String) -> (Theme, String?) = { ThemeCatalog().load($0) },
                               clock: @escaping () -> Date = Date.init,
                               makePhases: (@Sendable () -> [any Screen])? = nil) -> AppRuntime {
        let port = MemorySessionPort(placeholder(library), name: library.folder, isReadOnly: true)
        let screen = ReviewScreen(library: library, makePhases: makePhases ?? SessionViewer.defaultPhases)
        return AppRuntime(screens: [screen], terminal: terminal, port: port, interpreter: nil, theme: theme,
                          themeLoader: themeLoader, clock: clock)
    }
}
