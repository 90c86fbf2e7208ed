import AgoraCore

/// The shape of a session file (schemaVersion 1): every key the format has, and the bounds of
/// every number, list and text, from ``DomainRange`` and ``TextLimit``. It says what
/// `session.schema.json` says; `SessionFileSchemaTests` holds the two equal. A field added to
/// the model is added here and in the schema.
enum SessionShape {
    static let id = JSONShape.integer(.id)
    static let ids = JSONShape.array(id)
    static let line = JSONShape.text(.line)
    static let paragraph = JSONShape.text(.paragraph)
    static let labels = JSONShape.array(line, max: .listItems)

    static let meeting = JSONShape.object([
        "title": line, "hostCity": line, "venue": line, "date": .word, "area": .word,
    ])
    static let room = JSONShape.object(["id": id, "name": line, "capacity": .integer(.capacity)])
    static let round = JSONShape.object(["id": id, "start": .word, "minutes": .integer(.roundMinutes)])
    static let voting = JSONShape.object([
        "method": .word, "dotsPerParticipant": .integer(.dotsPerParticipant),
        "capPerTopic": .integer(.capPerTopic), "hideTalliesUntilClose": .boolean,
    ])
    static let groupRules = JSONShape.object([
        "minSize": .integer(.groupMinSize), "maxSize": .integer(.groupMaxSize), "maxPerCity": .integer(.maxPerCity),
    ])
    static let participant = JSONShape.object([
        "id": id, "name": line, "city": line, "organization": line, "role": line, "present": .boolean,
        "email": line,
    ])
    static let topic = JSONShape.object([
        "id": id, "title": line, "description": paragraph, "proposer": id, "area": .word, "status": .word,
        "mergedInto": id, "selectionPin": .word,
    ])
    static let dotMark = JSONShape.object(["topic": id, "count": .integer(.dotCount)])
    static let ballot = JSONShape.object([
        "participant": id, "dots": .array(dotMark, max: .topics), "ranking": .array(id, max: .dotsPerParticipant),
    ])
    /// A wall count in a file is at least 1: a count of 0 is not stored.
    static let wallCount = JSONShape.object([
        "topic": id, "count": .integer(DomainRange(DomainRange.wallCount.field, 1...DomainRange.wallCount.bounds.upperBound)),
    ])
    static let slot = JSONShape.object(["round": id, "room": id, "topic": id, "pinned": .boolean])
    static let assignment = JSONShape.object(["round": id, "participant": id, "topic": id, "locked": .boolean])
    static let origin = JSONShape.object(["topic": id, "round": id])
    static let experience = JSONShape.object([
        "id": id, "city": line, "sharedBy": id, "title": line, "challenge": paragraph, "action": paragraph,
        "result": paragraph, "tags": labels, "origin": origin,
    ])
    static let cadence = JSONShape.object(["every": .integer(.cadenceEvery), "unit": .word])
    static let activity = JSONShape.object([
        "id": id, "kind": .word, "text": line, "cadence": cadence, "due": .word, "end": .word, "owner": line,
    ])
    static let projectOrigins = JSONShape.object([
        "topics": .array(id, max: .topics), "rounds": .array(id, max: .rounds), "experiences": .array(id, max: .experiences),
    ])
    static let project = JSONShape.object([
        "id": id, "title": line, "question": line, "leadCity": line, "partnerCities": labels,
        "interestedCities": labels, "description": paragraph, "themes": labels,
        "activities": .array(activity, max: .listItems), "nextSteps": labels, "status": .word,
        "origins": projectOrigins,
    ])
    static let logEntry = JSONShape.object(["at": .word, "text": .text(.logEntry)])
    static let nextID = JSONShape.integer(.nextID)
    static let idCounters = JSONShape.object([
        "participant": nextID, "topic": nextID, "room": nextID, "round": nextID, "experience": nextID, "project": nextID,
    ])

    /// What phones may do (optional; `Operation.phones`). A device is a SHA-256 digest, a word.
    static let phoneAccess = JSONShape.object([
        "joiningOpen": .boolean, "walkInsAllowed": .boolean, "proposalsOpen": .boolean,
        "claims": .array(.object(["participant": id, "device": .word]), max: .participants),
        "blockedDevices": .array(.word, max: .participants),
        "projectsOpenForInterest": .array(id, max: .projects),
    ])

    /// The round timer (optional; `PlanOperation.timer`): running to `endsAt`, or paused.
    static let timer = JSONShape.object([
        "round": .integer(.timerRound), "endsAt": .word, "pausedWith": .integer(.timerSeconds),
    ])

    /// The report's framing (optional; `SetupOperation.setFraming`).
    static let framing = JSONShape.object(["context": paragraph, "synthesis": paragraph, "contact": line])

    /// The whole session file.
    static let session = JSONShape.object([
        // Any whole number: the loader names a newer or an unknown version itself.
        "schemaVersion": .integer(DomainRange(DomainRange.schemaVersion.field, Int.min...Int.max)),
        "meeting": meeting,
        "timeZone": .word,
        "uid": line,
        "language": .word,
        "rooms": .array(room, max: .rooms),
        "rounds": .array(round, max: .rounds),
        "voting": voting,
        "votingStatus": .word,
        "groupRules": groupRules,
        "participants": .array(participant, max: .participants),
        "topics": .array(topic, max: .topics),
        "ballots": .array(ballot, max: .participants),
        "wallCounts": .array(wallCount, max: .topics),
        "schedule": .array(slot),
        "assignments": .array(assignment),
        "experiences": .array(experience, max: .experiences),
        "projects": .array(project, max: .projects),
        "log": .array(logEntry),
        "nextIDs": idCounters,
        "phones": phoneAccess,
        "timer": timer,
        "framing": framing,
    ])
}
