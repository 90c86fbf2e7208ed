import AgoraCore

/// The Work screen's rows: each group of each round, with the experiences and projects
/// that came from it; then those not linked to a group.
struct WorkRows: Equatable, Sendable {
    enum Row: Equatable, Sendable {
        case group(Slot)
        case experience(ExperienceID)
        case project(ProjectID)
        case unlinked
    }

    var rows: [Row] = []

    init() {}

    init(_ s: Session) {
        var shownExperiences = Set<ExperienceID>(), shownProjects = Set<ProjectID>()
        for slot in s.schedule {
            rows.append(.group(slot))
            for e in s.experiences where e.origin.topic == slot.topic && (e.origin.round == nil || e.origin.round == slot.round) {
                rows.append(.experience(e.id)); shownExperiences.insert(e.id)
            }
            for p in s.projects where p.origins.topics.contains(slot.topic)
                && (p.origins.rounds.isEmpty || p.origins.rounds.contains(slot.round)) {
                rows.append(.project(p.id)); shownProjects.insert(p.id)
            }
        }
        let leftE = s.experiences.filter { !shownExperiences.contains($0.id) }
        let leftP = s.projects.filter { !shownProjects.contains($0.id) }
        if !leftE.isEmpty || !leftP.isEmpty || s.schedule.isEmpty {
            rows.append(.unlinked)
            rows += leftE.map { .experience($0.id) } + leftP.map { .project($0.id) }
        }
    }

    /// The group a row belongs to: itself, or the nearest group row above it.
    func group(at index: Int) -> Slot? {
        guard rows.indices.contains(index) else { return nil }
        for i in stride(from: index, through: 0, by: -1) {
            if case .group(let slot) = rows[i] { return slot }
            if case .unlinked = rows[i] { return nil }
        }
        return nil
    }
}

/// Experiences from other cities on the same challenge: sharing a tag or the topic.
enum RelatedExperiences {
    static func of(_ e: Experience, in s: Session) -> [Experience] {
        let tags = Set(e.tags.map(TextRules.searchKey))
        return s.experiences.filter { other in
            other.id != e.id && TextRules.searchKey(other.city) != TextRules.searchKey(e.city)
                && (!tags.isDisjoint(with: other.tags.map(TextRules.searchKey))
                    || (e.origin.topic != nil && other.origin.topic == e.origin.topic))
        }
    }
}
