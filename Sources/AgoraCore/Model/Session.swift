/// One workshop session: everything a Mini BarCamp produces, as one value.
///
/// A `Session` only changes through ``Session/apply(_:at:)``, which validates an
/// ``Operation`` and either applies it or throws an ``AgoraError``. The lists that grow with the
/// number of people or changes (participants, ballots, assignments, the log) are
/// ``ChunkedList``s, so that a change copies only the chunk it touches, not the whole list.
public struct Session: Codable, Equatable, Sendable {
    /// The version of the file format this program writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var meeting: Meeting
    /// The IANA time zone of the meeting's clock ("Europe/Paris"), in which round times and
    /// activity dates are meant. Nil in files written before time zones existed: they are read
    /// as UTC (the same bytes on every machine); `agora settings FILE --tz ZONE` sets it.
    public var timeZone: String?
    /// A stable name of this session for calendars and schedule apps, kept when the meeting is
    /// renamed or rescheduled; set at creation (see ``SessionSetup``). Nil in older files: see
    /// ``calendarIdentity``.
    public var uid: String?
    /// The meeting's language, which its reports and exports default to; set at creation from
    /// the facilitator's language (``LanguageChoice``). Nil in older files: English.
    public var language: Language?
    public var rooms: [Room]
    public var rounds: [Round]
    public var voting: VotingRules
    public var votingStatus: VotingStatus
    public var groupRules: GroupRules
    /// With an index by name and city that the people operations keep (``ParticipantList``).
    @ParticipantList public var participants: ChunkedList<Participant>
    public var topics: [Topic]
    /// One per participant who voted, sorted by participant.
    public var ballots: ChunkedList<Ballot>
    /// Anonymous counts, sorted by topic.
    public var wallCounts: [WallCount]
    /// Sorted by round, then room.
    public var schedule: [Slot]
    /// Sorted by round, then participant.
    public var assignments: ChunkedList<Assignment>
    public var experiences: [Experience]
    public var projects: [Project]
    public var log: ChunkedList<LogEntry>
    public var nextIDs: IDCounters
    /// What the room may do from its phones; nil (absent from the file) means the defaults.
    public var phones: PhoneAccess?
    /// The round timer as it was left (running to a moment, or paused with time left); nil
    /// (absent from the file) means idle at round 1. Changed by ``PlanOperation/timer(_:at:)``.
    public var timer: RoundTimer?
    /// The secretariat's framing of the published report (context, synthesis, contact); nil
    /// (absent from the file) when none was written. Changed by ``SetupOperation/setFraming(_:)``.
    public var framing: ReportFraming?

    public init(meeting: Meeting) {
        schemaVersion = Session.currentSchemaVersion
        self.meeting = meeting
        rooms = []; rounds = []
        voting = VotingRules(); votingStatus = .notStarted; groupRules = GroupRules()
        participants = []; topics = []; ballots = []; wallCounts = []
        schedule = []; assignments = []; experiences = []; projects = []; log = []
        nextIDs = IDCounters()
    }
}

// MARK: - Look-ups

extension Session {
    public func participant(_ id: ParticipantID) -> Participant? {
        participants.firstIndex(sortedBy: { $0.id }, equalTo: id).map { participants[$0] }
    }
    public func topic(_ id: TopicID) -> Topic? { topics.first { $0.id == id } }
    public func room(_ id: RoomID) -> Room? { rooms.first { $0.id == id } }
    public func round(_ id: RoundID) -> Round? { rounds.first { $0.id == id } }
    public func experience(_ id: ExperienceID) -> Experience? { experiences.first { $0.id == id } }
    public func project(_ id: ProjectID) -> Project? { projects.first { $0.id == id } }
    public func ballot(of participant: ParticipantID) -> Ballot? {
        ballots.firstIndex(sortedBy: { $0.participant }, equalTo: participant).map { ballots[$0] }
    }

    /// Topics that can take votes and be scheduled, in proposal order.
    public var activeTopics: [Topic] { topics.filter(\.isActive) }
    public var selectedTopics: [Topic] { topics.filter { $0.status == .selected } }

    /// Every city that appears in the session, sorted, each once.
    public var cities: [String] {
        Array(Set(participants.map(\.city)).union(experiences.map(\.city))
            .union(projects.flatMap(\.allCities))).filter { !$0.isEmpty }.sorted()
    }

    /// The round timer, idle at round 1 when none was started.
    public var roundTimer: RoundTimer { timer ?? RoundTimer() }

    /// 1-based position of a round, as shown to people ("round 2").
    public func roundNumber(_ id: RoundID) -> Int? { rounds.firstIndex { $0.id == id }.map { $0 + 1 } }
}
