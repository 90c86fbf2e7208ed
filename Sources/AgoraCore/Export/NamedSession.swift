/// A session and the name it is known by outside the program: its file name without `.json`
/// (`bordeaux-2013`). Exports of several sessions take them in ``ordered(_:)`` order.
public struct NamedSession: Equatable, Sendable {
    public var name: String
    public var session: Session

    public init(name: String, session: Session) { self.name = name; self.session = session }

    /// Sessions by meeting date, then title, then name: the order of every multi-session export.
    public static func ordered(_ sessions: [NamedSession]) -> [NamedSession] {
        sessions.sorted {
            ($0.session.meeting.date, $0.session.meeting.title, $0.name)
                < ($1.session.meeting.date, $1.session.meeting.title, $1.name)
        }
    }
}

extension Session {
    /// How a person is credited in an export: "Claire Dubois (Bordeaux Métropole, Bordeaux)",
    /// or, once names are dropped by ``anonymized()``, "Bordeaux Métropole, Bordeaux".
    public func credit(_ id: ParticipantID?) -> String? {
        guard let id, let p = participant(id) else { return nil }
        let place = [p.organization, p.city].filter { !$0.isEmpty }.joined(separator: ", ")
        if p.name.isEmpty { return place.isEmpty ? nil : place }
        return place.isEmpty ? p.name : "\(p.name) (\(place))"
    }
}
