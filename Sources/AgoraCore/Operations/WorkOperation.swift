/// Changes to what the groups produce: shared experiences and collaboration projects.
public enum WorkOperation: Codable, Equatable, Sendable {
    case addExperience(ExperienceFields)
    case editExperience(ExperienceID, ExperienceFields)
    case removeExperience(ExperienceID)
    case addProject(ProjectFields)
    case editProject(ProjectID, ProjectFields)
    case setProjectStatus(ProjectID, ProjectStatus)
    case addActivity(ProjectID, Activity)
    case removeProject(ProjectID)
    /// Starts a candidate project from an experience: its city leads, it links back to it.
    case promoteExperience(ExperienceID)
}

extension Session {
    mutating func reduce(_ op: WorkOperation) throws -> String {
        switch op {
        case .addExperience(let fields):
            let fields = try checked(fields)
            let id = ExperienceID(nextIDs.experience); nextIDs.experience += 1
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
            let id = ProjectID(nextIDs.project); nextIDs.project += 1
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

        case .removeProject(let id):
            let index = try projectIndex(id)
            let removed = projects.remove(at: index)
            return "Removed project “\(removed.title)”"

        case .promoteExperience(let id):
            let experience = experiences[try experienceIndex(id)]
            let fields = ProjectFields(
                title: experience.title, leadCity: experience.city, question: experience.challenge,
                description: [experience.action, experience.result].filter { !$0.isEmpty }.joined(separator: "\n\n"),
                themes: experience.tags, status: .idea,
                origins: ProjectOrigins(topics: experience.origin.topic.map { [$0] } ?? [],
                                        rounds: experience.origin.round.map { [$0] } ?? [],
                                        experiences: [id]))
            return try reduce(.addProject(fields))
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
        guard !f.title.isEmpty else { throw AgoraError.invalid("An experience needs a title") }
        guard !f.city.isEmpty else { throw AgoraError.invalid("Experience “\(f.title)” needs the city that lived it") }
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
        f.nextSteps = f.nextSteps.map(TextRules.singleLine).filter { !$0.isEmpty }
        guard !f.title.isEmpty else { throw AgoraError.invalid("A project needs a title") }
        guard !f.leadCity.isEmpty else { throw AgoraError.invalid("Project “\(f.title)” needs a lead city") }
        f.activities = try f.activities.enumerated().map { index, activity in
            var a = activity
            a.text = TextRules.singleLine(a.text)
            a.owner = TextRules.singleLine(a.owner)
            guard !a.text.isEmpty else { throw AgoraError.invalid("Activity \(index + 1) of “\(f.title)” needs a description") }
            if let c = a.cadence, !(1...120).contains(c.every) {
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

    private func projectIndex(_ id: ProjectID) throws -> Int {
        guard let index = projects.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound("There is no project \(id)")
        }
        return index
    }
}
