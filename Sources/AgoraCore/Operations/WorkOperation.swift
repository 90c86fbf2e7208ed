/// Changes to what the groups produce: shared experiences and collaboration projects.
public enum WorkOperation: Codable, Equatable, Sendable {
    case addExperience(ExperienceFields)
    case editExperience(ExperienceID, ExperienceFields)
    case removeExperience(ExperienceID)
    case addProject(ProjectFields)
    case editProject(ProjectID, ProjectFields)
    case setProjectStatus(ProjectID, ProjectStatus)
    case addActivity(ProjectID, Activity)
    /// Replaces the activity numbered `activity` (``Activity/id``) with every field of the
    /// new one, keeping its number; the project's other activities are untouched.
    case editActivity(ProjectID, activity: Int, Activity)
    /// Removes the activity numbered `activity`; the others keep every field and their numbers.
    case removeActivity(ProjectID, activity: Int)
    case removeProject(ProjectID)
    /// Starts a candidate project from an experience (``ProjectFields/promoting(_:)``): its
    /// city leads, it links back to it.
    case promoteExperience(ExperienceID)
}

extension Session {
    mutating func reduce(_ op: WorkOperation) throws -> String {
        switch op {
        case .addExperience(let fields):
            let fields = try checked(fields)
            try DomainRange.experiences.checkRoom(forOneMore: experiences.count)
            let id = ExperienceID(try nextIDs.take(\.experience, "experience"))
            experiences.append(Experience(id: id, fields: fields))
            return "\(fields.city) shared “\(fields.title)”"

        case .editExperience(let id, let fields):
            let index = try experienceIndex(id)
            experiences[index] = Experience(id: id, fields: try checked(fields))
            return "Edited experience \(id) “\(experiences[index].title)”"

        case .removeExperience(let id):
            let index = try experienceIndex(id)
            let removed = experiences.remove(at: index)
            for i in projects.indices { projects[i].origins.experiences.removeAll { $0 == id } }
            return "Removed experience “\(removed.title)”"

        case .addProject(let fields):
            let fields = try checked(fields)
            try DomainRange.projects.checkRoom(forOneMore: projects.count)
            let id = ProjectID(try nextIDs.take(\.project, "project"))
            projects.append(Project(id: id, fields: fields))
            return "Project \(id) identified: “\(fields.title)”, led by \(fields.leadCity)"

        case .editProject(let id, let fields):
            let index = try projectIndex(id)
            projects[index] = Project(id: id, fields: try checked(fields))
            return "Edited project \(id) “\(projects[index].title)”"

        case .setProjectStatus(let id, let status):
            let index = try projectIndex(id)
            projects[index].status = status
            return "Project “\(projects[index].title)” is now \(status.rawValue)"

        case .addActivity(let id, let activity):
            let index = try projectIndex(id)
            var fields = projects[index].fields
            fields.activities.append(activity)
            projects[index] = Project(id: id, fields: try checked(fields))
            return "Added an activity to “\(projects[index].title)”: \(TextRules.singleLine(activity.text))"

        case .editActivity(let id, let number, let activity):
            let index = try projectIndex(id)
            var fields = projects[index].fields
            fields.activities = ActivityNumbers.assigned(fields.activities)
            let position = try activityPosition(number, in: fields)
            var replacement = activity
            replacement.id = number
            fields.activities[position] = replacement
            projects[index] = Project(id: id, fields: try checked(fields))
            return "Edited activity \(number) of “\(projects[index].title)”: \(projects[index].activities[position].text)"

        case .removeActivity(let id, let number):
            let index = try projectIndex(id)
            var fields = projects[index].fields
            fields.activities = ActivityNumbers.assigned(fields.activities)
            let removed = fields.activities.remove(at: try activityPosition(number, in: fields))
            projects[index] = Project(id: id, fields: try checked(fields))
            return "Removed activity \(number) of “\(projects[index].title)”: \(removed.text)"

        case .removeProject(let id):
            let index = try projectIndex(id)
            let removed = projects.remove(at: index)
            return "Removed project “\(removed.title)”"

        case .promoteExperience(let id):
            return try reduce(.addProject(.promoting(experiences[try experienceIndex(id)])))
        }
    }

    private func checked(_ fields: ExperienceFields) throws -> ExperienceFields {
        var f = fields
        f.city = TextRules.singleLine(f.city)
        f.title = TextRules.singleLine(f.title)
        f.challenge = TextRules.multiLine(f.challenge)
        f.action = TextRules.multiLine(f.action)
        f.result = TextRules.multiLine(f.result)
        f.tags = TextRules.labels(f.tags)
        guard !TextRules.isBlank(f.title) else { throw AgoraError.invalid("An experience needs a title") }
        guard !TextRules.isBlank(f.city) else { throw AgoraError.invalid("Experience “\(f.title)” needs the city that lived it") }
        try TextLimit.line.check(f.title, field: "An experience's title")
        try TextLimit.line.check(f.city, field: "An experience's city")
        try TextLimit.paragraph.check(f.challenge, field: "An experience's challenge")
        try TextLimit.paragraph.check(f.action, field: "An experience's action")
        try TextLimit.paragraph.check(f.result, field: "An experience's result")
        try checkList(f.tags, field: "An experience's tags")
        if let by = f.sharedBy, participant(by) == nil { throw AgoraError.notFound("There is no participant \(by)") }
        try checkOrigin(topics: f.origin.topic.map { [$0] } ?? [], rounds: f.origin.round.map { [$0] } ?? [])
        return f
    }

