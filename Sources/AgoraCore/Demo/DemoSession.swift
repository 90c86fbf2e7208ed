import Foundation

/// The built-in sample: the first UCLG working meeting, Bordeaux, May 2013, on "Smart
/// Economy", run as a Mini BarCamp. The people are invented; the two projects and their
/// activities are those of the meeting report. Built through operations, so it obeys every rule.
public enum DemoSession {
    /// The moment the demo's log is stamped with (the meeting's morning).
    public static let date = Date(timeIntervalSince1970: 1_369_040_400) // 2013-05-20T09:00:00Z

    public static func make() -> Session {
        do { return try build() } catch { preconditionFailure("The demo session breaks a rule: \(error)") }
    }

    static let people: [(String, String, String, String)] = [
        ("Claire Dubois", "Bordeaux", "Bordeaux Métropole", "Economic development"),
        ("Julien Marchand", "Bordeaux", "CCI Bordeaux Gironde", "Digital economy advisor"),
        ("Aino Virtanen", "Lappeenranta", "City of Lappeenranta", "Business services"),
        ("Mikko Laine", "Lappeenranta", "Greentech cluster", "Cluster manager"),
        ("Montserrat Puig", "Barcelona", "Barcelona Activa", "Entrepreneurship"),
        ("Jordi Ferrer", "Barcelona", "Ajuntament de Barcelona", "Innovation"),
        ("Lucía Fernández", "Montevideo", "Intendencia de Montevideo", "Development"),
        ("Diego Sosa", "Montevideo", "Incubadora Ingenio", "Incubator lead"),
        ("Fatima Zahra Alaoui", "Rabat", "Commune de Rabat", "Investment"),
        ("Youssef Benali", "Rabat", "Technopark Rabat", "Start-up support"),
        ("Sipho Dlamini", "Durban", "eThekwini Municipality", "Economic policy"),
        ("Nomvula Khumalo", "Durban", "Durban Chamber of Commerce", "SME programmes"),
        ("Li Wei", "Guangzhou", "Guangzhou Foreign Affairs Office", "International cooperation"),
        ("Chen Jing", "Guangzhou", "Tianhe Software Park", "Park manager"),
        ("Ana María Rojas", "Bogotá", "Alcaldía de Bogotá", "Smart city office"),
        ("Camilo Torres", "Bogotá", "Bogotá Chamber of Commerce", "Innovation programmes"),
    ]

    static let topics: [(String, String, Int)] = [
        ("Linking traditional and new ICT industries", "How can the classical economy use digital tools to grow?", 1),
        ("Spaces of collaboration for companies", "Business encounters and shared spaces between cities' companies.", 3),
        ("Attracting and retaining talent", "Universities, quality of life, and keeping graduates in the city.", 5),
        ("Green technologies as a new sector", "Cleantech clusters and public procurement.", 4),
        ("Incubators and spaces for entrepreneurs", "What makes an incubator work; public or private.", 8),
        ("Data mining for SMEs", "Helping small firms understand their market with data.", 2),
        ("Online mentoring between entrepreneurs", "Experienced founders coaching new ones across borders.", 12),
        ("Financing innovation in small cities", "Seed funds and guarantees when the city is not a capital.", 11),
        ("Open data for new services", "Opening city data so firms build services on it.", 15),
    ]

    /// (participant, topic, dots) — each person places their five dots.
    static let votes: [(Int, Int, Int)] = [
        (1, 1, 3), (1, 2, 1), (1, 6, 1), (2, 1, 2), (2, 6, 3), (3, 4, 3), (3, 2, 2),
        (4, 4, 2), (4, 2, 2), (4, 7, 1), (5, 5, 2), (5, 7, 2), (5, 3, 1), (6, 9, 2), (6, 3, 2), (6, 1, 1),
        (7, 5, 2), (7, 3, 2), (7, 8, 1), (8, 5, 3), (8, 7, 2), (9, 1, 2), (9, 2, 2), (9, 8, 1),
        (10, 5, 2), (10, 7, 2), (10, 2, 1), (11, 8, 2), (11, 3, 2), (11, 2, 1), (12, 2, 3), (12, 7, 2),
        (13, 1, 2), (13, 4, 2), (13, 9, 1), (14, 6, 2), (14, 1, 2), (14, 5, 1), (15, 9, 3), (15, 3, 2),
        (16, 1, 2), (16, 2, 2), (16, 6, 1),
    ]

