/// The words of the project, experience and calendar exports, in each language, and the
/// pieces every export writes the same way (dates, cadences, a project's status, when an
/// activity happens). An export's language is always passed in (the meeting's, or `--lang`),
/// never ``Language/current``. English dates stay ISO ("2013-05-20"), as the files always
/// wrote them; French and Spanish write them in words (``DateText``).
enum ExportText {
    static let table = StringTable(name: "exports", [.en: english, .fr: french, .es: spanish])

    static func text(_ key: String, in language: Language, _ values: [String: String] = [:]) -> String {
        table.format(key, in: language, values)
    }

    /// "2013-05-20" · "20 mai 2013" · "20 de mayo de 2013".
    static func date(_ date: CalendarDate, in language: Language) -> String {
        language == .en ? date.description : DateText.long(date, in: language)
    }

    /// "every 4 months", "chaque semaine", "cada 2 años".
    static func cadence(_ cadence: Cadence, in language: Language) -> String {
        let unit = cadence.unit.rawValue
        return cadence.every == 1 ? text("export.cadence.\(unit).one", in: language)
            : text("export.cadence.\(unit)", in: language, ["count": String(cadence.every)])
    }

    /// "in progress", "en cours", "en curso".
    static func status(_ status: ProjectStatus, in language: Language) -> String {
        text("export.status.\(status.rawValue)", in: language)
    }

    /// "Label: value", with the language's spacing before the colon.
    static func labelled(_ key: String, _ value: String, in language: Language) -> String {
        Typography.labelled(text(key, in: language), value, in: language)
    }

    /// "; " between the parts of a list, French "\u{202F}; ".
    static func semicolon(in language: Language) -> String { language == .fr ? "\u{202F}; " : "; " }

    /// "Title, Bordeaux, 2013-05-20": the meeting something came from.
    static func meeting(_ m: MeetingReference, in language: Language) -> String {
        "\(m.title), \(m.hostCity), \(date(m.date, in: language))"
    }

    static let english: [String: String] = [
        "export.cadence.week.one": "every week",
        "export.cadence.week": "every {count} weeks",
        "export.cadence.month.one": "every month",
        "export.cadence.month": "every {count} months",
        "export.cadence.year.one": "every year",
        "export.cadence.year": "every {count} years",
        "export.status.idea": "idea",
        "export.status.candidate": "candidate",
        "export.status.agreed": "agreed",
        "export.status.in-progress": "in progress",
        "export.status.done": "done",
        "export.status.dropped": "dropped",
        "export.when.between": "between {start} and {end}",
        "export.when.from": "{cadence} from {date}",
        "export.when.fromUntil": "{cadence} from {date} until {end}",
        "export.when.until": "{cadence} until {end}",
        "export.when.due": "due {date}",
        "export.day.range": "{start} to {end}",
        "export.footer": "Exported by Agora.",

        "export.experiences.title": "Compendium of good practices",
        "export.experiences.lead": "{count} {count|experience|experiences} shared by cities, by area and city.",
        "export.experiences.tags": "Tags",
        "export.experiences.sharedBy": "Shared by",
        "export.experiences.challenge": "Challenge",
        "export.experiences.action": "What was done",
        "export.experiences.result": "Result",
        "export.experiences.topic": "Topic",
        "export.experiences.meeting": "Meeting",

        "export.projects.title": "Collaboration projects",
        "export.projects.lead": "{count} {count|collaboration project|collaboration projects} identified in {meetings} {meetings|meeting|meetings}.",
        "export.projects.number": "No.",
        "export.projects.project": "Project",
        "export.projects.heading": "Project {number}",
        "export.projects.leadCity": "Lead city",
        "export.projects.partnerCities": "Partner cities",
        "export.projects.interestedCities": "Interested cities",
        "export.projects.status": "Status",
        "export.projects.themes": "Themes",
        "export.projects.meeting": "Meeting",
        "export.projects.fromMeeting": "From the meeting",
        "export.projects.nextActivity": "Next activity",
        "export.projects.methodology": "Methodology",
        "export.projects.nextSteps": "Next steps",
        "export.projects.cameFrom": "Came from",
        "export.projects.fromTopic": "topic {title}",
        "export.projects.fromExperience": "experience {title}",

        "export.calendar.meetings": "Agora meetings",
        "export.calendar.round": "{meeting} ({city}, {area}) — round {number}",
        "export.calendar.rank": "Rank {rank}: {points} from {voters} {voters|voter|voters}",
        "export.calendar.group": "Group: {count} {count|person|people}",
        "export.calendar.followups": "Follow-ups: {title}",
        "export.calendar.allFollowups": "Agora project follow-ups",
        "export.calendar.project": "Project",
        "export.calendar.carriedBy": "Carried by",
        "export.calendar.repeats": "Repeats {cadence} until {date}",
        "export.calendar.window": "Some time between {start} and {end}, not on a set day",
        "export.calendar.from": "From",
        "export.calendar.noDate": "no date: {what}",
        "export.calendar.leftOut": "left out (no date): {what}",
    ]

