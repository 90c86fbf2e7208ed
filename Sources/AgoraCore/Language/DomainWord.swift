/// The meeting's words, fixed once per language (the Glossary article gives the same table
/// with its reasons): every translation says "séance", "sujet", "gommette", "créneau"… for
/// these and nothing else.
public enum DomainWord: String, CaseIterable, Sendable {
    case session, participant, person, city, topic, proposal, ballot, dot, approval, point, vote
    case round, room, seat, group, experience, project, activity, facilitator, walkIn, backer
    case conflict, change

    /// The word as a counted noun in `language`, with the language's plural rule:
    /// `DomainWord.topic.noun(in: .fr)(0)` is "0 sujet".
    public func noun(in language: Language) -> CountedNoun {
        let (singular, plural) = DomainWord.table[self]![language]!
        return CountedNoun(singular, plural, rule: language.pluralRule)
    }

    static let table: [DomainWord: [Language: (String, String)]] = [
        .session: [.en: ("session", "sessions"), .fr: ("séance", "séances"), .es: ("sesión", "sesiones")],
        .participant: [.en: ("participant", "participants"), .fr: ("participant", "participants"),
                       .es: ("participante", "participantes")],
        .person: [.en: ("person", "people"), .fr: ("personne", "personnes"), .es: ("persona", "personas")],
        .city: [.en: ("city", "cities"), .fr: ("ville", "villes"), .es: ("ciudad", "ciudades")],
        .topic: [.en: ("topic", "topics"), .fr: ("sujet", "sujets"), .es: ("tema", "temas")],
        .proposal: [.en: ("proposal", "proposals"), .fr: ("proposition", "propositions"),
                    .es: ("propuesta", "propuestas")],
        .ballot: [.en: ("ballot", "ballots"), .fr: ("bulletin", "bulletins"), .es: ("papeleta", "papeletas")],
        .dot: [.en: ("dot", "dots"), .fr: ("gommette", "gommettes"), .es: ("pegatina", "pegatinas")],
        .approval: [.en: ("approval", "approvals"), .fr: ("approbation", "approbations"),
                    .es: ("aprobación", "aprobaciones")],
        .point: [.en: ("point", "points"), .fr: ("point", "points"), .es: ("punto", "puntos")],
        .vote: [.en: ("vote", "votes"), .fr: ("vote", "votes"), .es: ("voto", "votos")],
        .round: [.en: ("round", "rounds"), .fr: ("créneau", "créneaux"), .es: ("ronda", "rondas")],
        .room: [.en: ("room", "rooms"), .fr: ("salle", "salles"), .es: ("sala", "salas")],
        .seat: [.en: ("seat", "seats"), .fr: ("place", "places"), .es: ("plaza", "plazas")],
        .group: [.en: ("group", "groups"), .fr: ("groupe", "groupes"), .es: ("grupo", "grupos")],
        .experience: [.en: ("experience", "experiences"), .fr: ("expérience", "expériences"),
                      .es: ("experiencia", "experiencias")],
        .project: [.en: ("project", "projects"), .fr: ("projet", "projets"), .es: ("proyecto", "proyectos")],
        .activity: [.en: ("activity", "activities"), .fr: ("activité", "activités"), .es: ("actividad", "actividades")],
        .facilitator: [.en: ("facilitator", "facilitators"), .fr: ("animateur", "animateurs"),
                       .es: ("facilitador", "facilitadores")],
        .walkIn: [.en: ("walk-in", "walk-ins"), .fr: ("participant de dernière minute", "participants de dernière minute"),
                  .es: ("participante de última hora", "participantes de última hora")],
        .backer: [.en: ("backer", "backers"), .fr: ("soutien", "soutiens"), .es: ("apoyo", "apoyos")],
        .conflict: [.en: ("conflict", "conflicts"), .fr: ("conflit", "conflits"), .es: ("conflicto", "conflictos")],
        .change: [.en: ("change", "changes"), .fr: ("modification", "modifications"), .es: ("cambio", "cambios")],
    ]
}

extension VotingMethod {
    /// What one vote of this method is counted as, in `language`: dots, approvals or points.
    public func countedUnit(in language: Language) -> CountedNoun {
        switch self {
        case .dots: return DomainWord.dot.noun(in: language)
        case .approval: return DomainWord.approval.noun(in: language)
        case .ranked: return DomainWord.point.noun(in: language)
        }
    }
}
