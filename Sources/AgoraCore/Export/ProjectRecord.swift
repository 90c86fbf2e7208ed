/// The meeting a project, experience or event came from, as exports name it.
public struct MeetingReference: Codable, Equatable, Sendable {
    /// The session's name (its file name without `.json`).
    public var session: String
    public var title: String
    public var hostCity: String
    public var date: CalendarDate
    public var area: FocusArea

    public init(_ named: NamedSession) {
        session = named.name
        title = named.session.meeting.title
        hostCity = named.session.meeting.hostCity
        date = named.session.meeting.date
        area = named.session.meeting.area
    }
}

/// One project as every project export shows it (CSV, JSON, Markdown, HTML): the project's
/// own fields, the meeting it came from, the titles of its origins, and its next activity.
public struct ProjectRecord: Codable, Equatable, Sendable {
    public var meeting: MeetingReference
    /// The project's number within its session.
    public var id: Int
    public var title: String
    public var question: String
    public var leadCity: String
    public var partnerCities: [String]
    public var interestedCities: [String]
    public var description: String
    public var themes: [String]
    public var status: ProjectStatus
    public var activities: [Activity]
    public var nextSteps: [String]
    /// The dated activity that comes first (a repeating one by its first date); nil when none has a date.
    public var nextActivity: Activity?
    /// Titles of the topics it came from.
    public var originTopics: [String]
    /// Titles of the experiences it builds on, as "City: title".
    public var originExperiences: [String]

    /// - Parameter today: the day "next" counts from (the next activity is the first one on or
    ///   after it); nil takes the earliest dated activity.
    public init(_ project: Project, in named: NamedSession, today: CalendarDate? = nil) {
        let s = named.session
        meeting = MeetingReference(named)
        id = project.id.rawValue
        title = project.title; question = project.question; leadCity = project.leadCity
        partnerCities = project.partnerCities; interestedCities = project.interestedCities
        description = project.description; themes = project.themes; status = project.status
        activities = project.activities; nextSteps = project.nextSteps
        nextActivity = ProjectRecord.next(in: project.activities, from: today)
        originTopics = project.origins.topics.compactMap { s.topic($0)?.title }
        originExperiences = project.origins.experiences.compactMap { s.experience($0).map { "\($0.city): \($0.title)" } }
    }

    /// Every project of `sessions`, sessions in ``NamedSession/ordered(_:)`` order, projects by number.
    public static func all(in sessions: [NamedSession], today: CalendarDate? = nil) -> [ProjectRecord] {
        NamedSession.ordered(sessions).flatMap { named in
            named.session.projects.sorted { $0.id < $1.id }.map { ProjectRecord($0, in: named, today: today) }
        }
    }

    /// The activity that happens next from `today` (its next occurrence, for a repeating one),
    /// or, without a day, the earliest dated one; the first one listed among equals. A
    /// repeating activity is given with the date of that occurrence.
    static func next(in activities: [Activity], from today: CalendarDate? = nil) -> Activity? {
        guard let today else { return activities.filter { $0.due != nil }.min { $0.due! < $1.due! } }
        let upcoming = activities.compactMap { a -> (Activity, CalendarDate)? in
            ActivityOccurrences.next(a, from: today).map { (a, $0) }
        }
        guard let (activity, date) = upcoming.min(by: { $0.1 < $1.1 }) else { return nil }
        var next = activity
        if activity.cadence != nil { next.due = date }
        return next
    }

    /// "every 4 months from 2013-09-16" (with "until 2015-09-16" when the repeat has an
    /// end), "due 2014-10-15", "between 2014-09-01 and
    /// 2014-11-30" (a vague time, ``Activity/window``), "every 2 months", or "", in `language`
    /// ("tous les 4 mois à partir du 16 septembre 2013").
    public static func when(_ a: Activity, in language: Language = .en) -> String {
        func date(_ d: CalendarDate) -> String { ExportText.date(d, in: language) }
        if let window = a.window {
            return ExportText.text("export.when.between", in: language, ["start": date(window.lowerBound), "end": date(window.upperBound)])
        }
        switch (a.cadence, a.due) {
        case let (cadence?, due?):
            let values = ["cadence": ExportText.cadence(cadence, in: language), "date": date(due)]
            guard let end = a.end else { return ExportText.text("export.when.from", in: language, values) }
            return ExportText.text("export.when.fromUntil", in: language, values.merging(["end": date(end)]) { a, _ in a })
        case let (cadence?, nil):
            guard let end = a.end else { return ExportText.cadence(cadence, in: language) }
            return ExportText.text("export.when.until", in: language, ["cadence": ExportText.cadence(cadence, in: language), "end": date(end)])
        case let (nil, due?): return ExportText.text("export.when.due", in: language, ["date": date(due)])
        case (nil, nil): return ""
        }
    }

    /// The day of an activity as a table shows it: "2014-10-15", or "2014-09-01 to 2014-11-30"
    /// for a range (``Activity/window``); "" without a date.
    public static func day(_ a: Activity, in language: Language = .en) -> String {
        if let window = a.window {
            return ExportText.text("export.day.range", in: language, [
                "start": ExportText.date(window.lowerBound, in: language), "end": ExportText.date(window.upperBound, in: language)])
        }
        return a.due.map { ExportText.date($0, in: language) } ?? ""
    }

    /// One activity on one line: "Online exchange … (every 4 months from 2013-09-16; Bordeaux)".
    public static func line(_ a: Activity, in language: Language = .en) -> String { a.text + details(a, in: language) }

    /// What ``line(_:in:)`` writes after the activity's text: " (every 4 months from
    /// 2013-09-16; Bordeaux)", when it happens and who carries it; "" when neither is known.
    public static func details(_ a: Activity, in language: Language = .en) -> String {
        let details = [when(a, in: language), a.owner].filter { !$0.isEmpty }
        return details.isEmpty ? "" : " (\(details.joined(separator: ExportText.semicolon(in: language))))"
    }

    /// "2014-10-15: Large-scale forum…": the next activity in a table cell.
    static func next(_ p: ProjectRecord, in language: Language) -> String {
        p.nextActivity.map { Typography.labelled(day($0, in: language), $0.text, in: language) } ?? ""
    }

    /// Where the project came from: "topic “…”; experience “…”", in `language`.
    func origins(in language: Language) -> String {
        let topics = originTopics.map {
            ExportText.text("export.projects.fromTopic", in: language, ["title": Typography.quote($0, in: language)])
        }
        let experiences = originExperiences.map {
            ExportText.text("export.projects.fromExperience", in: language, ["title": Typography.quote($0, in: language)])
        }
        return (topics + experiences).joined(separator: ExportText.semicolon(in: language))
    }
}

extension ProjectStatus {
    /// "in progress", for sentences.
    public var phrase: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