    static let french: [String: String] = [
        "export.cadence.week.one": "chaque semaine",
        "export.cadence.week": "toutes les {count} semaines",
        "export.cadence.month.one": "chaque mois",
        "export.cadence.month": "tous les {count} mois",
        "export.cadence.year.one": "chaque année",
        "export.cadence.year": "tous les {count} ans",
        "export.status.idea": "idée",
        "export.status.candidate": "candidat",
        "export.status.agreed": "convenu",
        "export.status.in-progress": "en cours",
        "export.status.done": "terminé",
        "export.status.dropped": "abandonné",
        "export.when.between": "entre le {start} et le {end}",
        "export.when.from": "{cadence} à partir du {date}",
        "export.when.fromUntil": "{cadence} du {date} au {end}",
        "export.when.until": "{cadence} jusqu’au {end}",
        "export.when.due": "pour le {date}",
        "export.day.range": "du {start} au {end}",
        "export.footer": "Exporté par Agora.",

        "export.experiences.title": "Recueil de bonnes pratiques",
        "export.experiences.lead": "{count} {count|expérience partagée|expériences partagées} par les villes, par axe et par ville.",
        "export.experiences.tags": "Mots-clés",
        "export.experiences.sharedBy": "Partagée par",
        "export.experiences.challenge": "Défi",
        "export.experiences.action": "Ce qui a été fait",
        "export.experiences.result": "Résultat",
        "export.experiences.topic": "Sujet",
        "export.experiences.meeting": "Séance",

        "export.projects.title": "Projets de collaboration",
        "export.projects.lead": "{count} {count|projet de collaboration identifié|projets de collaboration identifiés} en {meetings} {meetings|séance|séances}.",
        "export.projects.number": "N°",
        "export.projects.project": "Projet",
        "export.projects.heading": "Projet {number}",
        "export.projects.leadCity": "Ville pilote",
        "export.projects.partnerCities": "Villes partenaires",
        "export.projects.interestedCities": "Villes intéressées",
        "export.projects.status": "Statut",
        "export.projects.themes": "Thèmes",
        "export.projects.meeting": "Séance",
        "export.projects.fromMeeting": "Issu de la séance",
        "export.projects.nextActivity": "Prochaine activité",
        "export.projects.methodology": "Méthodologie",
        "export.projects.nextSteps": "Prochaines étapes",
        "export.projects.cameFrom": "Origine",
        "export.projects.fromTopic": "sujet {title}",
        "export.projects.fromExperience": "expérience {title}",

        "export.calendar.meetings": "Séances Agora",
        "export.calendar.round": "{meeting} ({city}, {area}) — créneau {number}",
        "export.calendar.rank": "Rang {rank}\u{202F}: {points} de {voters} {voters|votant|votants}",
        "export.calendar.group": "Groupe\u{202F}: {count} {count|personne|personnes}",
        "export.calendar.followups": "Suivi\u{202F}: {title}",
        "export.calendar.allFollowups": "Suivi des projets Agora",
        "export.calendar.project": "Projet",
        "export.calendar.carriedBy": "Porté par",
        "export.calendar.repeats": "Se répète {cadence} jusqu’au {date}",
        "export.calendar.window": "À une date non fixée entre le {start} et le {end}",
        "export.calendar.from": "Issu de",
        "export.calendar.noDate": "sans date\u{202F}: {what}",
        "export.calendar.leftOut": "laissé de côté (sans date)\u{202F}: {what}",
    ]

