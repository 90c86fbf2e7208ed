import AgoraCore
import AgoraTestSupport
import Foundation
import PropertyBased
import Testing

/// Every count, size and time has one range (``DomainRange``), which the reducer enforces
/// with a message naming the field and the range; nothing computed from them can overflow.
@Suite("Domain ranges")
struct DomainRangeTests {
    /// How many random runs a property takes: few on CI, more when a developer asks
    /// (`AGORA_PROPERTY_COUNT=5000 swift test --filter DomainRange`).
    static var runs: Int { TestEffort.runs(ci: 40, local: 150) }

    static let refusals: [(String, AgoraCore.Operation, String)] = [
        ("capacity", .setup(.addRoom(name: "Hall", capacity: 10_001)), "A room's capacity is 1 to 10000 seats (got 10001)"),
        ("capacity max", .setup(.editRoom(RoomID(1), name: "Hall", capacity: .max)),
         "A room's capacity is 1 to 10000 seats (got 9223372036854775807)"),
        ("round", .setup(.addRound(start: ClockTime(hour: 9, minute: 0)!, minutes: 1_441)),
         "A round lasts between 1 minute and 24 hours (got 1441 min)"),
        ("dots", .setup(.setVotingRules(VotingRules(dotsPerParticipant: 1_001, capPerTopic: 3))),
         "The dots per participant is 1 to 1000 (got 1001)"),
        ("cap", .setup(.setVotingRules(VotingRules(dotsPerParticipant: 5, capPerTopic: .max))),
         "The cap per topic is 1 to 1000 (got 9223372036854775807)"),
        ("min", .setup(.setGroupRules(GroupRules(minSize: 10_001))), "The smallest group size is 0 to 10000 people (got 10001)"),
        ("max", .setup(.setGroupRules(GroupRules(minSize: 9, maxSize: .max))),
         "The largest group size is 1 to 10000 people (got 9223372036854775807)"),
        ("per city", .setup(.setGroupRules(GroupRules(maxPerCity: 10_001))), "The limit per city is 1 to 10000 people (got 10001)"),
        ("add dots", .voting(.addDots(ParticipantID(1), TopicID(1), count: .max)),
         "A number of dots is 1 to 1000 (got 9223372036854775807)"),
        ("remove dots", .voting(.removeDots(ParticipantID(1), TopicID(1), count: .max)),
         "A number of dots is 1 to 1000 (got 9223372036854775807)"),
        ("wall", .voting(.setWallCount(TopicID(1), count: .max)), "A wall count is 0 to 1000000 (got 9223372036854775807)"),
        ("cadence", .work(.addProject(ProjectFields(title: "P", leadCity: "Rabat", activities: [
            Activity(text: "Visits", cadence: Cadence(every: 121, unit: .month))]))),
         "Activity “Visits” repeats every 121 months; use 1 to 120"),
        ("long name", .people(.add(ParticipantFields(name: String(repeating: "a", count: 501), city: "Rabat"))),
         "A participant's name is at most 500 characters (got 501)"),
        ("long description", .topics(.propose(TopicFields(title: "T", description: String(repeating: "é", count: 20_001)))),
         "A topic's description is at most 20000 characters (got 20001)"),
        ("long tag", .work(.addExperience(ExperienceFields(city: "Rabat", title: "E", tags: [String(repeating: "t", count: 600)]))),
         "An item of an experience's tags is at most 500 characters (got 600)"),
    ]

