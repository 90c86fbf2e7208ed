import AgoraCore

/// The experience form: what a city shared in a group.
struct ExperienceForm: Equatable, Sendable {
    var form: FormState
    var editing: ExperienceID?
    /// The group it came from (kept when editing).
    var origin: Origin
    /// Which name completion is chosen for "Shared by".
    var highlighted = 0
    var error: String?

    init(_ e: Experience? = nil, origin: Origin, session s: Session) {
        form = FormState([
            .init("Title", value: e?.title ?? ""),
            .init("Shared by", value: e?.sharedBy.flatMap { s.participant($0)?.name } ?? "", placeholder: "a few letters of a name"),
            .init("City", value: e?.city ?? "", placeholder: "the sharer's city when empty"),
            .init("Challenge", paragraphs: e?.challenge ?? ""),
            .init("What was done", paragraphs: e?.action ?? ""),
            .init("Result", paragraphs: e?.result ?? ""),
            .init("Tags", value: ListText.join(e?.tags ?? []), placeholder: "comma-separated: mobility, SMEs"),
        ])
        editing = e?.id
        self.origin = e?.origin ?? origin
    }

    /// The operation the form describes, or the reason it cannot be built.
    func operation(_ s: Session) throws -> AgoraCore.Operation {
        let sharer = try NameCompletion.pick(form.text("Shared by"), highlighted: highlighted, in: s)
        var city = form.text("City")
        if city.isEmpty, let sharer { city = s.participant(sharer)?.city ?? "" }
        let fields = ExperienceFields(city: city, title: form.text("Title"), sharedBy: sharer, challenge: form.paragraphs("Challenge"),
                                      action: form.paragraphs("What was done"), result: form.paragraphs("Result"),
                                      tags: ListText.items(form.text("Tags")), origin: origin)
        return editing.map { .work(.editExperience($0, fields)) } ?? .work(.addExperience(fields))
    }
}

/// The project form: a candidate collaboration between cities.
struct ProjectForm: Equatable, Sendable {
    var form: FormState
    var editing: ProjectID?
    /// Kept as they are when editing; set from the group when created there.
    var base: ProjectFields
    var error: String?

    init(_ p: Project? = nil, origins: ProjectOrigins = ProjectOrigins(), leadCity: String = "") {
        self.init(p?.fields ?? ProjectFields(title: "", leadCity: leadCity, origins: origins), editing: p?.id)
    }

    /// The dialog for `base`: a new project (`editing` nil) prefilled with it, as `n` and `P`
    /// (``ProjectFields/promoting(_:)``) open it, or the project `editing`.
    init(_ base: ProjectFields, editing: ProjectID?) {
        self.base = base
        self.editing = editing
        var fields: [FormState.Field] = [
            .init("Title", value: base.title),
            .init("Question", value: base.question, placeholder: "the guiding question"),
            .init("Lead city", value: base.leadCity),
            .init("Partners", value: ListText.join(base.partnerCities), placeholder: "comma-separated cities"),
            .init("Interested", value: ListText.join(base.interestedCities), placeholder: "comma-separated cities"),
            .init("Next steps", value: ListText.join(base.nextSteps, separator: "; "), placeholder: "separated by ;"),
            .init("Description", paragraphs: base.description, placeholder: "optional"),
        ]
        if editing == nil {
            fields.insert(.init("Activities", value: ActivityText.line(base.activities),
                                placeholder: "separated by ;  e.g. online exchange every four months"), at: 5)
        }
        form = FormState(fields)
    }

    /// The operation the form describes; new activities are read for the meeting of `s`.
    func operation(_ s: Session) -> AgoraCore.Operation {
        var f = base
        f.title = form.text("Title"); f.question = form.text("Question"); f.leadCity = form.text("Lead city")
        f.partnerCities = ListText.items(form.text("Partners")); f.interestedCities = ListText.items(form.text("Interested"))
        f.nextSteps = ListText.items(form.text("Next steps"), separator: ";"); f.description = form.paragraphs("Description")
        if editing == nil { f.activities = ActivityText.list(form.text("Activities"), keeping: base.activities, in: s) }
        return editing.map { .work(.editProject($0, f)) } ?? .work(.addProject(f))
    }
}
