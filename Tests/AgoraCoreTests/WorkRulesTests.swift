import AgoraCore
import AgoraTestSupport
import Testing

@Suite("Experiences and projects")
struct WorkRulesTests {
    @Test func aProjectNeedsATitleAndALeadCityAndCitiesAreListedOnce() {
        var s = Fixture.session()
        #expect(s.failure(of: .work(.addProject(ProjectFields(title: " ", leadCity: "Bordeaux"))))?.message
                == "A project needs a title")
        #expect(s.failure(of: .work(.addProject(ProjectFields(title: "Spaces", leadCity: ""))))?.message
                == "Project “Spaces” needs a lead city")
        s.must(.work(.addProject(ProjectFields(title: "Spaces", leadCity: "Lappeenranta",
                                               partnerCities: ["Barcelona", "lappeenranta", "Barcelona ", ""],
                                               interestedCities: ["Rabat", "barcelona"]))))
        let p = s.projects[0]
        #expect(p.partnerCities == ["Barcelona"])
        #expect(p.interestedCities == ["Rabat"])
        #expect(p.allCities == ["Lappeenranta", "Barcelona", "Rabat"])
    }

    @Test func anActivityNeedsTextAndASaneCadence() {
        var s = Fixture.session()
        s.must(.work(.addProject(ProjectFields(title: "Grand Junction", leadCity: "Bordeaux"))))
        #expect(s.failure(of: .work(.addActivity(ProjectID(1), Activity(text: ""))))?.message
                == "Activity 1 of “Grand Junction” needs a description")
        #expect(s.failure(of: .work(.addActivity(ProjectID(1), Activity(text: "Call", cadence: Cadence(every: 0, unit: .month)))))?.message
                == "Activity “Call” repeats every 0 months; use 1 to 120")
    }

    @Test func promotingAnExperienceStartsAProjectThatLinksBack() {
        var s = Fixture.session()
        s.must(.work(.addExperience(ExperienceFields(city: "Bordeaux", title: "Grand Junction encounters",
                                                     challenge: "Traditional firms miss digital growth",
                                                     action: "Encounters on three themes", result: "Growth",
                                                     tags: ["digital", "Digital", "SMEs"], origin: Origin(topic: TopicID(1))))))
        #expect(s.experiences[0].tags == ["digital", "SMEs"])
        s.must(.work(.promoteExperience(ExperienceID(1))))
        let p = s.projects[0]
        #expect(p.title == "Grand Junction encounters")
        #expect(p.leadCity == "Bordeaux")
        #expect(p.question == "Traditional firms miss digital growth")
        #expect(p.status == .idea)
        #expect(p.origins == ProjectOrigins(topics: [TopicID(1)], experiences: [ExperienceID(1)]))
        s.must(.work(.removeExperience(ExperienceID(1))))
        #expect(s.projects[0].origins.experiences.isEmpty)
    }

    @Test func originsMustExist() {
        let s = Fixture.session()
        #expect(s.failure(of: .work(.addExperience(ExperienceFields(city: "Rabat", title: "X", origin: Origin(topic: TopicID(9))))))?.message
                == "There is no topic 9")
        #expect(s.failure(of: .work(.addExperience(ExperienceFields(city: "", title: "X"))))?.message
                == "Experience “X” needs the city that lived it")
    }
}

@Suite("Undo and redo")
struct HistoryTests {
    @Test func undoRestoresTheExactStateBeforeAndRedoReapplies() throws {
        var h = SessionHistory(Fixture.session())
        let before = h.session
        try h.apply(.voting(.addDots(ParticipantID(1), TopicID(1), count: 2)), at: Fixture.date)
        let after = h.session
        #expect(h.undoSummary == "Ana placed 2 dots on “Data mining for SMEs”")
        #expect(try h.undo(at: Fixture.date) == "Ana placed 2 dots on “Data mining for SMEs”")
        var expected = before
        expected.log.append(LogEntry(at: Fixture.date, text: "Undid: Ana placed 2 dots on “Data mining for SMEs”"))
        #expect(h.session == expected)
        try h.redo(at: Fixture.date)
        #expect(h.session.ballots == after.ballots)
        #expect(h.canRedo == false)
    }

    @Test func aNewChangeClearsRedoAndEmptyHistoriesSaySo() throws {
        var h = SessionHistory(Fixture.session())
        #expect(throws: AgoraError(.history, "Nothing to undo")) { try h.undo(at: Fixture.date) }
        try h.apply(.topics(.withdraw(TopicID(3))), at: Fixture.date)
        try h.undo(at: Fixture.date)
        try h.apply(.topics(.withdraw(TopicID(2))), at: Fixture.date)
        #expect(throws: AgoraError(.history, "Nothing to redo")) { try h.redo(at: Fixture.date) }
    }

    @Test func aFailedOperationLeavesHistoryAndStateAlone() throws {
        var h = SessionHistory(Fixture.session())
        let before = h.session
        #expect(throws: AgoraError.self) { try h.apply(.people(.remove(ParticipantID(42))), at: Fixture.date) }
        #expect(h.session == before)
        #expect(h.canUndo == false)
    }

