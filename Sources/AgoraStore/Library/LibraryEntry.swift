import AgoraCore

/// One file of the sessions library, as `agora list` shows it: what the meeting was, or why
/// the file cannot be read.
public struct LibraryEntry: Equatable, Sendable {
    /// What a readable session file holds, in brief.
    public struct Facts: Equatable, Sendable {
        public var title: String
        public var date: CalendarDate
        public var city: String
        public var area: FocusArea
        public var participants: Int
        public var topics: Int
        public var projects: Int

        public init(_ s: Session) {
            self.init(title: s.meeting.title, date: s.meeting.date, city: s.meeting.hostCity, area: s.meeting.area,
                      participants: s.participants.count, topics: s.topicCount, projects: s.projects.count)
        }

        public init(title: String, date: CalendarDate, city: String, area: FocusArea,
                    participants: Int, topics: Int, projects: Int) {
            self.title = title; self.date = date; self.city = city; self.area = area
            self.participants = participants; self.topics = topics; self.projects = projects
        }
    }

    public enum Content: Equatable, Sendable {
        case session(Facts)
        /// A damaged or foreign file: the reason, as the store says it (line, column, JSON path).
        case unreadable(String)
    }

    /// The file's path as listed (the folder as given, then the file name).
    public var path: String
    /// The session's name: the file name without `.json`.
    public var name: String
    public var content: Content

    public init(path: String, name: String, content: Content) { self.path = path; self.name = name; self.content = content }

    public var facts: Facts? { if case .session(let f) = content { return f } else { return nil } }

    /// Library order: newest meeting first, then by title, then by path; unreadable files last, by path.
    public static func ordered(_ entries: [LibraryEntry]) -> [LibraryEntry] {
        entries.sorted { a, b in
            switch (a.facts, b.facts) {
            case let (x?, y?):
                if x.date != y.date { return x.date > y.date }
                return (x.title, a.path) < (y.title, b.path)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.path < b.path
            }
        }
    }
}
