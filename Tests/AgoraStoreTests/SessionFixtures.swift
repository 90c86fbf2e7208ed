import Foundation
import AgoraCore
import AgoraTestSupport

/// The Agora operation, not Foundation's `Operation` (NSOperation).
typealias Operation = AgoraCore.Operation

/// Sessions the store tests save, load and break.
enum SessionFixtures {
    static let start = Date(timeIntervalSince1970: 1_372_320_000) // 2013-06-27T08:00:00Z

    static var meeting: Meeting {
        Meeting(title: "Smart Economy working meeting", hostCity: "Bordeaux", venue: "Hangar 14",
                date: CalendarDate(year: 2013, month: 10, day: 2)!, area: .economy)
    }

    static var empty: Session { Session(meeting: meeting) }

    /// Applies `operations` one after the other, a minute apart; every one must succeed.
    static func build(_ operations: [Operation], from session: Session = empty) throws -> Session {
        var session = session
        for (i, op) in operations.enumerated() {
            try session.apply(op, at: start.addingTimeInterval(Double(i * 60)))
        }
        return session
    }

    /// A meeting that went through every kind of operation.
    static func everyOperation() throws -> Session {
        func p(_ n: Int) -> ParticipantID { ParticipantID(n) }
        func t(_ n: Int) -> TopicID { TopicID(n) }
        let round1 = RoundID(1), round2 = RoundID(2)
        let ops: [Operation] = [
            .setup(.editMeeting(meeting)),
            .setup(.addRoom(name: "Auditorium", capacity: 40)),
            .setup(.addRoom(name: "Salle B", capacity: 12)),
            .setup(.addRoom(name: "Spare", capacity: 3)),
            .setup(.editRoom(RoomID(2), name: "Salle Garonne", capacity: 14)),
            .setup(.removeRoom(RoomID(3))),
            .setup(.addRound(start: ClockTime(hour: 10, minute: 0)!, minutes: 45)),
            .setup(.addRound(start: ClockTime(hour: 11, minute: 0)!, minutes: 45)),
            .setup(.addRound(start: ClockTime(hour: 16, minute: 0)!, minutes: 30)),
            .setup(.editRound(round2, start: ClockTime(hour: 11, minute: 15)!, minutes: 40)),
            .setup(.removeRound(RoundID(3))),
            .setup(.setVotingRules(VotingRules(method: .dots, dotsPerParticipant: 5, capPerTopic: 3))),
            .setup(.setGroupRules(GroupRules(minSize: 1, maxSize: 20, maxPerCity: 2))),
            .setup(.setFraming(ReportFraming(context: "The second of the network's meetings.\n\nOn the economy.",
                                             synthesis: "Cities want to link old and new industries.", contact: "Secretariat, digital@example.org"))),
            .people(.add(ParticipantFields(name: "Ana Souza", city: "Belo Horizonte", organization: "Prefeitura", role: "Economist"))),
            .people(.add(ParticipantFields(name: "Jean Dupont", city: "Bordeaux", organization: "Bordeaux Métropole"))),
            .people(.add(ParticipantFields(name: "Fatima Zahra", city: "Rabat"))),
            .people(.add(ParticipantFields(name: "Li Wei", city: "Guangzhou"))),
            .people(.add(ParticipantFields(name: "Temp Person", city: "Nowhere"))),
            .people(.edit(p(4), ParticipantFields(name: "Li Wei", city: "Guangzhou", organization: "GZ ICT office", role: "Director"))),
            .people(.remove(p(5))),
            .people(.setPresent(p(3), false)),
            .people(.setPresent(p(3), true)),
            .topics(.propose(TopicFields(title: "Linking traditional and ICT industries", description: "How can cities\nlink them?", proposer: p(1), area: .economy))),
            .topics(.propose(TopicFields(title: "Open data for SMEs", proposer: p(2)))),
            .topics(.propose(TopicFields(title: "Open data for small firms", proposer: p(3)))),
            .topics(.propose(TopicFields(title: "Startup incubators", area: .people))),
            .topics(.propose(TopicFields(title: "Withdrawn idea"))),
            .topics(.edit(t(4), TopicFields(title: "Start-up incubators", description: "Public ones", area: .people))),
            .voting(.open),
            .voting(.addDots(p(1), t(1), count: 2)),
            .voting(.addDots(p(1), t(3), count: 1)),
            .voting(.addDots(p(2), t(2), count: 3)),
            .voting(.addDots(p(3), t(5), count: 1)),
            .voting(.addDots(p(4), t(4), count: 2)),
            .voting(.removeDots(p(2), t(2), count: 1)),
            .voting(.setWallCount(t(1), count: 7)),
            .voting(.setWallCount(t(3), count: 2)),
            .topics(.merge(t(3), into: t(2))),
            .topics(.withdraw(t(5))),
            .topics(.restore(t(5))),
            .topics(.withdraw(t(5))),
            .voting(.addDots(p(3), t(1), count: 1)),
            .voting(.clearBallot(p(3))),
            .voting(.close),
            .plan(.setSelection([t(1), t(2), t(4)])),
            .plan(.setSelectionPin(t(4), .pinned)),
            .plan(.setSchedule([Slot(round: round1, room: RoomID(1), topic: t(1)), Slot(round: round1, room: RoomID(2), topic: t(2))])),
            .plan(.place(t(4), round: round2, room: RoomID(1), pinned: true)),
            .plan(.place(t(2), round: round2, room: RoomID(2), pinned: false)),
            .plan(.unschedule(t(2))),
            .plan(.place(t(2), round: round1, room: RoomID(2), pinned: false)),
            .plan(.setSlotPin(t(1), true)),
            .groups(.setGroups(round1, [Assignment(round: round1, participant: p(1), topic: t(1)),
                                        Assignment(round: round1, participant: p(2), topic: t(2)),
                                        Assignment(round: round1, participant: p(3), topic: t(1))])),
            .groups(.move(p(4), round: round1, topic: t(2), lock: true)),
            .groups(.setLock(p(4), round: round1, false)),
            .groups(.move(p(1), round: round2, topic: t(4), lock: false)),
            .groups(.clearGroups(round2)),
            .work(.addExperience(ExperienceFields(city: "Guangzhou", title: "ICT parks next to old industry", sharedBy: p(4),
                                                  challenge: "Old factories emptied", action: "Rezoned them", result: "3,000 jobs",
                                                  tags: ["ICT", "industry"], origin: Origin(topic: t(1), round: round1)))),
            .work(.addExperience(ExperienceFields(city: "Rabat", title: "Temporary"))),
            .work(.editExperience(ExperienceID(2), ExperienceFields(city: "Rabat", title: "Medina crafts online", tags: ["crafts"]))),
            .work(.addExperience(ExperienceFields(city: "Nowhere", title: "To be removed"))),
            .work(.removeExperience(ExperienceID(3))),
            .work(.addProject(ProjectFields(title: "Linking industries", leadCity: "Bordeaux", question: "How can cities link traditional and new ICT industries?",
                                            partnerCities: ["Guangzhou", "Belo Horizonte"], interestedCities: ["Rabat"],
                                            description: "An exchange of practice.", themes: ["ICT"],
                                            activities: [Activity(kind: .exchange, text: "Online exchange", cadence: Cadence(every: 4, unit: .month), owner: "Bordeaux")],
                                            nextSteps: ["Write the concept note"], status: .candidate,
                                            origins: ProjectOrigins(topics: [t(1)], rounds: [round1], experiences: [ExperienceID(1)])))),
            .work(.editProject(ProjectID(1), ProjectFields(title: "Linking traditional and ICT industries", leadCity: "Bordeaux",
                                                          partnerCities: ["Guangzhou"], status: .agreed,
                                                          origins: ProjectOrigins(topics: [t(1)], experiences: [ExperienceID(1)])))),
            .work(.setProjectStatus(ProjectID(1), .inProgress)),
            .work(.addActivity(ProjectID(1), Activity(kind: .publication, text: "Compendium of good practices",
                                                      due: CalendarDate(year: 2014, month: 3, day: 1)!, owner: "UCLG"))),
            .work(.addProject(ProjectFields(title: "Dropped one", leadCity: "Rabat"))),
            .work(.removeProject(ProjectID(2))),
            .work(.promoteExperience(ExperienceID(2))),
            .batch(summary: "Imported 2 participants", operations: [
                .people(.add(ParticipantFields(name: "Olga Petrova", city: "Kazan"))),
                .people(.add(ParticipantFields(name: "Kofi Mensah", city: "Accra"))),
            ]),
        ]
        return try build(ops)
    }

