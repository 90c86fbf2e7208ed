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
        // Fields are named in English (what the code reads) and labelled in the language shown.
        let t = WorkText.table
        form = FormState([
            .init("Title", label: t("work.field.title"), value: e?.title ?? ""),
            .init("Shared by", label: t("work.field.sharedBy"), value: e?.sharedBy.flatMap { s.participant($0)?.name } ?? "",
                  placeholder: t("work.placeholder.sharedBy")),
            .init("City", label: t("work.field.city"), value: e?.city ?? "", placeholder: t("work.placeholder.city")),
            .init("Challenge", label: t("work.field.challenge"), paragraphs: e?.challenge ?? ""),
            .init("What was done", label: t("work.field.action"), paragraphs: e?.action ?? ""),
            .init("Result", label: t("work.field.result"), paragraphs: e?.result ?? ""),
            .init("Tags", label: t("work.field.tags"), value: ListText.join(e?.tags ?? []), placeholder: t("work.placeholder.tags")),
        ])
        editing = e?.id
        self.origin = e?.origin ?? origin
    }

    /// The operation the form describes, or the reason it cannot be built.
    func operation(_ s: Session) throws -> AgoraCore.Operation {
        let sharer = try form.reading("Shared by") { try NameCompletion.pick(form.text("Shared by"), highlighted: highlighted, in: s) }
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
        let t = WorkText.table
        var fields: [FormState.Field] = [
            .init("Title", label: t("work.field.title"), value: base.title),
            .init("Question", label: t("work.field.question"), value: base.question, placeholder: t("work.placeholder.question")),
            .init("Lead city", label: t("work.field.leadCity"), value: base.leadCity),
            .init("Partners", label: t("work.field.partners"), value: ListText.join(base.partnerCities), placeholder: t("work.placeholder.cities")),
            .init("Interested", label: t("work.field.interested"), value: ListText.join(base.interestedCities),
                  placeholder: t("work.placeholder.cities")),
            .init("Next steps", label: t("work.field.nextSteps"), value: ListText.join(base.nextSteps, separator: "; "),
                  placeholder: t("work.placeholder.semicolons", ["separator": ";"])),
            .init("Description", label: t("work.field.description"), paragraphs: base.description, placeholder: t("work.placeholder.optional")),
        ]
        if editing == nil {
            fields.insert(.init("Activities", label: t("work.field.activities"), value: ActivityText.line(base.activities),
                                placeholder: t("work.placeholder.activities", ["separator": ";"])), at: 5)
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
