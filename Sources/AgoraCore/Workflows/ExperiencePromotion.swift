/// Promoting an experience to a project: the one mapping from an experience's fields to a new
/// project's, used by `P` on the Work screen (which opens the same dialog as `n`, prefilled),
/// by ``WorkOperation/promoteExperience(_:)`` and so by `agora experience promote`.
///
/// The project gets the defaults of any new project (``ProjectFields``: status candidate, no
/// partners yet). The experience's city leads it; its title becomes the project's title; its
/// tags the themes. The challenge is what a city lived, not the question cities will work on
/// together, so it is not made the question: it opens the description, labelled, with what
/// was done and the result, and the question is left for the group to write.
extension ProjectFields {
    public static func promoting(_ experience: Experience) -> ProjectFields {
        let parts = [("Challenge", experience.challenge), ("What was done", experience.action), ("Result", experience.result)]
        return ProjectFields(
            title: experience.title, leadCity: experience.city,
            description: parts.filter { !TextRules.isBlank($0.1) }.map { "\($0.0): \($0.1)" }.joined(separator: "\n\n"),
            themes: experience.tags,
            origins: ProjectOrigins(topics: experience.origin.topic.map { [$0] } ?? [],
                                    rounds: experience.origin.round.map { [$0] } ?? [],
                                    experiences: [experience.id]))
    }
}
