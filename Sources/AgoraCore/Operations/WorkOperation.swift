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
            return logged(WorkText.phrase("work.shared", ["city": fields.city, "title": fields.title]))

        case .editExperience(let id, let fields):
            let index = try experienceIndex(id)
            experiences[index] = Experience(id: id, fields: try checked(fields))
            return logged(WorkText.phrase("work.experienceEdited", ["id": "\(id)", "title": experiences[index].title]))

        case .removeExperience(let id):
            let index = try experienceIndex(id)
            let removed = experiences.remove(at: index)
            for i in projects.indices { projects[i].origins.experiences.removeAll { $0 == id } }
            return logged(WorkText.phrase("work.experienceRemoved", ["title": removed.title]))

        case .addProject(let fields):
            let fields = try checked(fields)
            try DomainRange.projects.checkRoom(forOneMore: projects.count)
            let id = ProjectID(try nextIDs.take(\.project, "project"))
            projects.append(Project(id: id, fields: fields))
            return logged(WorkText.phrase("work.projectIdentified", ["id": "\(id)", "title": fields.title, "city": fields.leadCity]))

        case .editProject(let id, let fields):
            let index = try projectIndex(id)
            projects[index] = Project(id: id, fields: try checked(fields))
            return logged(WorkText.phrase("work.projectEdited", ["id": "\(id)", "title": projects[index].title]))

        case .setProjectStatus(let id, let status):
            let index = try projectIndex(id)
            projects[index].status = status
            return logged(WorkText.phrase("work.projectStatus", ["title": projects[index].title],
                                            parts: ["status": WorkText.phrase("work.status.\(status.rawValue)")]))

        case .addActivity(let id, let activity):
            let index = try projectIndex(id)
            var fields = projects[index].fields
            fields.activities.append(activity)
            projects[index] = Project(id: id, fields: try checked(fields))
            return logged(WorkText.phrase("work.activityAdded", ["title": projects[index].title, "text": TextRules.singleLine(activity.text)]))

        case .editActivity(let id, let number, let activity):
            let index = try projectIndex(id)
            var fields = projects[index].fields
            fields.activities = ActivityNumbers.assigned(fields.activities)
            let position = try activityPosition(number, in: fields)
            var replacement = activity
            replacement.id = number
            fields.activities[position] = replacement
            projects[index] = Project(id: id, fields: try checked(fields))
            return logged(WorkText.phrase("work.activityEdited", ["number": "\(number)", "title": projects[index].title,
                                                                 "text": projects[index].activities[position].text]))

        case .removeActivity(let id, let number):
            let index = try projectIndex(id)
            var fields = projects[index].fields
            fields.activities = ActivityNumbers.assigned(fields.activities)
            let removed = fields.activities.remove(at: try activityPosition(number, in: fields))
            projects[index] = Project(id: id, fields: try checked(fields))
            return logged(WorkText.phrase("work.activityRemoved", ["number": "\(number)", "title": projects[index].title, "text": removed.text]))

        case .removeProject(let id):
            let index = try projectIndex(id)
            let removed = projects.remove(at: index)
            return logged(WorkText.phrase("work.projectRemoved", ["title": removed.title]))

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
        guard !TextRules.isBlank(f.title) else { throw AgoraError.invalid(WorkText.phrase("work.experienceNeedsTitle")) }
        guard !TextRules.isBlank(f.city) else { throw AgoraError.invalid(WorkText.phrase("work.experienceNeedsCity", ["title": f.title])) }
        try TextLimit.line.check(f.title, field: WorkText.phrase("work.field.experienceTitle"))
        try TextLimit.line.check(f.city, field: WorkText.phrase("work.field.experienceCity"))
        try TextLimit.paragraph.check(f.challenge, field: WorkText.phrase("work.field.challenge"))
        try TextLimit.paragraph.check(f.action, field: WorkText.phrase("work.field.action"))
        try TextLimit.paragraph.check(f.result, field: WorkText.phrase("work.field.result"))
        try checkList(f.tags, list: "tags")
        if let by = f.sharedBy, participant(by) == nil { throw AgoraError.notFound(PeopleText.phrase("people.none", ["id": "\(by)"])) }
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
        guard !TextRules.isBlank(f.title) else { throw AgoraError.invalid(WorkText.phrase("work.projectNeedsTitle")) }
        guard !TextRules.isBlank(f.leadCity) else { throw AgoraError.invalid(WorkText.phrase("work.projectNeedsLeadCity", ["title": f.title])) }
        try TextLimit.line.check(f.title, field: WorkText.phrase("work.field.projectTitle"))
        try TextLimit.line.check(f.question, field: WorkText.phrase("work.field.question"))
        try TextLimit.line.check(f.leadCity, field: WorkText.phrase("work.field.leadCity"))
        try TextLimit.paragraph.check(f.description, field: WorkText.phrase("work.field.description"))
        try checkList(f.partnerCities, list: "partnerCities")
        try checkList(f.interestedCities, list: "interestedCities")
        try checkList(f.themes, list: "themes")
        try checkList(f.nextSteps, list: "nextSteps")
        try DomainRange.listItems.checkRoom(forOneMore: f.activities.count - 1)
        f.activities = try f.activities.enumerated().map { index, activity in
            var a = activity
            a.text = TextRules.singleLine(a.text)
            a.owner = TextRules.singleLine(a.owner)
            let numbered = ["number": "\(index + 1)", "title": f.title]
            guard !TextRules.isBlank(a.text) else { throw AgoraError.invalid(WorkText.phrase("work.activityNeedsText", numbered)) }
            try TextLimit.line.check(a.text, field: WorkText.phrase("work.field.activity", numbered))
            try TextLimit.line.check(a.owner, field: WorkText.phrase("work.field.owner", numbered))
            if let c = a.cadence, !DomainRange.cadenceEvery.contains(c.every) {
                throw AgoraError.invalid(WorkText.phrase("work.cadence.\(c.unit.rawValue)", ["text": a.text, "every": "\(c.every)"]))
            }
            if let start = a.due, let end = a.end, end < start {
                throw AgoraError.invalid(WorkText.phrase("work.endsBeforeStart", ["text": a.text, "end": "\(end)", "start": "\(start)"]),
                                         hint: WorkText.phrase("work.endsBeforeStart.hint"))
            }
            return a
        }
        f.activities = ActivityNumbers.assigned(f.activities)
        try checkOrigin(topics: f.origins.topics, rounds: f.origins.rounds)
        for e in f.origins.experiences where experience(e) == nil {
            throw AgoraError.notFound(WorkText.phrase("work.noExperience", ["id": "\(e)"]))
        }
        f.origins.topics = f.origins.topics.uniqued()
        f.origins.rounds = f.origins.rounds.uniqued()
        f.origins.experiences = f.origins.experiences.uniqued()
        return f
    }

    /// A list of labels within ``DomainRange/listItems``, each within ``TextLimit/line``.
    private func checkList(_ items: [String], list: String) throws {
        try DomainRange.listItems.checkRoom(forOneMore: items.count - 1)
        let field = WorkText.phrase("work.listItem", parts: ["list": WorkText.phrase("work.list.\(list)")])
        for item in items { try TextLimit.line.check(item, field: field) }
    }

    private func checkOrigin(topics: [TopicID], rounds: [RoundID]) throws {
        for t in topics where topic(t) == nil { throw AgoraError.notFound(TopicText.phrase("topic.none", ["id": "\(t)"])) }
        for r in rounds where round(r) == nil { throw missingRound(r) }
    }

    private func experienceIndex(_ id: ExperienceID) throws -> Int {
        guard let index = experiences.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound(WorkText.phrase("work.noExperience", ["id": "\(id)"]))
        }
        return index
    }

    /// Where the activity numbered `number` is among `fields`' activities (numbered).
    private func activityPosition(_ number: Int, in fields: ProjectFields) throws -> Int {
        guard let position = fields.activities.firstIndex(where: { $0.id == number }) else {
            let numbers = fields.activities.compactMap(\.id).map(String.init).joined(separator: ", ")
            throw AgoraError.notFound(WorkText.phrase("work.noActivity", ["title": fields.title, "number": "\(number)"]),
                                      hint: numbers.isEmpty ? WorkText.phrase("work.noActivity.hintNone")
                                          : WorkText.phrase("work.noActivity.hint", ["numbers": numbers]))
        }
        return position
    }

    private func projectIndex(_ id: ProjectID) throws -> Int {
        guard let index = projects.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound(WorkText.phrase("work.noProject", ["id": "\(id)"]))
        }
        return index
    }
}
