import AgoraCore

/// The Groups screen's rows in each language: a group's line, a member's lock, the people not
/// yet placed and how well the round follows the votes.
enum GroupRowsText {
    static let table = StringTable(name: "Groups rows", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "groupRows.group": "{number} {topic} — {room} ({capacity}) · {people} {people|person|people} · {cities} {cities|city|cities} · interest {interest}",
        "groupRows.locked": "[locked]",
        "groupRows.unplaced": "Not in a group ({count}) — g forms the groups, m places a person",
        "groupRows.placed": "{count} placed",
        "groupRows.topChoice": "{count} top choice",
        "groupRows.backed": "{count} a topic they backed",
        "groupRows.none": "{count} none of theirs",
        "groupRows.noPreference": "{count} backed none of this round",
        "groupRows.notPlaced": "{count} not placed",
    ]

    static let french: [String: String] = [
        "groupRows.group": "{number} {topic} — {room} ({capacity}) · {people} {people|personne|personnes} · {cities} {cities|ville|villes} · intérêt {interest}",
        "groupRows.locked": "[verrouillé]",
        "groupRows.unplaced": "Sans groupe ({count}) — g forme les groupes, m place une personne",
        "groupRows.placed": "{count} {count|placé|placés}",
        "groupRows.topChoice": "{count} premier choix",
        "groupRows.backed": "{count} sur un sujet soutenu",
        "groupRows.none": "{count} sur aucun des leurs",
        "groupRows.noPreference": "{count} sans vote pour ce créneau",
        "groupRows.notPlaced": "{count} sans groupe",
    ]

    static let spanish: [String: String] = [
        "groupRows.group": "{number} {topic} — {room} ({capacity}) · {people} {people|persona|personas} · {cities} {cities|ciudad|ciudades} · interés {interest}",
        "groupRows.locked": "[fijado]",
        "groupRows.unplaced": "Sin grupo ({count}) — g forma los grupos, m coloca a una persona",
        "groupRows.placed": "{count} {count|colocada|colocadas}",
        "groupRows.topChoice": "{count} primera opción",
        "groupRows.backed": "{count} en un tema que apoyaron",
        "groupRows.none": "{count} en ninguno de los suyos",
        "groupRows.noPreference": "{count} sin voto en esta ronda",
        "groupRows.notPlaced": "{count} sin grupo",
    ]
}
