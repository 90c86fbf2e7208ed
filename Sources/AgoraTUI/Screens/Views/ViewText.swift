import AgoraCore

/// The words of the views several screens share, in each language: the phase header's
/// end-of-round banner, the live results, a project in full, a form box's note.
enum ViewText {
    static let table = StringTable(name: "shared screen views", [.en: english, .fr: french, .es: spanish])

    /// A project's status as a person reads it ("in-progress" is "en cours").
    static func status(_ status: ProjectStatus) -> String { table("view.status.\(status)") }

    static let english: [String: String] = [
        "view.timeUp": "⏰ TIME IS UP — round {round} · + five more minutes · T next round",
        "view.results.title": "Results",
        "view.results.hidden": "Tallies are hidden until voting closes.",
        "view.results.counts": "{ballots} {ballots|ballot|ballots} · {dots} {dots|dot|dots} placed · {wall} counted on the wall",
        "view.results.ranked": "Results in rank order",
        "view.results.tieLegend": "† tied on points: placed by the rule below",
        "view.results.noTopics": "No topics yet.",
        "view.results.more": "+{count} more · p shows every result",
        "view.project.lead": "Lead: {city}",
        "view.project.partners": "Partners: {cities}",
        "view.project.interested": "Interested: {cities}",
        "view.project.status": "Status: {status}",
        "view.project.activities": "Activities",
        "view.project.nextSteps": "Next steps",
        "view.project.origins": "From: {topics}",
        "view.project.more": "+{count} more {count|line|lines} · a taller terminal shows them",
        "view.form.note": "Enter saves · Tab next field · Esc cancels",
        "view.readOnly": "Read-only: nothing typed here will be saved · Esc closes",
        "view.status.idea": "idea",
        "view.status.candidate": "candidate",
        "view.status.agreed": "agreed",
        "view.status.inProgress": "in-progress",
        "view.status.done": "done",
        "view.status.dropped": "dropped",
    ]

    static let french: [String: String] = [
        "view.timeUp": "⏰ TEMPS ÉCOULÉ — créneau {round} · + cinq minutes de plus · T créneau suivant",
        "view.results.title": "Résultats",
        "view.results.hidden": "Les totaux restent cachés jusqu’à la clôture du vote.",
        "view.results.counts": "{ballots} {ballots|bulletin|bulletins} · {dots} {dots|gommette posée|gommettes posées} · {wall} {wall|comptée|comptées} au mur",
        "view.results.ranked": "Résultats par rang",
        "view.results.tieLegend": "† à égalité de points\u{202F}: départagés par la règle ci-dessous",
        "view.results.noTopics": "Pas encore de sujets.",
        "view.results.more": "+{count} {count|autre|autres} · p montre tous les résultats",
        "view.project.lead": "Ville pilote\u{202F}: {city}",
        "view.project.partners": "Partenaires\u{202F}: {cities}",
        "view.project.interested": "Intéressées\u{202F}: {cities}",
        "view.project.status": "État\u{202F}: {status}",
        "view.project.activities": "Activités",
        "view.project.nextSteps": "Prochaines étapes",
        "view.project.origins": "Issu de\u{202F}: {topics}",
        "view.project.more": "+{count} {count|ligne|lignes} de plus · un terminal plus haut les montre",
        "view.form.note": "Entrée enregistre · Tab champ suivant · Échap annule",
        "view.readOnly": "Lecture seule\u{202F}: rien de ce que vous tapez ne sera enregistré · Échap ferme",
        "view.status.idea": "idée",
        "view.status.candidate": "candidat",
        "view.status.agreed": "convenu",
        "view.status.inProgress": "en cours",
        "view.status.done": "terminé",
        "view.status.dropped": "abandonné",
    ]

    static let spanish: [String: String] = [
        "view.timeUp": "⏰ SE ACABÓ EL TIEMPO — ronda {round} · + cinco minutos más · T ronda siguiente",
        "view.results.title": "Resultados",
        "view.results.hidden": "Los recuentos están ocultos hasta que cierre la votación.",
        "view.results.counts": "{ballots} {ballots|papeleta|papeletas} · {dots} {dots|pegatina puesta|pegatinas puestas} · {wall} {wall|contada|contadas} en la pared",
        "view.results.ranked": "Resultados por orden",
        "view.results.tieLegend": "† empate a puntos: ordenados por la regla de abajo",
        "view.results.noTopics": "Aún no hay temas.",
        "view.results.more": "+{count} más · p muestra todos los resultados",
        "view.project.lead": "Lidera: {city}",
        "view.project.partners": "Socias: {cities}",
        "view.project.interested": "Interesadas: {cities}",
        "view.project.status": "Estado: {status}",
        "view.project.activities": "Actividades",
        "view.project.nextSteps": "Próximos pasos",
        "view.project.origins": "Surge de: {topics}",
        "view.project.more": "+{count} {count|línea|líneas} más · una terminal más alta las muestra",
        "view.form.note": "Intro guarda · Tab campo siguiente · Esc cancela",
        "view.readOnly": "Solo lectura: nada de lo que escribas se guardará · Esc cierra",
        "view.status.idea": "idea",
        "view.status.candidate": "candidato",
        "view.status.agreed": "acordado",
        "view.status.inProgress": "en curso",
        "view.status.done": "hecho",
        "view.status.dropped": "descartado",
    ]
}
