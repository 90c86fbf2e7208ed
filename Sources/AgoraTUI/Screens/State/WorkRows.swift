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

    /// With a search, only the experiences and projects it matches, under their groups
    /// (a group stays when its topic matches or something under it does).
    init(_ s: Session, search: SearchField = SearchField()) {
        func matches(_ e: Experience) -> Bool { search.matches([e.title, e.city, e.challenge, e.action, e.result] + e.tags) }
        func matches(_ p: Project) -> Bool { search.matches([p.title, p.question, p.leadCity] + p.partnerCities + p.interestedCities) }
        var linkedExperiences = Set<ExperienceID>(), linkedProjects = Set<ProjectID>()
        for slot in s.schedule {
            let experiences = s.experiences.filter { $0.origin.topic == slot.topic && ($0.origin.round == nil || $0.origin.round == slot.round) }
            let projects = s.projects.filter {
                $0.origins.topics.contains(slot.topic) && ($0.origins.rounds.isEmpty || $0.origins.rounds.contains(slot.round))
            }
            linkedExperiences.formUnion(experiences.map(\.id)); linkedProjects.formUnion(projects.map(\.id))
            let shownE = experiences.filter(matches), shownP = projects.filter(matches)
            guard !search.isActive || !shownE.isEmpty || !shownP.isEmpty || search.matches([s.topic(slot.topic)?.title ?? ""]) else { continue }
            rows.append(.group(slot))
            rows += shownE.map { .experience($0.id) } + shownP.map { .project($0.id) }
        }
        let leftE = s.experiences.filter { !linkedExperiences.contains($0.id) && matches($0) }
        let leftP = s.projects.filter { !linkedProjects.contains($0.id) && matches($0) }
        if !leftE.isEmpty || !leftP.isEmpty || (s.schedule.isEmpty && !search.isActive) {
            rows.append(.unlinked)
            rows += leftE.map { .experience($0.id) } + leftP.map { .project($0.id) }
        }
    }

    /// Experiences and projects among the rows.
    var itemCount: Int { rows.filter { if case .group = $0 { return false }; return $0 != .unlinked }.count }

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