    @Test func depthIsBounded() throws {
        var h = SessionHistory(Fixture.emptySession(), depth: 3)
        for i in 0..<5 { try h.apply(.people(.add(ParticipantFields(name: "P\(i)", city: "C"))), at: Fixture.date) }
        for _ in 0..<3 { try h.undo(at: Fixture.date) }
        #expect(h.canUndo == false)
        #expect(h.session.participants.count == 2)
    }
}

@Suite("Naming things")
struct ReferenceTests {
    @Test func byNumberByPrefixAndAmbiguity() throws {
        var s = Fixture.session()
        s.must(.people(.add(ParticipantFields(name: "Anabel", city: "Rabat"))))
        s.must(.people(.add(ParticipantFields(name: "Ángela", city: "Bogotá"))))
        #expect(try s.resolveParticipant("3") == ParticipantID(3))
        #expect(try s.resolveParticipant("#2") == ParticipantID(2))
        #expect(try s.resolveParticipant("ana") == ParticipantID(1))  // exact wins over Anabel
        #expect(try s.resolveParticipant("anab") == ParticipantID(5))
        #expect(try s.resolveParticipant("ange") == ParticipantID(6))  // accents ignored
        #expect(throws: AgoraError(.ambiguous, "“an” matches 3 participants: 1 Ana, 5 Anabel, 6 Ángela",
                                   hint: "Type more letters or use the number")) { try s.resolveParticipant("an") }
        #expect(throws: AgoraError(.notFound, "There is no participant 42")) { try s.resolveParticipant("42") }
        #expect(throws: AgoraError(.notFound, "No participant is called “Zoe”",
                                   hint: "Use the number shown by `agora show`, or the start of the name")) {
            try s.resolveParticipant("Zoe")
        }
    }

    @Test func activeTopicsAreFoundFirst() throws {
        var s = Fixture.session()
        s.must(.topics(.withdraw(TopicID(1))))
        s.must(.topics(.propose(TopicFields(title: "Data mining for SMEs"))))
        #expect(try s.resolveTopic("data") == TopicID(4))
        #expect(try s.resolveTopic("1") == TopicID(1))
        #expect(try s.resolveRound("2") == RoundID(2))
        #expect(throws: AgoraError(.notFound, "There is no round 3", hint: "Rounds are numbered 1 to 2")) { try s.resolveRound("3") }
    }
}

/// Cadences as people write them, in English, French and Spanish, and given exactly.
@Suite("Activity cadences")
struct ActivityCadenceTests {
    @Test(arguments: [
        ("Online exchange every four months", 4, CadenceUnit.month), ("every 4 months", 4, .month), ("monthly call", 1, .month),
        ("quarterly report", 3, .month), ("Forum twice a year", 6, .month), ("a call 4 times a year", 3, .month),
        ("Échange en ligne tous les quatre mois", 4, .month), ("rencontre chaque année", 1, .year),
        ("atelier deux fois par an", 6, .month), ("réunion trimestrielle", 3, .month), ("appel toutes les deux semaines", 2, .week),
        ("Intercambio en línea cada cuatro meses", 4, .month), ("foro todos los años", 1, .year), ("dos veces al año", 6, .month),
        ("llamada semanal", 1, .week), ("informe cada 2 años", 2, .year),
    ])
    func recognized(_ text: String, _ every: Int, _ unit: CadenceUnit) {
        #expect(ActivityText.cadence(in: text) == Cadence(every: every, unit: unit), "\(text)")
    }

    @Test func wordsThatAreNotCadences() {
        for text in ["Large-scale forum on Grand Junction", "Online compendium of good practices", "three times in a row",
                     "tous les partenaires", "cada ciudad", "seven times a year"] {
            #expect(ActivityText.cadence(in: text) == nil, "\(text)")
        }
    }

    @Test func kindsAreGuessedInFrenchAndSpanishToo() {
        #expect(ActivityText.parse("Échange en ligne tous les quatre mois").kind == .exchange)
        #expect(ActivityText.parse("Foro de las ciudades").kind == .event)
        #expect(ActivityText.parse("Atelier de mentorat").kind == .mentoring)
        #expect(ActivityText.parse("Guía de buenas prácticas").kind == .publication)
    }

    @Test func exactCadencesAndTheirMessages() throws {
        #expect(try ActivityText.exactCadence("4 months") == Cadence(every: 4, unit: .month))
        #expect(try ActivityText.exactCadence("deux semaines") == Cadence(every: 2, unit: .week))
        #expect(try ActivityText.exactCadence("1 año") == Cadence(every: 1, unit: .year))
        #expect(try ActivityText.exactCadence("month") == Cadence(every: 1, unit: .month))
        do { _ = try ActivityText.exactCadence("often"); Issue.record("accepted") } catch let error as AgoraError {
            #expect(error.description == "“often” is not a cadence. Write a number and weeks, months or years, e.g. 4 months")
        }
        #expect(throws: AgoraError.self) { try ActivityText.exactCadence("500 weeks") }
    }
}
