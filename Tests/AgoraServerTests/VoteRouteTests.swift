import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

@Suite("Phone pages: voting")
struct VoteRouteTests {
    @Test func dotsWithinBudgetAndCapAreSavedAndTheDotsLeftShown() async throws {
        try await withPhone(joinedAs: 1) { owner, phone in
            let before = try await phone.get("/vote")
            #expect(before.body.readable.contains("Voting has not started yet"))
            #expect(!before.body.contains("action=\"/\(testToken)/vote\""))
            let early = try await phone.post("/vote", [("t1", "1")])
            #expect(early.body.readable.contains("Voting has not started yet"))
            try owner.facilitator(.voting(.open))
            let form = try await phone.get("/vote")
            #expect(form.body.readable.contains("Place up to 5 dots, at most 3 on one topic."))
            #expect(form.body.readable.contains("5 of 5 dots left"))
            #expect(form.body.contains("<label for=\"t1\">Data mining for SMEs</label>"))
            let saved = try await phone.post("/vote", [("t1", "3"), ("t2", "2"), ("t3", "")])
            #expect(saved.status == .ok)
            #expect(saved.body.readable.contains("Ballot saved: Ana voted from a phone: 5 dots"))
            #expect(saved.body.readable.contains("0 of 5 dots left"))
            #expect(saved.body.contains("id=\"t1\" name=\"t1\" type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"3\" value=\"3\""))
            #expect(owner.session.ballot(of: ParticipantID(1))?.dots == [DotMark(topic: TopicID(1), count: 3), DotMark(topic: TopicID(2), count: 2)])
            // Over budget: the reducer's message, the ballot unchanged, what was typed kept.
            let over = try await phone.post("/vote", [("t1", "3"), ("t2", "2"), ("t3", "1")])
            #expect(over.status == .unprocessableContent)
            #expect(over.body.readable.contains("Ana placed 6 dots; each person has 5. Take 1 back"))
            #expect(over.body.contains("name=\"t3\" type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"3\" value=\"1\""))
            let cap = try await phone.post("/vote", [("t1", "4")])
            #expect(cap.body.readable.contains("Ana cannot place 4 dots on “Data mining for SMEs”; at most 3 per topic"))
            let word = try await phone.post("/vote", [("t1", "two")])
            #expect(word.status == .badRequest)
            #expect(word.body.readable.contains("“two” in t1 is not a whole number."))
            let unknown = try await phone.post("/vote", [("t99", "1")])
            #expect(unknown.body.readable.contains("There is no topic 99"))
            #expect(owner.session.ballot(of: ParticipantID(1))?.dotsUsed == 5)
            // Changed until voting closes.
            _ = try await phone.post("/vote", [("t3", "1")])
            #expect(owner.session.ballot(of: ParticipantID(1))?.dots == [DotMark(topic: TopicID(3), count: 1)])
        }
    }

    @Test func resultsShowOnlyWhenTheRulesShowThem() async throws {
        try await withPhone(setup: [.voting(.open)], joinedAs: 1) { owner, phone in
            _ = try await phone.post("/vote", [("t2", "3")])
            let hidden = try await phone.get("/vote")
            #expect(hidden.body.readable.contains("Results are shown when voting closes."))
            #expect(!hidden.body.readable.contains("3 dots"))
            try owner.facilitator(.voting(.close))
            let shown = try await phone.get("/vote")
            #expect(shown.body.readable.contains("Voting is closed. Your ballot is final."))
            #expect(shown.body.readable.contains("Greentech encounters 3 dots"))
            #expect(!shown.body.contains("action=\"/\(testToken)/vote\""))
            let late = try await phone.post("/vote", [("t1", "1")])
            #expect(late.body.readable.contains("Voting is closed"))
            #expect(owner.session.ballot(of: ParticipantID(1))?.dots == [DotMark(topic: TopicID(2), count: 3)])
        }
        // Live tallies when the rules say so.
        try await withPhone(setup: openVotingShowingTallies, joinedAs: 2) { live, phone in
            let page = try await phone.post("/vote", [("t1", "2")])
            #expect(page.body.readable.contains("Data mining for SMEs 2 dots"))
        }
    }

    @Test func approvalAndRankedBallots() async throws {
        var session = Fixture.session()
        session.voting.method = .approval
        try await withPhone(on: session, setup: [.voting(.open)], joinedAs: 1) { owner, phone in
            let form = try await phone.get("/vote")
            #expect(form.body.readable.contains("Tick every topic you would join."))
            #expect(form.body.contains("type=\"checkbox\""))
            let saved = try await phone.post("/vote", [("t1", "1"), ("t3", "1")])
            #expect(saved.body.readable.contains("Ana voted from a phone: 2 approvals"))
            #expect(saved.body.contains("id=\"t1\" name=\"t1\" type=\"checkbox\" value=\"1\" checked"))
        }
        var ranked = Fixture.session()
        ranked.voting.method = .ranked
        ranked.voting.dotsPerParticipant = 2
        try await withPhone(on: ranked, setup: [.voting(.open)], joinedAs: 1) { rankedOwner, phone in
            let saved = try await phone.post("/vote", [("t3", "1"), ("t1", "2")])
            #expect(saved.body.readable.contains("Ana ranked 2 topics from a phone"))
            #expect(rankedOwner.session.ballot(of: ParticipantID(1))?.ranking == [TopicID(3), TopicID(1)])
            let tooMany = try await phone.post("/vote", [("t3", "1"), ("t1", "2"), ("t2", "3")])
            #expect(tooMany.body.readable.contains("Ana ranked 3 topics; at most 2 may be ranked"))
        }
    }
}
