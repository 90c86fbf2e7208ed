import AgoraCore
import AgoraTestSupport
import Foundation
import PropertyBased
import Testing

/// Whatever sequence of operations is thrown at a session, its invariants hold, a refused
/// operation changes nothing, and undo walks back to the start.
@Suite("Reducer properties")
struct ReducerPropertyTests {
    static let steps = Gen.int(in: 0...1_000_000).array(of: 4).array(of: 1...60)
    static let words = Gen.element(of: ["Ana", "Data mining", "Grand Junction", "東京", "مدينة", "👩🏽‍💻 dev", "Zoë", "x"]).map { $0 ?? "x" }

    @Test func invariantsHoldAndRefusalsChangeNothing() async {
        let outcomes = Outcomes()
        await propertyCheck(count: TestEffort.runs(60), input: Self.steps, Self.words) { steps, word in
            var h = SessionHistory(Fixture.session(dots: 4), depth: 1000)
            let start = h.session
            var applied = 0
            for choice in steps {
                let op = OperationGenerator.operation(for: h.session, choices: choice, text: word)
                let before = h.session
                do {
                    try h.apply(op, at: Fixture.date)
                    applied += 1
                    outcomes.count("applied")
                } catch is AgoraError {
                    #expect(h.session == before, "a refused \(op) changed the session")
                    outcomes.count("refused")
                }
                Self.checkInvariants(h.session)
            }
            for _ in 0..<applied { try h.undo(at: Fixture.date) }
            var back = h.session
            back.log = start.log
            #expect(back == start)
        }
        // Both sides of the property are reached: many changes apply, many are refused.
        #expect(outcomes["applied"] > outcomes.total / 10 && outcomes["refused"] > outcomes.total / 20, "\(outcomes.description)")
    }

    @Test func hostileTextNeverBreaksTheRules() async {
        await propertyCheck(count: TestEffort.runs(40), input: Gen.element(of: HostileStrings.all).map { $0 ?? "" }.array(of: 1...20), Self.steps) { texts, steps in
            var s = Fixture.session()
            for (i, choice) in steps.enumerated() {
                let op = OperationGenerator.operation(for: s, choices: choice, text: texts[i % texts.count])
                _ = try? s.apply(op, at: Fixture.date)
                Self.checkInvariants(s)
            }
            let data = try JSONEncoder().encode(s)
            #expect(try JSONDecoder().decode(Session.self, from: data) == s)
        }
    }

    static func checkInvariants(_ s: Session) {
        #expect(Set(s.participants.map(\.id)).count == s.participants.count)
        #expect(Set(s.topics.map(\.id)).count == s.topics.count)
        #expect(s.ballots.map(\.participant) == s.ballots.map(\.participant).sorted())
        #expect(s.wallCounts.map(\.topic) == s.wallCounts.map(\.topic).sorted())
        for b in s.ballots {
            #expect(!b.isEmpty)
            #expect(s.participant(b.participant) != nil)
            #expect(b.dots.map(\.topic) == b.dots.map(\.topic).sorted())
            if s.voting.method == .dots {
                #expect(b.dotsUsed <= s.voting.dotsPerParticipant)
            }
            for mark in b.dots {
                #expect(mark.count > 0)
                #expect(s.topic(mark.topic)?.isActive == true)
            }
        }
        var places = Set<[Int]>()
        for slot in s.schedule {
            #expect(s.topic(slot.topic)?.status == .selected)
            #expect(places.insert([slot.round.rawValue, slot.room.rawValue]).inserted)
        }
        var seats = Set<[Int]>()
        for a in s.assignments {
            #expect(s.schedule.contains { $0.round == a.round && $0.topic == a.topic })
            #expect(s.participant(a.participant)?.present == true)
            #expect(seats.insert([a.round.rawValue, a.participant.rawValue]).inserted)
        }
        for t in s.topics where t.status == .merged { #expect(t.mergedInto.flatMap(s.topic)?.id != nil) }
        for p in s.participants { #expect(!p.name.isEmpty && !p.city.isEmpty && !p.name.contains("\n")) }
    }
}