    @Test(arguments: refusals.map(\.0))
    func theReducerRefusesOutOfRangeValues(_ name: String) throws {
        let (_, op, message) = Self.refusals.first { $0.0 == name }!
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 1)))
        let error = try #require(s.failure(of: op))
        #expect(error.kind == .invalid)
        #expect(error.message == message)
    }

    @Test func theEdgesThemselvesAreAccepted() {
        var s = Fixture.session()
        s.must(.setup(.addRoom(name: "Hall", capacity: 10_000)))
        s.must(.setup(.addRound(start: ClockTime(hour: 0, minute: 0)!, minutes: 1_440)))
        s.must(.setup(.setVotingRules(VotingRules(dotsPerParticipant: 1_000, capPerTopic: 1_000))))
        s.must(.setup(.setGroupRules(GroupRules(minSize: 0, maxSize: 10_000, maxPerCity: 10_000))))
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 1_000)))
        s.must(.voting(.setWallCount(TopicID(1), count: 1_000_000)))
        s.must(.people(.add(ParticipantFields(name: String(repeating: "a", count: 500), city: "Rabat"))))
        let top = Tally.results(of: s).first
        #expect(top?.dots == 1_001_000)
    }

    /// A number typed in a form: one too long for an `Int` says the field's range, like one
    /// that fits but is outside it, instead of "type a whole number".
    @Test func aTypedNumberTooLongForAnIntSaysTheRange() throws {
        #expect(try DomainRange.capacity.reading("20") == 20)
        #expect(try DomainRange.capacity.reading("-5") == -5)          // fits: the reducer says the range
        #expect(try DomainRange.capacity.reading("+7") == 7)
        for notANumber in ["", "twenty", "2.5", "1e3", "-", "+", "١٢", " 12", "12 ", "--1"] {
            #expect(try DomainRange.capacity.reading(notANumber) == nil, "\(notANumber.debugDescription)")
        }
        for (text, message) in [
            ("99999999999999999999", "A room's capacity is 1 to 10000 seats (got 99999999999999999999)"),
            ("-99999999999999999999", "A room's capacity is 1 to 10000 seats (got -99999999999999999999)"),
            ("+9223372036854775808", "A room's capacity is 1 to 10000 seats (got +9223372036854775808)"),
        ] {
            let error = try #require(throws: AgoraError.self) { try DomainRange.capacity.reading(text) }
            #expect(error.kind == .invalid)
            #expect(error.message == message)
        }
        let error = try #require(throws: AgoraError.self) { try DomainRange.wallCount.reading("18446744073709551616") }
        #expect(error.message == "A wall count is 0 to 1000000 (got 18446744073709551616)")
    }

    @Test func roomsAndRoundsAreCounted() {
        var s = Fixture.emptySession()
        for i in s.rooms.count..<200 { s.must(.setup(.addRoom(name: "R\(i)", capacity: 5))) }
        #expect(s.failure(of: .setup(.addRoom(name: "One more", capacity: 5)))?.message == "The number of rooms is at most 200")
        for _ in s.rounds.count..<50 { s.must(.setup(.addRound(start: ClockTime(hour: 9, minute: 0)!, minutes: 30))) }
        #expect(s.failure(of: .setup(.addRound(start: ClockTime(hour: 9, minute: 0)!, minutes: 30)))?.message
            == "The number of rounds is at most 50")
    }

    @Test func usedUpIdsAreRefusedNotWrapped() {
        var s = Fixture.session()
        s.nextIDs.participant = DomainRange.id.bounds.upperBound
        s.must(.people(.add(ParticipantFields(name: "Last", city: "Rabat"))))
        #expect(s.participants.last?.id == ParticipantID(1_000_000_000))
        #expect(s.failure(of: .people(.add(ParticipantFields(name: "Next", city: "Rabat"))))?.message
            == "No participant numbers are left (the largest is 1000000000)")
    }

    /// Regression (issue 9, finding 1): a round length or a start shift of 2^63−1 minutes
    /// crashed `ClockTime.adding(minutes:)`.
    @Test func clockTimeAddsAnyNumberOfMinutes() {
        let nine = ClockTime(hour: 9, minute: 0)!
        #expect(nine.adding(minutes: .max).minutesSinceMidnight == (540 + Int.max % 1440) % 1440)
        #expect(nine.adding(minutes: .min).minutesSinceMidnight == ((540 + Int.min % 1440) % 1440 + 1440) % 1440)
        #expect(nine.adding(minutes: -600).description == "23:00")
        #expect(Round(id: RoundID(1), start: nine, minutes: .max).end == nine.adding(minutes: .max))
    }

    /// Regression (issue 9, finding 1): a wall count of 2^63−1 next to a ballot crashed every
    /// verb that tallies. The reducer now refuses it; a session built around the reducer
    /// still tallies without trapping.
    @Test func theTallyDoesNotTrapOnHugeCounts() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(1), count: 2)))
        s.wallCounts = [WallCount(topic: TopicID(1), count: .max)]
        #expect(Tally.results(of: s).first?.dots == .max)
        #expect(Tally.results(of: s).first?.ballotPoints == 2)
    }

    /// Random operations with extreme numbers and huge texts, mixed with ordinary ones, never
    /// crash the reducer or the engines, and every state they leave is within the ranges.
    @Test func extremeOperationsNeverCrash() async {
        let steps = Gen.int(in: Int.min...Int.max).array(of: 4).array(of: 1...40)
        let texts = Gen.element(of: ["Ana", String(repeating: "x", count: 501), String(repeating: "é", count: 500),
                                     "\u{200B}", "\u{FEFF}Zoë\u{FEFF}", "", " \t\n"]).map { $0 ?? "" }
        let outcomes = Outcomes()
        await propertyCheck(count: Self.runs, input: steps, texts) { steps, text in
            var s = Fixture.session()
            for (i, choice) in steps.enumerated() {
                let op = i % 3 == 0
                    ? OperationGenerator.operation(for: s, choices: choice, text: text)
                    : OperationGenerator.extremeOperation(for: s, choices: choice, text: text)
                let before = s
                do {
                    try s.apply(op, at: Fixture.date)
                    outcomes.count(i % 3 == 0 ? "ordinary applied" : "extreme applied")
                } catch is AgoraError {
                    #expect(s == before)
                    outcomes.count(i % 3 == 0 ? "ordinary refused" : "extreme refused")
                }
                Self.expectWithinRanges(s)
                _ = Tally.results(of: s)
                for round in s.rounds { _ = try? Grouper.groups(for: s, round: round.id, seed: 1) }
            }
        }
        // Extreme values are mostly refused, yet some apply (the edges are inside the ranges).
        #expect(outcomes["extreme refused"] > outcomes.total / 10 && outcomes["extreme applied"] > 0, "\(outcomes.description)")
    }

    static func expectWithinRanges(_ s: Session) {
        #expect(s.rooms.allSatisfy { DomainRange.capacity.contains($0.capacity) && TextLimit.line.fits($0.name) })
        #expect(s.rounds.allSatisfy { DomainRange.roundMinutes.contains($0.minutes) })
        #expect(DomainRange.dotsPerParticipant.contains(s.voting.dotsPerParticipant))
        #expect(s.voting.capPerTopic.map(DomainRange.capPerTopic.contains) ?? true)
        #expect(DomainRange.groupMinSize.contains(s.groupRules.minSize))
        #expect(s.groupRules.maxSize.map(DomainRange.groupMaxSize.contains) ?? true)
        #expect(s.groupRules.maxPerCity.map(DomainRange.maxPerCity.contains) ?? true)
        #expect(s.wallCounts.allSatisfy { DomainRange.wallCount.contains($0.count) })
        #expect(s.ballots.allSatisfy { $0.dots.allSatisfy { DomainRange.dotCount.contains($0.count) } })
        #expect(s.participants.allSatisfy { !TextRules.isBlank($0.name) && TextLimit.line.fits($0.name) })
        #expect(s.topics.allSatisfy { !TextRules.isBlank($0.title) && TextLimit.paragraph.fits($0.description) })
        #expect(s.projects.allSatisfy { $0.activities.allSatisfy { $0.cadence.map { DomainRange.cadenceEvery.contains($0.every) } ?? true } })
    }
}