    static func build() throws -> Session {
        guard let day = CalendarDate("2013-05-20") else { preconditionFailure() }
        let setup = SessionSetup(
            meeting: Meeting(title: "UCLG Digital Cities — first working meeting", hostCity: "Bordeaux",
                             venue: "Hangar 14, Bordeaux", date: day, area: .economy),
            rooms: [RoomSpec(name: "Garonne", capacity: 10), RoomSpec(name: "Chartrons", capacity: 8),
                    RoomSpec(name: "Saint-Michel", capacity: 6)],
            rounds: 2, firstRoundStart: ClockTime(hour: 10, minute: 30)!, roundMinutes: 50, breakMinutes: 20, dots: 5,
            timeZone: "Europe/Paris")
        var s = try setup.makeSession(at: date)
        var minute = 0
        func apply(_ op: Operation) throws {
            minute += 1
            try s.apply(op, at: date.addingTimeInterval(Double(minute) * 60))
        }
        try apply(.setup(.setGroupRules(GroupRules(minSize: 3, maxSize: 8, maxPerCity: 2))))
        for (name, city, org, role) in people {
            try apply(.people(.add(ParticipantFields(name: name, city: city, organization: org, role: role))))
        }
        for (title, description, proposer) in topics {
            try apply(.topics(.propose(TopicFields(title: title, description: description,
                                                   proposer: ParticipantID(proposer), area: .economy))))
        }
        try apply(.voting(.open))
        for (p, t, n) in votes { try apply(.voting(.addDots(ParticipantID(p), TopicID(t), count: n))) }
        try apply(.voting(.setWallCount(TopicID(3), count: 2)))
        try apply(.voting(.close))

        // Six topics run: three rooms in each of the two rounds.
        let plan: [(round: Int, room: Int, topic: Int)] = [(1, 1, 1), (1, 2, 5), (1, 3, 3), (2, 1, 2), (2, 2, 7), (2, 3, 6)]
        try apply(.plan(.setSelection(plan.map { TopicID($0.topic) })))
        try apply(.plan(.setSchedule(plan.map { Slot(round: RoundID($0.round), room: RoomID($0.room), topic: TopicID($0.topic)) })))
        let groups: [Int: [Int: [Int]]] = [ // round → topic → people
            1: [1: [1, 2, 9, 13, 14, 16], 5: [5, 7, 8, 10, 3], 3: [6, 11, 15, 4, 12]],
            2: [2: [1, 3, 4, 9, 12, 16], 7: [5, 8, 10, 11, 13], 6: [2, 6, 7, 14, 15]],
        ]
        for round in [1, 2] {
            let assignments = groups[round]!.flatMap { topic, people in
                people.map { Assignment(round: RoundID(round), participant: ParticipantID($0), topic: TopicID(topic)) }
            }
            try apply(.groups(.setGroups(RoundID(round), assignments)))
        }

        let experiences: [ExperienceFields] = [
            ExperienceFields(city: "Bordeaux", title: "Encounters between the classical and the digital economy",
                             sharedBy: ParticipantID(1),
                             challenge: "Traditional firms miss the growth that digital tools bring.",
                             action: "The city organizes encounters between sectors of the traditional economy and digital businesses on three themes: e-marketing and e-commerce, data mining, and new productivity tools (3D, cloud).",
                             result: "Companies of all sectors found growth and cost savings; the Grand Junction process.",
                             tags: ["digital economy", "SMEs", "e-commerce"], origin: Origin(topic: TopicID(1), round: RoundID(1))),
            ExperienceFields(city: "Lappeenranta", title: "Greentech companies network",
                             sharedBy: ParticipantID(4),
                             challenge: "Small cleantech firms lack partners abroad.",
                             action: "A cluster brings greentech companies together with the university.",
                             result: "Joint bids and a yearly greentech day.",
                             tags: ["greentech", "clusters"], origin: Origin(topic: TopicID(2), round: RoundID(2))),
            ExperienceFields(city: "Montevideo", title: "A public incubator for digital start-ups",
                             sharedBy: ParticipantID(8),
                             challenge: "Young entrepreneurs leave for the capital's private programmes.",
                             action: "The city co-funds an incubator with the university and mentors from local firms.",
                             result: "Forty start-ups incubated in three years.",
                             tags: ["entrepreneurship", "incubators"], origin: Origin(topic: TopicID(5), round: RoundID(1))),
            ExperienceFields(city: "Barcelona", title: "Mentoring programme for entrepreneurs",
                             sharedBy: ParticipantID(5),
                             challenge: "First-time founders repeat avoidable mistakes.",
                             action: "Barcelona Activa pairs founders with experienced entrepreneurs for six months.",
                             result: "Higher survival of the firms after three years.",
                             tags: ["entrepreneurship", "mentoring"], origin: Origin(topic: TopicID(7), round: RoundID(2))),
        ]
        for e in experiences { try apply(.work(.addExperience(e))) }

        try apply(.work(.addProject(ProjectFields(
            title: "Linking traditional and new ICT industries",
            leadCity: "Bordeaux",
            question: "How can cities link traditional and new ICT Industries?",
            partnerCities: ["Barcelona", "Guangzhou"], interestedCities: ["Rabat", "Bogotá"],
            description: "An exchange of experiences within UCLG on the encounters between the traditional economy and digital businesses (the process of Grand Junction), with Chambers of Commerce and private actors.",
            themes: ["e-marketing and e-commerce", "data mining", "3D and cloud"],
            activities: [
                Activity(kind: .exchange, text: "Online exchange on the tools developed and the strategic themes of Grand Junction",
                         cadence: Cadence(every: 4, unit: .month), due: CalendarDate("2013-09-16"), owner: "Bordeaux"),
                Activity(kind: .event, text: "Large-scale forum on Grand Junction, each city bringing a company of the classical economy",
                         due: CalendarDate("2014-10-15"), owner: "Bordeaux"),
                Activity(kind: .publication, text: "Online compendium of good practices",
                         due: CalendarDate("2014-11-20"), owner: "UCLG Committee Secretariat"),
            ],
            nextSteps: ["Invite the cities that run a Grand Junction process", "Set the date of the first online exchange"],
            status: .inProgress,
            origins: ProjectOrigins(topics: [TopicID(1), TopicID(6)], rounds: [RoundID(1)], experiences: [ExperienceID(1)])))))
        try apply(.work(.addProject(ProjectFields(
            title: "Creation of spaces of collaboration for companies",
            leadCity: "Lappeenranta",
            question: "How can companies from different cities work together?",
            partnerCities: ["Barcelona", "Montevideo", "Durban"], interestedCities: ["Rabat"],
            description: "Specific spaces of collaboration between companies from the cities.",
            themes: ["business encounters", "sectors of excellence", "mentoring"],
            activities: [
                Activity(kind: .event, text: "Business encounter of Greentech companies after the summer",
                         due: CalendarDate("2013-09-30"), owner: "Lappeenranta"),
                Activity(kind: .exchange, text: "Identify 4-5 key sectors of excellence in each city for mutual knowledge sharing",
                         owner: "All partner cities"),
                Activity(kind: .mentoring, text: "Online mentoring workshops on entrepreneurship",
                         cadence: Cadence(every: 2, unit: .month), due: CalendarDate("2013-10-07"), owner: "Barcelona"),
            ],
            nextSteps: ["Lappeenranta sends a proposal for the Greentech encounter"],
            status: .inProgress,
            origins: ProjectOrigins(topics: [TopicID(2), TopicID(7)], rounds: [RoundID(2)],
                                    experiences: [ExperienceID(2), ExperienceID(4)])))))
        return s
    }
}
