import AgoraTestSupport
import Testing
import AgoraCore

/// The same session and seed give the same plan and groups in every process and on every
/// machine: the engines use their own seeded generator and never depend on hash order.
/// These literal fingerprints change only when an algorithm changes on purpose.
@Suite struct EngineDeterminismTests {
    static let session = Session.synthetic(participants: 60, topics: 8, rounds: 2, rooms: 4, cities: 4, seed: 77)

    @Test func planFingerprint() throws {
        let plan = try Scheduler.schedule(Self.session, seed: 5)
        let text = plan.slots.map { "\($0.round)/\($0.room)/\($0.topic)" }.joined(separator: " ")
        #expect(text == "1/1/1 1/2/4 1/3/8 1/4/7 2/1/3 2/2/2 2/3/5 2/4/6")
        #expect(plan.conflicts == 56)
    }

    @Test func groupsFingerprint() throws {
        let groups = try Grouper.groupsForEveryRound(Self.session, seed: 5)
        let text = groups.map { $0.assignments.map { String($0.topic.rawValue) }.joined() }.joined(separator: " ")
        #expect(text == "333523235232225353233222353326533335235222256665355322223353 "
                + "411141488184414414111147114714744844888144817188111711414848")
        #expect(groups.map(\.totalInterest) == [117, 106])
    }

    @Test func syntheticSessionFingerprint() {
        let s = Self.session
        #expect(s.ballots.count == 58)
        #expect(s.ballots.prefix(3).map { $0.dots.map { "\($0.topic)x\($0.count)" }.joined(separator: ",") }
                == ["3x2,4x2,6x1", "1x2,3x2,4x1", "1x3,3x2"])
        #expect(s.participants.prefix(6).map(\.city) == ["City 1", "City 2", "City 2", "City 1", "City 3", "City 1"])
    }
}
