import AgoraCore
import AgoraTestSupport
import Testing

/// The rules behind what a first-time facilitator stumbled over in the room (issue 12).
@Suite("Room rules")
struct RoomRulesTests {
    let ana = ParticipantID(1), bo = ParticipantID(2), chen = ParticipantID(3), dina = ParticipantID(4)
    let data = TopicID(1), green = TopicID(2), talent = TopicID(3)
    let round1 = RoundID(1)

    // MARK: Counted nouns (item 4)

    @Test func aCountedNounTakesTheSingularForOneOnlyInEnglish() {
        #expect(CountedNoun.city(1) == "1 city")
        #expect(CountedNoun.city(2) == "2 cities")
        #expect(CountedNoun.city(0) == "0 cities")
        #expect(CountedNoun.ballot(1) == "1 ballot")
        #expect(CountedNoun.experience(1) == "1 experience")
        #expect(CountedNoun.project(1) == "1 project")
        #expect(CountedNoun.activity(1) == "1 activity")
        #expect(CountedNoun.activity(3) == "3 activities")
        #expect(CountedNoun.person(1) == "1 person")
        #expect(CountedNoun.person(14) == "14 people")
        #expect(VotingMethod.approval.countedUnit(1) == "1 approval")
    }

    @Test func frenchUsesTheSingularForZeroAndOne() {
        let ville = CountedNoun("ville", "villes", rule: .french)
        #expect(ville(0) == "0 ville")
        #expect(ville(1) == "1 ville")
        #expect(ville(2) == "2 villes")
        #expect(CountedNoun("ciudad", "ciudades", rule: .spanish)(0) == "0 ciudades")
        #expect(ville.noun(for: 1) == "ville")
    }

    @Test func aVerbAgreesWithItsCountedSubjectByTheSameRule() {
        #expect(CountedNoun.group(1, .breaks) == "1 group breaks")
        #expect(CountedNoun.group(2, .breaks) == "2 groups break")
        #expect(CountedNoun.group(0, .breaks) == "0 groups break")
        let groupe = CountedNoun("groupe", "groupes", rule: .french), enfreint = CountedVerb("enfreint", "enfreignent")
        #expect(groupe(0, enfreint) == "0 groupe enfreint")
        #expect(groupe(3, enfreint) == "3 groupes enfreignent")
    }

    @Test func summariesCountWithTheRule() {
        var s = Fixture.session()
        s.must(.plan(.setSelection([data])))
        #expect(s.log.last?.text == "Selected 1 topic")
        s.must(.plan(.setSchedule([Slot(round: round1, room: RoomID(1), topic: data)])))
        #expect(s.log.last?.text == "Planned 1 topic in 1 round")
        s.must(.groups(.setGroups(round1, [Assignment(round: round1, participant: ana, topic: data)])))
        #expect(s.log.last?.text == "Formed 1 group for 1 person in round 1; warning: “Data mining for SMEs” has 1 person; groups have at least 2")
    }

    // MARK: A merge and the cap per topic (item 12)

    @Test func aMergeCapsTheKeptTopicAndGivesTheSurplusBack() {
        var s = Fixture.session()   // 5 dots, at most 3 per topic
        s.must(.voting(.addDots(ana, data, count: 2)))
        s.must(.voting(.addDots(ana, talent, count: 2)))
        s.must(.voting(.addDots(bo, talent, count: 1)))
        s.must(.topics(.merge(talent, into: data)))
        #expect(s.ballot(of: ana)?.dots == [DotMark(topic: data, count: 3)])
        #expect(s.ballot(of: bo)?.dots == [DotMark(topic: data, count: 1)])
        #expect(s.log.last?.text == "Merged topic 3 “Talent retention” into 1 “Data mining for SMEs”; Ana's dots capped at 3, 1 dot given back")
        // The dot given back can be placed elsewhere: Ana has 3 of 5 used.
        s.must(.voting(.addDots(ana, green, count: 2)))
        #expect(s.ballot(of: ana)?.dotsUsed == 5)
    }

