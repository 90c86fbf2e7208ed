/// A session and the name it is known by outside the program: its file name without `.json`
/// (`bordeaux-2013`). Exports of several sessions take them in ``ordered(_:)`` order.
public struct NamedSession: Equatable, Sendable {
    public var name: String
    public var session: Session
    /// How many changes the session has had (its log's length; undo and redo count too):
    /// calendars derive SEQUENCE from it, so it grows whenever an event may have changed.
    /// Kept from the original when names are dropped (``Session/anonymized()`` drops the log).
    public var revision: Int

    public init(name: String, session: Session, revision: Int? = nil) {
        self.name = name; self.session = session; self.revision = revision ?? session.log.count
    }

    /// The session's ``Session/calendarIdentity`` for each of `sessions` (in order), made
    /// unique: a copied file that claims another's identity gets its file name appended.
    static func identities(_ sessions: [NamedSession]) -> [String] {
        var seen = Set<String>()
        return sessions.map { named in
            var identity = named.session.calendarIdentity
            if !seen.insert(identity).inserted {
                identity += "-" + (Slug.make(named.name).isEmpty ? Slug.hash(named.name) : Slug.make(named.name))
                seen.insert(identity)
            }
            return identity
        }
    }

    /// Sessions by meeting date, then title, then name: the order of every multi-session export.
    public static func ordered(_ sessions: [NamedSession]) -> [NamedSession] {
        sessions.sorted {
            ($0.session.meeting.date, $0.session.meeting.title, $0.name)
                < ($1.session.meeting.date, $1.session.meeting.title, $1.name)
        }
    }

    /// The language an export of `sessions` is written in: the one the person asked for
    /// (`--lang`, `AGORA_LANG`), else the meetings' own when they share one (a folder of
    /// Bordeaux meetings gives French), else English (``Session/outputLanguage(choice:)``
    /// for one session).
    public static func outputLanguage(of sessions: [NamedSession], choice: LanguageChoice?) -> Language {
        let languages = Set(sessions.map { $0.session.outputLanguage(choice: choice) })
        return languages.count == 1 ? languages.first! : (choice?.isExplicit == true ? choice!.language : .en)
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
