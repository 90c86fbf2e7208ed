import AgoraCore
import AgoraStore

/// A sessions folder as the review browser shows it: every file (readable or not), and what
/// is derived across the readable ones — the projects and the compendium of experiences.
///
/// Built once from what ``SessionLibrary/load()`` read; the browser never touches a file.
public struct ReviewLibrary: Sendable {
    /// One file of the folder.
    public struct Item: Sendable {
        /// The path as listed (the folder as given, then the file name).
        public var path: String
        /// The file name without `.json`.
        public var name: String
        /// The session, when the file could be read.
        public var session: Session?
        /// Why the file cannot be read, when it cannot.
        public var problem: String?
        /// Case- and accent-folded words the `/` search looks in (titles, cities, people, topics,
        /// projects, experiences, the file name), one per line.
        let searchText: String

        public var isReadable: Bool { session != nil }
        public var named: NamedSession? { session.map { NamedSession(name: name, session: $0) } }

        init(path: String, name: String, session: Session?, problem: String?) {
            self.path = path; self.name = name; self.session = session; self.problem = problem
            var words = [path, name, problem ?? ""]
            if let s = session {
                let m = s.meeting
                words += [m.title, m.hostCity, m.venue, m.area.rawValue, m.area.title, m.date.description]
                words += s.participants.flatMap { [$0.name, $0.city, $0.organization] }
                words += s.topics.map(\.title)
                words += s.experiences.flatMap { [$0.title, $0.city] + $0.tags }
                words += s.projects.flatMap { [$0.title, $0.question] + $0.allCities }
            }
            searchText = words.filter { !$0.isEmpty }.map(TextRules.searchKey).joined(separator: "\n")
        }
    }

    /// The folder as the user gave it.
    public var folder: String
    /// The files, in file-name order.
    public var items: [Item]
    /// Every project of the readable sessions (``ProjectRecord/all(in:)`` order).
    public var projects: [ProjectRecord]
    /// The experiences of the readable sessions by area, city and tag.
    public var compendium: ExperienceCompendium
    /// The compendium's experiences one after another (by area, then city), each with its area.
    public var experiences: [ReviewExperience]

    public init(folder: String, items: [Item]) {
        self.folder = folder
        self.items = items
        let sessions = items.compactMap(\.named)
        projects = ProjectRecord.all(in: sessions)
        compendium = ExperienceCompendium(sessions)
        experiences = compendium.areas.flatMap { group in
            group.cities.flatMap { $0.entries.map { ReviewExperience(area: group.area, entry: $0) } }
        }
    }

    /// The library of what ``SessionLibrary/load()`` read.
    public init(folder: String, loaded: [SessionLibrary.Loaded]) {
        self.init(folder: folder, items: loaded.map { result in
            switch result {
            case let .session(named, path): Item(path: path, name: named.name, session: named.session, problem: nil)
            case let .unreadable(path, name, reason): Item(path: path, name: name, session: nil, problem: reason)
            }
        })
    }

    /// A library of sessions in memory (for tests and demos): `name` becomes `folder/name.json`.
    public init(folder: String, sessions: [NamedSession], unreadable: [(name: String, reason: String)] = []) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let readable = sessions.map { Item(path: prefix + $0.name + ".json", name: $0.name, session: $0.session, problem: nil) }
        let broken = unreadable.map { Item(path: prefix + $0.name + ".json", name: $0.name, session: nil, problem: $0.reason) }
        self.init(folder: folder, items: (readable + broken).sorted { $0.path < $1.path })
    }

    public var readableCount: Int { items.lazy.filter(\.isReadable).count }
    public var unreadableCount: Int { items.count - readableCount }

    /// The item holding the session `name`, if readable.
    public func index(ofSession name: String) -> Int? {
        items.firstIndex { $0.name == name && $0.isReadable }
    }
}

/// One experience of the compendium and the focus area it is filed under.
public struct ReviewExperience: Equatable, Sendable {
    public var area: FocusArea
    public var entry: ExperienceCompendium.Entry
}