    @Test func aMergeNamesEveryoneWhoGotDotsBack() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ana, data, count: 3)))
        s.must(.voting(.addDots(ana, talent, count: 1)))
        s.must(.voting(.addDots(bo, data, count: 2)))
        s.must(.voting(.addDots(bo, talent, count: 3)))
        s.must(.topics(.merge(talent, into: data)))
        #expect(s.ballot(of: bo)?.dots == [DotMark(topic: data, count: 3)])
        #expect(s.log.last?.text == "Merged topic 3 “Talent retention” into 1 “Data mining for SMEs”; dots capped at 3 per topic, 3 dots given back (1 to Ana, 2 to Bo)")
    }

    @Test func withoutACapAMergeStacksEveryDot() {
        var s = Fixture.session()
        s.must(.setup(.setVotingRules(VotingRules(method: .dots, dotsPerParticipant: 5, capPerTopic: nil))))
        s.must(.voting(.addDots(ana, data, count: 3)))
        s.must(.voting(.addDots(ana, talent, count: 2)))
        s.must(.topics(.merge(talent, into: data)))
        #expect(s.ballot(of: ana)?.dots == [DotMark(topic: data, count: 5)])
        #expect(s.log.last?.text == "Merged topic 3 “Talent retention” into 1 “Data mining for SMEs”")
    }

    @Test func anApprovalOfBothMergedTopicsCountsOnce() {
        var s = Fixture.session()
        s.must(.setup(.setVotingRules(VotingRules(method: .approval, dotsPerParticipant: 5, capPerTopic: nil))))
        s.must(.voting(.addDots(ana, data, count: 1)))
        s.must(.voting(.addDots(ana, talent, count: 1)))
        s.must(.voting(.addDots(bo, talent, count: 1)))
        s.must(.topics(.merge(talent, into: data)))
        #expect(s.ballot(of: ana)?.dots == [DotMark(topic: data, count: 1)])
        #expect(s.ballot(of: bo)?.dots == [DotMark(topic: data, count: 1)])
        #expect(s.log.last?.text == "Merged topic 3 “Talent retention” into 1 “Data mining for SMEs”; Ana approved both, counted once")
    }

    // MARK: Group rules that groups break (item 12)

    /// Fixture people plus Eva (Bordeaux); data and green planned in round 1.
    func grouped() -> Session {
        var s = Fixture.session()
        s.must(.people(.add(ParticipantFields(name: "Eva", city: "Bordeaux"))))
        s.must(.plan(.setSelection([data, green])))
        s.must(.plan(.place(data, round: round1, room: RoomID(1), pinned: false)))
        s.must(.plan(.place(green, round: round1, room: RoomID(3), pinned: false)))
        s.must(.setup(.setGroupRules(GroupRules(minSize: 2, maxSize: nil, maxPerCity: 2))))
        s.must(.groups(.setGroups(round1, [
            Assignment(round: round1, participant: ana, topic: data),
            Assignment(round: round1, participant: bo, topic: data),
            Assignment(round: round1, participant: dina, topic: data),
            Assignment(round: round1, participant: chen, topic: green),
            Assignment(round: round1, participant: ParticipantID(5), topic: green),
        ])))
        return s
    }

    @Test func groupsWithinTheRulesBreakNothing() {
        #expect(grouped().groupRuleBreaches(in: round1).isEmpty)
    }

    @Test func aManualMoveThatBreaksARuleAppliesAndWarns() {
        var s = grouped()
        s.must(.groups(.move(ParticipantID(5), round: round1, topic: data, lock: false)))
        #expect(s.assignments.contains { $0.participant == ParticipantID(5) && $0.topic == data })
        #expect(s.groupRuleBreaches(in: round1).map(\.kind) == [
            .tooManyFromCity(city: "Bordeaux", count: 3, max: 2), .tooSmall(size: 1, min: 2),
        ])
        #expect(s.log.last?.text == "Moved Eva to “Data mining for SMEs” in round 1; warning: “Data mining for SMEs” has 3 people from Bordeaux; at most 2 per city; “Greentech encounters” has 1 person; groups have at least 2")
    }

    @Test func aMoveThatKeepsTheRulesSaysNothingMore() {
        var s = grouped()
        s.must(.groups(.move(bo, round: round1, topic: green, lock: true)))
        #expect(s.log.last?.text == "Moved Bo to “Greentech encounters” in round 1 (locked)")
    }

    @Test func changingTheRulesFlagsGroupsThatAlreadyBreakThem() {
        var s = grouped()
        s.must(.setup(.setGroupRules(GroupRules(minSize: 2, maxSize: 2, maxPerCity: 1))))
        let kinds = s.groupRuleBreaches(in: round1).map(\.kind)
        #expect(kinds == [.tooLarge(size: 3, max: 2, isRoomSize: false),
                          .tooManyFromCity(city: "Bordeaux", count: 2, max: 1)])
        #expect(s.log.last?.text == "Groups: 2–2 people, at most 1 per city; warning, groups formed before break them: round 1: “Data mining for SMEs” has 3 people; groups have at most 2; “Data mining for SMEs” has 2 people from Bordeaux; at most 1 per city")
    }

    @Test func withoutAMaximumARoomsSeatsBoundTheGroup() {
        var s = grouped()
        s.must(.setup(.editRoom(RoomID(3), name: "Saint-Michel", capacity: 1)))
        let breach = s.groupRuleBreaches(in: round1).first
        #expect(breach?.kind == .tooLarge(size: 2, max: 1, isRoomSize: true))
        #expect(breach.map { $0.message(in: s) } == "“Greentech encounters” has 2 people; its room has 1 seat")
    }

    // MARK: Cities (item 13)

    func withCities(_ cities: [String]) -> Session {
        var s = Fixture.emptySession()
        for (i, city) in cities.enumerated() { s.must(.people(.add(ParticipantFields(name: "P\(i)", city: city)))) }
        return s
    }

    @Test func knownCitiesCompleteWhatIsTyped() {
        let s = withCities(["Nairobi", "Nantes", "Bordeaux", "Montréal", "서울", "Séoul"])
        #expect(s.cityCompletions(for: "na") == ["Nairobi", "Nantes"])
        #expect(s.cityCompletions(for: "MONTRE") == ["Montréal"])
        #expect(s.cityCompletions(for: "seo") == ["Séoul"])
        #expect(s.cityCompletions(for: "서") == ["서울"])
        #expect(s.cityCompletions(for: "").count == 6)
        #expect(s.cityCompletions(for: "Lyon").isEmpty)
    }

    @Test func aTypoOfAKnownCityIsCaught() {
        let s = withCities(["Nairobi", "Bordeaux", "Montréal", "서울특별시", "Lappeenranta"])
        #expect(s.closeKnownCity(to: "Nai") == "Nairobi")
        #expect(s.closeKnownCity(to: "Bordaux") == "Bordeaux")
        #expect(s.closeKnownCity(to: "Montreal") == nil)   // the same city, accents folded
        #expect(s.closeKnownCity(to: "montreall") == "Montréal")
        #expect(s.closeKnownCity(to: "Lapeenranta") == "Lappeenranta")
        #expect(s.closeKnownCity(to: "서울") == "서울특별시")
        #expect(s.closeKnownCity(to: "서울특벌시") == "서울특별시")
    }

    /// A known city typed in other case or without its accents is that city: its known
    /// spelling is what a new person gets ("saint-etienne" was counted as a second city).
    @Test func aKnownCityInAnotherSpellingIsThatCity() {
        let s = withCities(["Saint-Étienne", "Montréal", "Łódź"])
        #expect(s.knownSpelling(of: "saint-etienne") == "Saint-Étienne")
        #expect(s.knownSpelling(of: " MONTREAL ") == "Montréal")
        #expect(s.knownSpelling(of: "lodz") == "Łódź")
        #expect(s.knownSpelling(of: "Montréal") == nil)       // already written as known
        #expect(s.knownSpelling(of: "Lyon") == nil)           // new
        #expect(s.knownSpelling(of: "") == nil)
    }

    @Test func aDifferentCityIsNotATypo() {
        let s = withCities(["Nairobi", "Bordeaux", "Lima", "서울"])
        #expect(s.closeKnownCity(to: "Lyon") == nil)
        #expect(s.closeKnownCity(to: "Lille") == nil)
        #expect(s.closeKnownCity(to: "Nantes") == nil)
        #expect(s.closeKnownCity(to: "부산") == nil)
        #expect(s.closeKnownCity(to: "N") == nil)
        #expect(s.closeKnownCity(to: "Bordeaux") == nil)
    }

    @Test func editDistanceCountsCharactersAsSeen() {
        #expect(EditDistance.between("bordaux", "bordeaux") == 1)
        #expect(EditDistance.between("séoul", "seoul") == 1)
        #expect(EditDistance.between("서울", "부산") == 2)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.between("", "abc") == 3)
    }

    // MARK: Similar topics (item 18)

    func withTopics(_ titles: [String]) -> Session {
        var s = Fixture.emptySession()
        for title in titles { s.must(.topics(.propose(TopicFields(title: title)))) }
        return s
    }

    @Test func titlesThatShareTheirWordsAreSimilar() {
        let s = withTopics(["Data mining for SMEs", "Urban mobility", "Talent retention", "Données ouvertes des villes",
                            "Open government"])
        func similar(_ title: String) -> [String] { s.similarTopics(to: title).map(\.title) }
        #expect(similar("Data-mining for small firms") == ["Data mining for SMEs"])
        #expect(similar("SME data mining") == ["Data mining for SMEs"])
        #expect(similar("Mobility") == ["Urban mobility"])
        #expect(similar("Talent retension") == ["Talent retention"])
        #expect(similar("Les données ouvertes") == ["Données ouvertes des villes"])
        #expect(similar("TALENT RETENTION") == ["Talent retention"])
    }

    @Test func titlesThatShareLittleAreNotSimilar() {
        let s = withTopics(["Data mining for SMEs", "Urban mobility", "Talent retention", "Open government"])
        func similar(_ title: String) -> [String] { s.similarTopics(to: title).map(\.title) }
        #expect(similar("Open data") == [])
        #expect(similar("Urban gardening") == [])
        #expect(similar("Mining heritage and tourism for young talent") == [])
        #expect(similar("for the and") == [])
        #expect(similar("Greentech encounters") == [])
    }

    @Test func mergedTopicsAndTheTopicItselfAreNotOffered() {
        var s = withTopics(["Data mining for SMEs", "Data mining for small firms"])
        #expect(s.similarTopics(to: "Data mining", except: TopicID(1)).map(\.id) == [TopicID(2)])
        s.must(.topics(.merge(TopicID(2), into: TopicID(1))))
        #expect(s.similarTopics(to: "Data mining for small firms").map(\.id) == [TopicID(1)])
    }

    // MARK: Backers vs seats (item 19)

    /// Rooms Garonne 10, Chartrons 8, Saint-Michel 6; `backers` people with a dot on each topic.
    func planned(backers: [TopicID: Int], places: [(TopicID, RoomID)]) -> Session {
        var s = Fixture.emptySession()
        s.must(.setup(.editRoom(RoomID(3), name: "Saint-Michel", capacity: 2)))
        for t in ["Data mining for SMEs", "Greentech encounters", "Talent retention"] {
            s.must(.topics(.propose(TopicFields(title: t))))
        }
        let most = backers.values.max() ?? 0
        for i in 0..<most { s.must(.people(.add(ParticipantFields(name: "P\(i)", city: "Bordeaux")))) }
        for (topic, n) in backers.sorted(by: { $0.key < $1.key }) {
            for i in 0..<n { s.must(.voting(.addDots(ParticipantID(i + 1), topic, count: 1))) }
        }
        s.must(.plan(.setSelection(places.map(\.0))))
        for (topic, room) in places { s.must(.plan(.place(topic, round: round1, room: room, pinned: false))) }
        return s
    }

    @Test func aTopicWithMoreBackersThanSeatsIsOfferedAFreeBiggerRoom() {
        let s = planned(backers: [data: 9, green: 1], places: [(data, RoomID(3)), (green, RoomID(2))])
        let shortages = s.seatShortages()
        #expect(shortages.map(\.slot.topic) == [data])
        #expect(shortages.first?.remedy == .move(to: RoomID(1)))
        #expect(shortages.first.map { $0.message(in: s) }
                == "“Data mining for SMEs” has 9 backers for 2 seats in Saint-Michel; Garonne (10 seats) is free in round 1")
    }

    @Test func withoutAFreeRoomASwapIsOffered() {
        let s = planned(backers: [data: 7, green: 1, talent: 2],
                        places: [(data, RoomID(3)), (green, RoomID(2)), (talent, RoomID(1))])
        let shortage = s.seatShortages().first
        // Greentech (1 backer) in Chartrons (8) leaves a seat to spare on both sides; Talent (2) in Garonne (10) none.
        #expect(shortage?.remedy == .swap(with: green, room: RoomID(2)))
        #expect(shortage.map { $0.message(in: s) }
                == "“Data mining for SMEs” has 7 backers for 2 seats in Saint-Michel; swap rooms with “Greentech encounters” in Chartrons")
    }

    @Test func whenNothingFitsTheShortageIsStillReported() {
        let s = planned(backers: [data: 9, green: 9, talent: 9],
                        places: [(data, RoomID(3)), (green, RoomID(2)), (talent, RoomID(1))])
        #expect(s.seatShortages().map(\.slot.topic) == [green, data])   // plan order: Chartrons is room 2
        #expect(s.seatShortages().last.map { $0.message(in: s) }
                == "“Data mining for SMEs” has 9 backers for 2 seats in Saint-Michel; no bigger room is free in round 1")
        #expect(planned(backers: [data: 2], places: [(data, RoomID(3))]).seatShortages().isEmpty)
    }

    // MARK: Who has not voted (item 17)

    @Test func turnoutCountsPresentPeopleWithABallot() {
        var s = Fixture.session()
        #expect(s.voterTurnout.summary == "0 of 4 voted")
        s.must(.voting(.addDots(ana, data, count: 1)))
        s.must(.voting(.addDots(chen, data, count: 1)))
        s.must(.people(.setPresent(chen, false)))
        let turnout = s.voterTurnout
        #expect(turnout.summary == "1 of 3 voted")
        #expect(turnout.notVoted.map(\.name) == ["Bo", "Dina"])
        s.must(.voting(.clearBallot(ana)))
        #expect(s.voterTurnout.notVoted.map(\.name) == ["Ana", "Bo", "Dina"])
    }

    // MARK: Merged topics are not topics (item 8)

    @Test func aMergedTopicIsNotCounted() {
        var s = Fixture.session()
        #expect(s.topicCount == 3)
        s.must(.topics(.merge(talent, into: data)))
        s.must(.topics(.withdraw(green)))
        #expect(s.topicCount == 2)
    }

    // MARK: The picker's matching (item 11)

    func people() -> Session {
        var s = Fixture.emptySession()
        for (name, city) in [("박지훈 (Park Ji-hoon)", "Seoul"), ("Ana María López", "Bogotá"), ("Ana", "Bordeaux"),
                             ("Parker Jones", "Nairobi"), ("Jean-Pierre Dupont", "Lyon"), ("Kim Ji-woo", "Busan")] {
            s.must(.people(.add(ParticipantFields(name: name, city: city))))
        }
        return s
    }

    @Test func thePickerMatchesANumberOrAnyWordOfTheName() {
        let s = people()
        func picked(_ typed: String) -> [String] { s.participants(matching: typed).map(\.name) }
        #expect(picked("4") == ["Parker Jones"])
        #expect(picked("#1") == ["박지훈 (Park Ji-hoon)"])
        #expect(picked("14") == [])
        #expect(picked("park") == ["Parker Jones", "박지훈 (Park Ji-hoon)"])
        #expect(picked("ji park") == ["박지훈 (Park Ji-hoon)"])
        #expect(picked("박") == ["박지훈 (Park Ji-hoon)"])
        #expect(picked("ana") == ["Ana", "Ana María López"])
        #expect(picked("lopez") == ["Ana María López"])
        #expect(picked("pierre") == ["Jean-Pierre Dupont"])
        #expect(picked("zz") == [])
        #expect(picked("").count == 6)
        #expect(picked("ji") == ["박지훈 (Park Ji-hoon)", "Kim Ji-woo"])
    }

    /// Letters with a stroke or written as a ligature fold as a keyboard without them types
    /// them: "luk" found no Łukasz (Unicode does not decompose Ł into L and an accent).
    @Test func lettersWithAStrokeAreTypedWithoutIt() throws {
        var s = Fixture.emptySession()
        for (name, city) in [("Łukasz Wróbel", "Kraków"), ("Søren Østergaard", "Aarhus"), ("Đorđe Petrović", "Beograd"),
                             ("Jörg Straße", "Köln"), ("Lætitia Cœur", "Lyon")] {
            s.must(.people(.add(ParticipantFields(name: name, city: city))))
        }
        func picked(_ typed: String) -> [String] { s.participants(matching: typed).map(\.name) }
        #expect(picked("luk") == ["Łukasz Wróbel"])
        #expect(picked("ŁUK") == ["Łukasz Wróbel"])
        #expect(picked("oster") == ["Søren Østergaard"])
        #expect(picked("dorde") == ["Đorđe Petrović"])
        #expect(picked("strasse") == ["Jörg Straße"])
        #expect(picked("laetitia") == ["Lætitia Cœur"])
        #expect(picked("coeur") == ["Lætitia Cœur"])
        #expect(try s.resolveParticipant("lukasz") == ParticipantID(1))
        #expect(TextRules.searchKey("Łódź") == TextRules.searchKey("lodz"))
    }

    @Test func theCommandLineMatchesByTheSameRule() throws {
        let s = people()
        #expect(try s.resolveParticipant("hoon") == ParticipantID(1))
        #expect(try s.resolveParticipant("lopez") == ParticipantID(2))
        #expect(try s.resolveParticipant("ana") == ParticipantID(3))
        #expect(try s.resolveParticipant("park") == ParticipantID(4))   // the start of a name wins
        #expect(try s.resolveParticipant("ji park") == ParticipantID(1))
        #expect(s.failureToResolve("ji")?.message == "“ji” matches 2 participants: 1 박지훈 (Park Ji-hoon), 6 Kim Ji-woo")
        #expect(s.failureToResolve("zz")?.message == "No participant is called “zz”")
    }
}

extension Session {
    func failureToResolve(_ reference: String) -> AgoraError? {
        do { _ = try resolveParticipant(reference); return nil } catch { return error as? AgoraError }
    }
}
