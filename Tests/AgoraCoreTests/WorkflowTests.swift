import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraCore

/// The workflows the command line and the interactive view share: one function each, returning
/// the operation to apply and the words that explain it.
@Suite("Workflows: forming groups, generating the plan, selecting topics")
struct WorkflowTests {
    static func planned(rules: GroupRules) -> Session { EngineGrouperTests.planned(rules: rules) }

    @Test func groupsAreFormedAsOneOperationPerRoundOrOneBatch() throws {
        let s = Self.planned(rules: GroupRules(minSize: 0))
        let rounds = GroupFormation.plannedRounds(s)
        #expect(rounds == [s.rounds[0].id])
        guard case .formed(let one) = try GroupFormation.form(s, rounds: rounds, seed: 1) else {
            Issue.record("round 1 could not be grouped"); return
        }
        // One round: its own operation, as the Grouper gives it.
        #expect(one.operation == (try Grouper.groups(for: s, round: rounds[0], seed: 1)).operation)
        #expect(one.relaxations.isEmpty)
        // Rules set first: one batch, one undo.
        guard case .formed(let withRules) = try GroupFormation.form(s, rounds: rounds, rules: GroupRules(minSize: 1), seed: 1),
              case .batch(let summary, let operations) = withRules.operation else {
            Issue.record("no batch with the rules"); return
        }
        #expect(summary == "Formed the groups of 1 round")
        #expect(operations.first == .setup(.setGroupRules(GroupRules(minSize: 1))))
    }

    @Test func rulesThatCannotBeMetComeWithTheNearestChangeOffered() throws {
        let s = Self.planned(rules: GroupRules(minSize: 0, maxSize: 1))
        let round = s.rounds[0].id
        guard case .rulesCannotBeMet(let failure) = try GroupFormation.form(s, rounds: [round], seed: 1) else {
            Issue.record("groups of 1 for 4 people in 3 topics were formed"); return
        }
        #expect(failure.reason.message == "Round 1 has 3 seats for 4 participants")
        #expect(failure.nearest.map(\.description) == ["raise the largest group size to 2"])
        #expect(failure.error(how: "Pass --relax to apply the first").hint
                == "Nearest rules that work: raise the largest group size to 2. Pass --relax to apply the first")
        // The offer applies the rules and the groups together.
        let offer = try #require(failure.offer)
        let after = try s.applying(offer.operation, at: Fixture.date)
        #expect(after.groupRules.maxSize == 2)
        #expect(after.assignments.filter { $0.round == round }.count == 4)

        // With relax, the same change is applied and said.
        guard case .formed(let relaxed) = try GroupFormation.form(s, rounds: [round], seed: 1, relax: true) else {
            Issue.record("relax did not form the groups"); return
        }
        #expect(relaxed.relaxations == ["Round 1: raise the largest group size to 2"])
        #expect(relaxed.operation == offer.operation)
    }

    @Test func aRoundWithoutTopicsIsRefusedWithItsReason() throws {
        let s = Self.planned(rules: GroupRules(minSize: 0))
        guard case .rulesCannotBeMet(let failure) = try GroupFormation.form(s, rounds: [s.rounds[1].id], seed: 1) else {
            Issue.record("a round without topics was grouped"); return
        }
        #expect(failure.offer == nil)
        #expect(failure.error(how: "") == failure.reason)
    }

    @Test func cancelledWorkStopsBeforeTheNextRound() {
        let s = Self.planned(rules: GroupRules(minSize: 0))
        let cancellation = Cancellation()
        cancellation.cancel()
        #expect(throws: CancellationError.self) {
            try GroupFormation.form(s, rounds: GroupFormation.plannedRounds(s), seed: 1, cancellation: cancellation)
        }
        #expect(throws: CancellationError.self) {
            try PlanGeneration.generate(Session.synthetic(participants: 60, topics: 20, rounds: 3, rooms: 4, cities: 5, seed: 1),
                                        seed: 1, cancellation: cancellation)
        }
    }

    @Test func thePlanIsExplainedByItsConflicts() throws {
        let s = Self.planned(rules: GroupRules(minSize: 0))
        let plan = try PlanGeneration.generate(s, seed: 1)
        #expect(plan.operation == (try Scheduler.schedule(s, seed: 1)).operation)
        #expect(plan.explanation == "Planned 3 topics with \(plan.result.conflicts) conflict\(plan.result.conflicts == 1 ? "" : "s") (\(plan.result.participantsWithConflicts) \(plan.result.participantsWithConflicts == 1 ? "person" : "people") backed two topics of one round)")
    }

    /// One person is one person, in each language ("1 people backed" was written).
    @Test func thePlansConflictCountAgreesWithItsNumber() {
        let values = ["count": "4", "conflicts": "1", "people": "1"]
        #expect(PlanText.table.format("plan.generated", in: .en, values) == "Planned 4 topics with 1 conflict (1 person backed two topics of one round)")
        #expect(PlanText.table.format("plan.generated", in: .fr, values) == "4 sujets programmés avec 1 conflit (1 personne soutenait deux sujets d’un même créneau)")
        #expect(PlanText.table.format("plan.generated", in: .es, values) == "4 temas planificados con 1 conflicto (1 persona apoyó dos temas de una misma ronda)")
        #expect(PlanText.table.format("plan.generated", in: .en, ["count": "4", "conflicts": "2", "people": "2"])
                == "Planned 4 topics with 2 conflicts (2 people backed two topics of one round)")
    }

    @Test func selectionPinsThenTheTopOfTheVote() throws {
        let s = Self.planned(rules: GroupRules(minSize: 0))
        let plain = try TopicSelection.choose(s, count: 1)
        #expect(plain.operation == .plan(.setSelection([TopicID(1)])))
        #expect(plain.explanation == "Selected 1 topic")
        let pinned = try TopicSelection.choose(s, count: 1, pin: [TopicID(3)], drop: [TopicID(1)])
        #expect(pinned.chosen.contains(TopicID(3)) && !pinned.chosen.contains(TopicID(1)))
        #expect(pinned.pinned == [TopicID(3)])
        guard case .batch(_, let operations) = pinned.operation else { Issue.record("pins not batched"); return }
        #expect(operations.count == 3)
    }

    /// One rule for satisfaction: the groups as they stand score as the Grouper scored them.
    @Test func satisfactionOfTheGroupsAsTheyStandIsTheGroupersOwn() throws {
        let s = Session.synthetic(participants: 300, topics: 12, rounds: 2, rooms: 4, cities: 6, seed: 3)
        for round in GroupFormation.plannedRounds(s) {
            let result = try Grouper.groups(for: s, round: round, seed: 1)
            let after = try s.applying(result.operation, at: Fixture.date)
            #expect(GroupingSatisfaction(of: after, round: round) == result.satisfaction)
        }
    }
}