/// The text rules: visible names, byte order marks removed, spaces and controls cleaned.
@Suite("Text rules")
struct TextRulesTests {
    /// Regression (issue 9, finding 7): a name of only U+200B made an invisible participant.
    @Test func aNameNeedsAVisibleCharacter() {
        let s = Fixture.session()
        for invisible in ["\u{200B}", "\u{200B}\u{200D}\u{FEFF}", "\u{2060}", "\u{3164}", " \u{00AD} "] {
            #expect(s.failure(of: .people(.add(ParticipantFields(name: invisible, city: "Rabat"))))?.message
                == "A participant needs a name", "\(invisible.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(s.failure(of: .topics(.propose(TopicFields(title: invisible))))?.message == "A topic needs a title")
        }
        #expect(TextRules.isBlank("\u{200B}x") == false)
        #expect(TextRules.isBlank("👩🏽‍💻") == false)
        #expect(TextRules.isBlank("\u{0301}") == false)
    }

    /// Regression (issue 9, finding 7): a byte order mark stayed inside a name.
    @Test func byteOrderMarksAreRemovedWhereverTheyAre() {
        #expect(TextRules.singleLine("\u{FEFF}Ana\u{FEFF} Lima\u{FEFF}") == "Ana Lima")
        #expect(TextRules.multiLine("\u{FEFF}One\n\u{FEFF}two") == "One\ntwo")
        #expect(TextRules.labels(["\u{FEFF}", "a\u{FEFF}b"]) == ["ab"])
        var s = Fixture.session()
        s.must(.people(.add(ParticipantFields(name: "Zo\u{FEFF}ë", city: "\u{FEFF}Rabat"))))
        #expect(s.participants.last?.name == "Zoë")
        #expect(s.participants.last?.city == "Rabat")
    }

    @Test func spacesAndControlsAreCleanedAsDocumented() {
        #expect(TextRules.singleLine("  Ana\t\u{7}Lima \r\n  ") == "Ana Lima")
        #expect(TextRules.singleLine("a\u{2028}b") == "a b")
        #expect(TextRules.multiLine("  line 1\r\n\tline 2\u{7}\r") == "line 1\n line 2")
    }
}
