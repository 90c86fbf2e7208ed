import AgoraCore
import AgoraTestSupport
import Testing

@Suite("People rules")
struct PeopleRulesTests {
    @Test func addingCleansTextAndNumbersInOrder() {
        var s = Fixture.emptySession()
        s.must(.people(.add(ParticipantFields(name: "  Ana\n Lopez ", city: "Bor\tdeaux"))))
        s.must(.people(.add(ParticipantFields(name: "Bo", city: "Lappeenranta"))))
        #expect(s.participants.map(\.name) == ["Ana Lopez", "Bo"])
        #expect(s.participants.map(\.city) == ["Bor deaux", "Lappeenranta"])
        #expect(s.participants.map(\.id.rawValue) == [1, 2])
        #expect(s.log.last?.text == "Added participant Bo (Lappeenranta)")
    }

    @Test func aParticipantNeedsANameAndACity() {
        let s = Fixture.emptySession()
        #expect(s.failure(of: .people(.add(ParticipantFields(name: " ", city: "Rabat"))))?.message == "A participant needs a name")
        let noCity = s.failure(of: .people(.add(ParticipantFields(name: "Youssef", city: ""))))
        #expect(noCity?.description == "Youssef needs a city. Cities are how groups are mixed")
    }

    @Test func theSamePersonTwiceIsRefusedIgnoringCaseAndAccents() {
        let s = Fixture.session()
        let e = s.failure(of: .people(.add(ParticipantFields(name: "ANA", city: "bordeaux"))))
        #expect(e?.message == "Ana (Bordeaux) is already participant 1")
        #expect(s.failure(of: .people(.add(ParticipantFields(name: "Ana", city: "Rabat")))) == nil)
    }

    @Test func removingTakesTheBallotAndGroupsButKeepsTheirTopics() {
        var s = Fixture.session()
        s.must(.voting(.addDots(ParticipantID(1), TopicID(2), count: 2)))
        s.must(.people(.remove(ParticipantID(1))))
        #expect(s.participant(ParticipantID(1)) == nil)
        #expect(s.ballots.isEmpty)
        #expect(s.topic(TopicID(1))?.proposer == nil)
        #expect(s.topic(TopicID(1))?.title == "Data mining for SMEs")
        #expect(s.failure(of: .people(.remove(ParticipantID(1))))?.message == "There is no participant 1")
    }

    @Test func numbersAreNeverReused() {
        var s = Fixture.session()
        s.must(.people(.remove(ParticipantID(4))))
        s.must(.people(.add(ParticipantFields(name: "Eve", city: "Durban"))))
        #expect(s.participants.last?.id == ParticipantID(5))
    }
}