    /// A session voting by ranked ballots (the one ballot kind `everyOperation` lacks).
    static func ranked() throws -> Session {
        try build([
            .setup(.setVotingRules(VotingRules(method: .ranked, dotsPerParticipant: 3, capPerTopic: nil, hideTalliesUntilClose: false))),
            .people(.add(ParticipantFields(name: "Ana", city: "Lyon"))),
            .topics(.propose(TopicFields(title: "Bikes"))),
            .topics(.propose(TopicFields(title: "Buses"))),
            .voting(.open),
            .voting(.setRanking(ParticipantID(1), [TopicID(2), TopicID(1)])),
        ])
    }

    /// The Big List of Naughty Strings, from ../shared/testdata (one loader for every test).
    static var naughtyStrings: [String] { HostileStrings.all }

    /// A session whose every text field is a naughty string.
    static func hostile() throws -> Session {
        var ops: [Operation] = []
        let strings = naughtyStrings
        for (i, s) in strings.enumerated() {
            // Names must be unique and non-empty after cleaning; suffix the index.
            ops.append(.people(.add(ParticipantFields(name: "\(s) \(i)", city: "\(s)·\(i)", organization: s, role: s))))
        }
        for (i, s) in strings.enumerated() where i % 3 == 0 {
            ops.append(.topics(.propose(TopicFields(title: "\(s) #\(i)", description: s))))
        }
        for (i, s) in strings.enumerated() where i % 5 == 0 {
            ops.append(.work(.addExperience(ExperienceFields(city: "\(s)c\(i)", title: "\(s)t\(i)", challenge: s, action: s, result: s, tags: [s, "\(s)x"]))))
            ops.append(.work(.addProject(ProjectFields(title: "\(s)p\(i)", leadCity: "\(s)l\(i)", question: s, partnerCities: [s],
                                                       interestedCities: [s + "i"], description: s, themes: [s],
                                                       activities: [Activity(text: "\(s)a\(i)", owner: s)], nextSteps: [s]))))
        }
        // All of them in one field: a paragraph holds them (a one-line venue holds 500 characters).
        ops.append(.topics(.propose(TopicFields(title: "Every naughty string", description: strings.joined(separator: " ")))))
        var meeting = meeting
        meeting.venue = String(String.UnicodeScalarView(strings.joined(separator: " ").unicodeScalars.prefix(TextLimit.line.maxLength)))
        ops.append(.setup(.editMeeting(meeting)))
        return try build(ops)
    }
}