    static let spanish: [String: String] = [
        "export.cadence.week.one": "cada semana",
        "export.cadence.week": "cada {count} semanas",
        "export.cadence.month.one": "cada mes",
        "export.cadence.month": "cada {count} meses",
        "export.cadence.year.one": "cada año",
        "export.cadence.year": "cada {count} años",
        "export.status.idea": "idea",
        "export.status.candidate": "candidato",
        "export.status.agreed": "acordado",
        "export.status.in-progress": "en curso",
        "export.status.done": "terminado",
        "export.status.dropped": "abandonado",
        "export.when.between": "entre el {start} y el {end}",
        "export.when.from": "{cadence} a partir del {date}",
        "export.when.fromUntil": "{cadence} del {date} al {end}",
        "export.when.until": "{cadence} hasta el {end}",
        "export.when.due": "para el {date}",
        "export.day.range": "del {start} al {end}",
        "export.footer": "Exportado por Agora.",

        "export.experiences.title": "Compendio de buenas prácticas",
        "export.experiences.lead": "{count} {count|experiencia compartida|experiencias compartidas} por las ciudades, por eje y ciudad.",
        "export.experiences.tags": "Etiquetas",
        "export.experiences.sharedBy": "Compartida por",
        "export.experiences.challenge": "Reto",
        "export.experiences.action": "Qué se hizo",
        "export.experiences.result": "Resultado",
        "export.experiences.topic": "Tema",
        "export.experiences.meeting": "Sesión",

        "export.projects.title": "Proyectos de colaboración",
        "export.projects.lead": "{count} {count|proyecto de colaboración identificado|proyectos de colaboración identificados} en {meetings} {meetings|sesión|sesiones}.",
        "export.projects.number": "N.º",
        "export.projects.project": "Proyecto",
        "export.projects.heading": "Proyecto {number}",
        "export.projects.leadCity": "Ciudad líder",
        "export.projects.partnerCities": "Ciudades socias",
        "export.projects.interestedCities": "Ciudades interesadas",
        "export.projects.status": "Estado",
        "export.projects.themes": "Ejes temáticos",
        "export.projects.meeting": "Sesión",
        "export.projects.fromMeeting": "Surgido de la sesión",
        "export.projects.nextActivity": "Próxima actividad",
        "export.projects.methodology": "Metodología",
        "export.projects.nextSteps": "Próximos pasos",
        "export.projects.cameFrom": "Origen",
        "export.projects.fromTopic": "tema {title}",
        "export.projects.fromExperience": "experiencia {title}",

        "export.calendar.meetings": "Sesiones de Agora",
        "export.calendar.round": "{meeting} ({city}, {area}) — ronda {number}",
        "export.calendar.rank": "Puesto {rank}: {points} de {voters} {voters|votante|votantes}",
        "export.calendar.group": "Grupo: {count} {count|persona|personas}",
        "export.calendar.followups": "Seguimiento: {title}",
        "export.calendar.allFollowups": "Seguimiento de proyectos de Agora",
        "export.calendar.project": "Proyecto",
        "export.calendar.carriedBy": "A cargo de",
        "export.calendar.repeats": "Se repite {cadence} hasta el {date}",
        "export.calendar.window": "En algún momento entre el {start} y el {end}, sin día fijo",
        "export.calendar.from": "Surgido de",
        "export.calendar.noDate": "sin fecha: {what}",
        "export.calendar.leftOut": "omitida (sin fecha): {what}",
    ]
}