    private func checked(_ fields: ProjectFields) throws -> ProjectFields {
        var f = fields
        f.title = TextRules.singleLine(f.title)
        f.question = TextRules.singleLine(f.question)
        f.leadCity = TextRules.singleLine(f.leadCity)
        f.description = TextRules.multiLine(f.description)
        f.partnerCities = TextRules.labels(f.partnerCities).filter { TextRules.searchKey($0) != TextRules.searchKey(f.leadCity) }
        let partnersKeys = Set(f.partnerCities.map(TextRules.searchKey)).union([TextRules.searchKey(f.leadCity)])
        f.interestedCities = TextRules.labels(f.interestedCities).filter { !partnersKeys.contains(TextRules.searchKey($0)) }
        f.themes = TextRules.labels(f.themes)
        f.nextSteps = f.nextSteps.map(TextRules.singleLine).filter { !TextRules.isBlank($0) }
        guard !TextRules.isBlank(f.title) else { throw AgoraError.invalid("A project needs a title") }
        guard !TextRules.isBlank(f.leadCity) else { throw AgoraError.invalid("Project “\(f.title)” needs a lead city") }
        try TextLimit.line.check(f.title, field: "A project's title")
        try TextLimit.line.check(f.question, field: "A project's question")
        try TextLimit.line.check(f.leadCity, field: "A project's lead city")
        try TextLimit.paragraph.check(f.description, field: "A project's description")
        try checkList(f.partnerCities, field: "A project's partner cities")
        try checkList(f.interestedCities, field: "A project's interested cities")
        try checkList(f.themes, field: "A project's themes")
        try checkList(f.nextSteps, field: "A project's next steps")
        try DomainRange.listItems.checkRoom(forOneMore: f.activities.count - 1)
        f.activities = try f.activities.enumerated().map { index, activity in
            var a = activity
            a.text = TextRules.singleLine(a.text)
            a.owner = TextRules.singleLine(a.owner)
            guard !TextRules.isBlank(a.text) else { throw AgoraError.invalid("Activity \(index + 1) of “\(f.title)” needs a description") }
            try TextLimit.line.check(a.text, field: "Activity \(index + 1) of “\(f.title)”")
            try TextLimit.line.check(a.owner, field: "The owner of activity \(index + 1) of “\(f.title)”")
            if let c = a.cadence, !DomainRange.cadenceEvery.contains(c.every) {
                throw AgoraError.invalid("Activity “\(a.text)” repeats every \(c.every) \(c.unit.rawValue)s; use 1 to 120")
            }
            if let start = a.due, let end = a.end, end < start {
                throw AgoraError.invalid("Activity “\(a.text)” ends on \(end), before it starts on \(start)",
                                         hint: "Give an end on or after the start date")
            }
            return a
        }
        f.activities = ActivityNumbers.assigned(f.activities)
        try checkOrigin(topics: f.origins.topics, rounds: f.origins.rounds)
        for e in f.origins.experiences where experience(e) == nil {
            throw AgoraError.notFound("There is no experience \(e)")
        }
        f.origins.topics = f.origins.topics.uniqued()
        f.origins.rounds = f.origins.rounds.uniqued()
        f.origins.experiences = f.origins.experiences.uniqued()
        return f
    }

    /// A list of labels within ``DomainRange/listItems``, each within ``TextLimit/line``.
    private func checkList(_ items: [String], field: String) throws {
        try DomainRange.listItems.checkRoom(forOneMore: items.count - 1)
        for item in items { try TextLimit.line.check(item, field: "An item of \(field.prefix(1).lowercased() + field.dropFirst())") }
    }

    private func checkOrigin(topics: [TopicID], rounds: [RoundID]) throws {
        for t in topics where topic(t) == nil { throw AgoraError.notFound("There is no topic \(t)") }
        for r in rounds where round(r) == nil { throw missingRound(r) }
    }

    private func experienceIndex(_ id: ExperienceID) throws -> Int {
        guard let index = experiences.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound("There is no experience \(id)")
        }
        return index
    }

    /// Where the activity numbered `number` is among `fields`' activities (numbered).
    private func activityPosition(_ number: Int, in fields: ProjectFields) throws -> Int {
        guard let position = fields.activities.firstIndex(where: { $0.id == number }) else {
            let numbers = fields.activities.compactMap(\.id).map(String.init).joined(separator: ", ")
            throw AgoraError.notFound("“\(fields.title)” has no activity \(number)",
                                      hint: numbers.isEmpty ? "It has no activities yet" : "Its activities are numbered \(numbers)")
        }
        return position
    }

    private func projectIndex(_ id: ProjectID) throws -> Int {
        guard let index = projects.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound("There is no project \(id)")
        }
        return index
    }
}
