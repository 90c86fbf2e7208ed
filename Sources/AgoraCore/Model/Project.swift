/// How far a collaboration project has come.
public enum ProjectStatus: String, Codable, CaseIterable, Sendable {
    case idea, candidate, agreed
    case inProgress = "in-progress"
    case done, dropped
}

/// What an activity of a project is.
public enum ActivityKind: String, Codable, CaseIterable, Sendable {
    /// An online or in-person exchange of experiences.
    case exchange
    /// A larger event: forum, conference, business encounter.
    case event
    /// A shared written output: compendium of good practices, study.
    case publication
    /// Mentoring, training, workshops.
    case mentoring
    case other
}

/// A unit of time for a repeating activity.
public enum CadenceUnit: String, Codable, CaseIterable, Sendable {
    case week, month, year
}

/// "every four months": a repeating activity.
public struct Cadence: Codable, Equatable, Sendable, CustomStringConvertible {
    public var every: Int
    public var unit: CadenceUnit
    public init(every: Int, unit: CadenceUnit) { self.every = every; self.unit = unit }
    public var description: String { every == 1 ? "every \(unit.rawValue)" : "every \(every) \(unit.rawValue)s" }
}

/// One thing the cities will do together.
public struct Activity: Codable, Equatable, Sendable {
    /// A number naming the activity within its project for the life of the file (calendar
    /// UIDs are made from it); handed out by the reducer to an activity added without one.
    /// Nil only in files written before activities had numbers, until their project changes.
    public var id: Int?
    public var kind: ActivityKind
    public var text: String
    public var cadence: Cadence?
    /// Start of a repeating activity, or the date a one-off is due (the first day of its
    /// ``window`` when it has an end).
    public var due: CalendarDate?
    /// The city or person who carries it.
    public var owner: String
    /// The last day a repeating activity may take place; nil means the calendar's horizon
    /// (``FollowupCalendar/horizonYears`` after its start). For a one-off, the last day of the
    /// range it happens in (``window``).
    public var end: CalendarDate?

    public init(id: Int? = nil, kind: ActivityKind = .other, text: String, cadence: Cadence? = nil,
                due: CalendarDate? = nil, end: CalendarDate? = nil, owner: String = "") {
        self.id = id; self.kind = kind; self.text = text; self.cadence = cadence; self.due = due
        self.end = end; self.owner = owner
    }
}

extension Activity {
    /// The days a one-off activity happens in, when it has an end after its date (a vague
    /// time such as "fall of 2014", ``VagueTime``): some day in that range, not a given day.
    public var window: ClosedRange<CalendarDate>? {
        guard cadence == nil, let due, let end, due < end else { return nil }
        return due...end
    }
}

/// What a project came from: the topics, groups and experiences behind it.
public struct ProjectOrigins: Codable, Equatable, Sendable {
    public var topics: [TopicID]
    public var rounds: [RoundID]
    public var experiences: [ExperienceID]
    public init(topics: [TopicID] = [], rounds: [RoundID] = [], experiences: [ExperienceID] = []) {
        self.topics = topics; self.rounds = rounds; self.experiences = experiences
    }
}

/// A candidate collaboration project between cities.
public struct Project: Codable, Equatable, Sendable, Identifiable {
    public var id: ProjectID
    public var title: String
    /// The guiding question, e.g. "How can cities link traditional and new ICT industries?"
    public var question: String
    public var leadCity: String
    public var partnerCities: [String]
    public var interestedCities: [String]
    public var description: String
    public var themes: [String]
    public var activities: [Activity]
    public var nextSteps: [String]
    public var status: ProjectStatus
    public var origins: ProjectOrigins

    public init(id: ProjectID, fields: ProjectFields) {
        self.id = id; title = fields.title; question = fields.question; leadCity = fields.leadCity
        partnerCities = fields.partnerCities; interestedCities = fields.interestedCities
        description = fields.description; themes = fields.themes; activities = fields.activities
        nextSteps = fields.nextSteps; status = fields.status; origins = fields.origins
    }

    public var fields: ProjectFields {
        ProjectFields(title: title, leadCity: leadCity, question: question, partnerCities: partnerCities,
                      interestedCities: interestedCities, description: description, themes: themes,
                      activities: activities, nextSteps: nextSteps, status: status, origins: origins)
    }

    /// Lead, partners and interested cities, each once, in that order.
    public var allCities: [String] {
        var seen = Set<String>()
        return ([leadCity] + partnerCities + interestedCities).filter { seen.insert($0).inserted }
    }
}

public struct ProjectFields: Codable, Equatable, Sendable {
    public var title: String
    public var leadCity: String
    public var question: String
    public var partnerCities: [String]
    public var interestedCities: [String]
    public var description: String
    public var themes: [String]
    public var activities: [Activity]
    public var nextSteps: [String]
    public var status: ProjectStatus
    public var origins: ProjectOrigins

    public init(title: String, leadCity: String, question: String = "", partnerCities: [String] = [],
                interestedCities: [String] = [], description: String = "", themes: [String] = [],
                activities: [Activity] = [], nextSteps: [String] = [], status: ProjectStatus = .candidate,
                origins: ProjectOrigins = ProjectOrigins()) {
        self.title = title; self.leadCity = leadCity; self.question = question
        self.partnerCities = partnerCities; self.interestedCities = interestedCities
        self.description = description; self.themes = themes; self.activities = activities
        self.nextSteps = nextSteps; self.status = status; self.origins = origins
    }
}
