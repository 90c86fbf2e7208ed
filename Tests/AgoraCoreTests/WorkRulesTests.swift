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
        #expect(p.question == "")                                    // the challenge is not the question
        #expect(p.description == "Challenge: Traditional firms miss digital growth\n\nWhat was done: Encounters on three themes\n\nResult: Growth")
        #expect(p.status == .candidate)                              // the default of every new project
        #expect(p.themes == ["digital", "SMEs"])
        #expect(p.origins == ProjectOrigins(topics: [TopicID(1)], experiences: [ExperienceID(1)]))
        // One way to make a project: promoting gives what recording the mapped fields gives.
        var recorded = s
        recorded.must(.work(.removeProject(p.id)))
        recorded.must(.work(.addProject(.promoting(s.experiences[0]))))
        #expect(recorded.projects[0].fields == p.fields)
        s.must(.work(.removeExperience(ExperienceID(1))))
        #expect(s.projects[0].origins.experiences.isEmpty)
    }

    /// Editing or removing one activity keeps every field of the others (issue 13 item 4).
    @Test func editingOrRemovingAnActivityKeepsEveryFieldOfTheOthers() {
        var s = Fixture.session()
        s.must(.work(.addProject(ProjectFields(title: "Grand Junction", leadCity: "Bordeaux"))))
        let call = Activity(kind: .exchange, text: "Call every 4 months", cadence: Cadence(every: 4, unit: .month),
                            due: CalendarDate("2013-09-01"), end: CalendarDate("2014-12-31"), owner: "Bordeaux")
        let forum = Activity(kind: .event, text: "Forum", due: CalendarDate("2014-03-12"), owner: "Lappeenranta")
        let guide = Activity(kind: .publication, text: "Guide", due: CalendarDate("2014-06-01"), owner: "Ana")
        for a in [call, forum, guide] { s.must(.work(.addActivity(ProjectID(1), a))) }
        var edited = forum
        edited.text = "Business forum"; edited.kind = .other; edited.owner = "Guangzhou"
        edited.cadence = Cadence(every: 1, unit: .year); edited.due = CalendarDate("2014-04-01"); edited.end = CalendarDate("2016-04-01")
        s.must(.work(.editActivity(ProjectID(1), activity: 2, edited)))
        #expect(s.log.last?.text == "Edited activity 2 of “Grand Junction”: Business forum")
        var numbered = [call, edited, guide]
        for i in numbered.indices { numbered[i].id = i + 1 }
        #expect(s.projects[0].activities == numbered)
        s.must(.work(.removeActivity(ProjectID(1), activity: 1)))
        #expect(s.projects[0].activities == [numbered[1], numbered[2]])
        #expect(s.failure(of: .work(.removeActivity(ProjectID(1), activity: 1)))?.message == "“Grand Junction” has no activity 1")
        #expect(s.failure(of: .work(.removeActivity(ProjectID(1), activity: 1)))?.hint == "Its activities are numbered 2, 3")
        var backwards = guide
        backwards.end = CalendarDate("2014-01-01")
        #expect(s.failure(of: .work(.editActivity(ProjectID(1), activity: 3, backwards)))?.message
                == "Activity “Guide” ends on 2014-01-01, before it starts on 2014-06-01")
        s.must(.work(.addActivity(ProjectID(1), Activity(text: "Visit"))))
        #expect(s.projects[0].activities.map(\.id) == [2, 3, 4])     // a removed number is not reused while a higher one lives
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

    /// A kind typed in French or Spanish is the same kind; anything else says what to type.
    @Test func kindsAreTypedInEachLanguage() throws {
        for (typed, kind) in [("Échange", ActivityKind.exchange), ("intercambio", .exchange), ("évènement", .event),
                              ("Événement", .event), ("evento", .event), ("publicación", .publication), ("publication", .publication),
                              ("mentorat", .mentoring), ("Mentoría", .mentoring), ("autre", .other), ("otra", .other), (" event ", .event)] {
            #expect(try ActivityText.kind(typed: typed) == kind, "\(typed)")
        }
        let error = try #require(throws: AgoraError.self) { try ActivityText.kind(typed: "fiesta") }
        #expect(error.message == "“fiesta” is not a kind of activity")
        #expect(error.hint == "Use one of exchange, event, publication, mentoring, other")
    }

    /// A kind as the activity form shows it, in each language (« échange », not "exchange" in a
    /// French form), reads back as the same kind; the hint lists them in the language.
    @Test(arguments: Language.allCases) func aKindShownReadsBack(language: Language) throws {
        for kind in ActivityKind.allCases {
            #expect(try ActivityText.kind(typed: ActivityText.kindName(kind, in: language)) == kind, "\(language) \(kind)")
        }
        #expect(ActivityText.kindChoices(in: .fr) == "échange, événement, publication, mentorat, autre")
        #expect(ActivityText.kindChoices(in: .es) == "intercambio, evento, publicación, mentoría, otro")
    }

    /// A cadence as a form shows it for editing, in each language, reads back as the same cadence.
    @Test(arguments: Language.allCases) func aCadenceTypedReadsBack(language: Language) throws {
        for unit in CadenceUnit.allCases {
            for every in [1, 2, 4, 120] {
                let typed = ActivityText.typed(Cadence(every: every, unit: unit), in: language)
                #expect(try ActivityText.exactCadence(typed) == Cadence(every: every, unit: unit), "\(typed)")
            }
        }
        #expect(ActivityText.typed(Cadence(every: 4, unit: .month), in: .fr) == "4 mois")
        #expect(ActivityText.typed(Cadence(every: 1, unit: .year), in: .es) == "1 año")
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
        // A count too long for an Int is out of range, as 500 is.
        let huge = try #require(throws: AgoraError.self) { try ActivityText.exactCadence("99999999999999999999 meses") }
        #expect(huge.message == "“99999999999999999999 meses”: a cadence repeats every 1 to 120 months")
    }

    /// A sign or a fraction is not dropped to leave a cadence: "-4 months" was read as every 4 months.
    @Test func aCadenceWithASignOrAFractionIsRefused() {
        for text in ["-4 months", "−4 months", "+4 months", "4.5 months", "4,5 mois", "4 months!"] {
            do { _ = try ActivityText.exactCadence(text); Issue.record("accepted \(text)") } catch let error as AgoraError {
                #expect(error.description == "“\(text)” is not a cadence. Write a number and weeks, months or years, e.g. 4 months")
            } catch { Issue.record("\(error)") }
        }
    }

    /// A date of the right shape that is no day says why, not that its shape is wrong.
    @Test func aDateThatDoesNotExistSaysWhy() throws {
        let cases = [
            ("2026-02-30", "“2026-02-30” is not a date: 2026-02 has 28 days"),
            ("2024-02-30", "“2024-02-30” is not a date: 2024-02 has 29 days"),
            ("2026-04-31", "“2026-04-31” is not a date: 2026-04 has 30 days"),
            ("2026-13-01", "“2026-13-01” is not a date: months run from 01 to 12"),
            ("0000-01-01", "“0000-01-01” is not a date: years run from 0001 to 9999"),
            ("2026-2-3", "“2026-2-3” is not a date of the form YYYY-MM-DD"),
        ]
        for (text, message) in cases {
            do { _ = try ActivityText.date(typed: text); Issue.record("accepted \(text)") } catch let error as AgoraError {
                #expect(error.description == message + ". Write e.g. 2014-09-30, or leave it empty (none) for no date")
            } catch { Issue.record("\(error)") }
        }
        #expect(try ActivityText.date(typed: "2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
    }

    /// The editing line of a project's activities reads back to the same activities, even when
    /// a mark joins a ";" to its neighbour in one character (found by the fuzzer: U+0601 before ";").
    @Test func theActivitiesLineReadsBackWhateverMarksTouchTheSemicolon() {
        for text in ["\u{601}\0\u{0B};i", "call\u{601};forum", "a;\u{301}b; c", "x ;\u{301} y", "Forum; Guide"] {
            let list = ActivityText.list(text, keeping: [])
            #expect(ActivityText.list(ActivityText.line(list), keeping: list) == list, "\(text.debugDescription)")
        }
        #expect(ActivityText.list("call\u{601};forum", keeping: []).map(\.text) == ["call\u{601}", "forum"])
    }
}
