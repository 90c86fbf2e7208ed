import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

@Suite("Phone rules: claims, walk-ins, proposals, ballots, interest")
struct PhoneRulesTests {
    let ana = ParticipantID(1), bo = ParticipantID(2), data = TopicID(1), green = TopicID(2), talent = TopicID(3)
    static func key(_ n: Int) -> DeviceKey { DeviceKey(digest: String(repeating: String(n % 10), count: 64))! }
    let phoneA = key(1), phoneB = key(2), phoneC = key(3)

    func joined() -> Session {
        var s = Fixture.session()
        s.must(.phones(.claim(ana, device: phoneA)))
        return s
    }

    @Test func aDeviceKeyIsSixtyFourLowercaseHexDigits() {
        #expect(DeviceKey(digest: String(repeating: "a", count: 64)) != nil)
        #expect(DeviceKey(digest: String(repeating: "A", count: 64)) == nil)
        #expect(DeviceKey(digest: String(repeating: "a", count: 63)) == nil)
        #expect(DeviceKey(digest: String(repeating: "g", count: 64)) == nil)
        #expect(Self.key(1).description == "phone 11111111")
    }

    @Test func aSecondPhoneCannotClaimTheSamePersonUntilTheFacilitatorReleasesThem() {
        var s = joined()
        #expect(s.phoneAccess.participant(of: phoneA) == ana)
        #expect(s.failure(of: .phones(.claim(ana, device: phoneB)))?.description
                == "Ana has already joined from another phone. Ask the facilitator to release Ana")
        #expect(s.failure(of: .phones(.claim(bo, device: phoneA)))?.message == "This phone has already joined as Ana")
        s.must(.phones(.release(ana)))
        #expect(s.failure(of: .phones(.release(ana)))?.message == "No phone has claimed Ana")
        s.must(.phones(.claim(ana, device: phoneB)))
        #expect(s.phoneAccess.participant(of: phoneB) == ana)
        #expect(s.phoneAccess.participant(of: phoneA) == nil)
        #expect(s.failure(of: .phones(.claim(ParticipantID(99), device: phoneC)))?.message == "There is no participant 99")
    }

    @Test func aBlockedPhoneCanNeitherJoinNorAct() {
        var s = joined()
        s.must(.voting(.open))
        s.must(.phones(.block(ana)))
        #expect(s.phoneAccess.isBlocked(phoneA))
        #expect(!s.phoneAccess.isClaimed(ana))
        #expect(s.failure(of: .phones(.claim(bo, device: phoneA)))?.message == "This phone is blocked")
        #expect(s.failure(of: .phones(.act(.vote(dots: [DotMark(topic: data, count: 1)], ranking: []), device: phoneA)))?.message
                == "This phone is blocked")
        // Ana herself may join again from another phone.
        s.must(.phones(.claim(ana, device: phoneB)))
        s.must(.phones(.unblockAll))
        #expect(s.failure(of: .phones(.unblockAll))?.message == "No phone is blocked")
        #expect(!s.phoneAccess.isBlocked(phoneA))
    }

    @Test func joiningClosedRefusesNewPhonesButKeepsJoinedOnes() {
        var s = joined()
        s.must(.phones(.setJoiningOpen(false)))
        #expect(s.failure(of: .phones(.claim(bo, device: phoneB)))?.description == "Joining is closed. Ask the facilitator")
        s.must(.voting(.open))
        s.must(.phones(.act(.vote(dots: [DotMark(topic: data, count: 2)], ranking: []), device: phoneA)))
        #expect(s.ballot(of: ana)?.dotsUsed == 2)
    }

    @Test func walkInsRegisterOnlyWhenAllowedAndFollowThePeopleRules() {
        var s = Fixture.session()
        let eve = ParticipantFields(name: "Eve", city: "Porto Alegre", organization: "Prefeitura")
        #expect(s.failure(of: .phones(.walkIn(eve, device: phoneC)))?.message == "Registering from a phone is not open")
        s.must(.phones(.setWalkInsAllowed(true)))
        #expect(s.failure(of: .phones(.walkIn(ParticipantFields(name: "Ana", city: "Bordeaux"), device: phoneC)))?.message
                == "Ana (Bordeaux) is already participant 1")
        #expect(s.failure(of: .phones(.walkIn(ParticipantFields(name: "Eve", city: " "), device: phoneC)))?.message
                == "Eve needs a city")
        s.must(.phones(.walkIn(eve, device: phoneC)))
        #expect(s.participants.last?.name == "Eve")
        #expect(s.phoneAccess.participant(of: phoneC) == s.participants.last?.id)
        #expect(s.log.last?.text == "Eve (Porto Alegre) registered from a phone")
    }

    @Test func aPhoneActsOnlyAsThePersonItClaimed() {
        var s = joined()
        s.must(.voting(.open))
        #expect(s.failure(of: .phones(.act(.vote(dots: [DotMark(topic: data, count: 1)], ranking: []), device: phoneB)))?.description
                == "This phone has not joined the meeting. Join first")
        s.must(.phones(.act(.vote(dots: [DotMark(topic: data, count: 1)], ranking: []), device: phoneA)))
        #expect(s.ballots.map(\.participant) == [ana])
    }

    @Test func aPhoneBallotReplacesTheLastOneWithinBudgetAndCapWhileVotingIsOpen() {
        var s = joined()
        let vote = { (dots: [DotMark]) in Operation.phones(.act(.vote(dots: dots, ranking: []), device: phoneA)) }
        #expect(s.failure(of: vote([DotMark(topic: data, count: 1)]))?.message == "Voting has not started yet")
        s.must(.voting(.open))
        s.must(vote([DotMark(topic: data, count: 3), DotMark(topic: green, count: 2)]))
        #expect(s.log.last?.text == "Ana voted from a phone: 5 dots")
        #expect(s.failure(of: vote([DotMark(topic: data, count: 3), DotMark(topic: green, count: 3)]))?.description
                == "Ana placed 6 dots; each person has 5. Take 1 back")
        #expect(s.failure(of: vote([DotMark(topic: data, count: 4)]))?.message
                == "Ana cannot place 4 dots on “Data mining for SMEs”; at most 3 per topic")
        #expect(s.failure(of: vote([DotMark(topic: data, count: 1), DotMark(topic: data, count: 1)]))?.message
                == "A ballot names each topic at most once")
        #expect(s.failure(of: vote([DotMark(topic: TopicID(42), count: 1)]))?.message == "There is no topic 42")
        #expect(s.failure(of: vote([DotMark(topic: data, count: -1)]))?.message == "A number of dots cannot be negative")
        // Changed: the new ballot replaces the old one whole.
        s.must(vote([DotMark(topic: talent, count: 1)]))
        #expect(s.ballot(of: ana)?.dots == [DotMark(topic: talent, count: 1)])
        // Empty: every dot taken back.
        s.must(vote([]))
        #expect(s.ballot(of: ana) == nil)
        s.must(.voting(.close))
        #expect(s.failure(of: vote([DotMark(topic: data, count: 1)]))?.message == "Voting is closed")
    }

    @Test func approvalAndRankedBallotsFromAPhone() {
        var s = joined()
        s.voting.method = .approval
        s.must(.voting(.open))
        let approve = Operation.phones(.act(.vote(dots: [DotMark(topic: data, count: 1), DotMark(topic: green, count: 1)], ranking: []), device: phoneA))
        s.must(approve)
        #expect(s.log.last?.text == "Ana voted from a phone: 2 approvals")
        #expect(s.failure(of: .phones(.act(.vote(dots: [DotMark(topic: data, count: 2)], ranking: []), device: phoneA)))?.message
                == "Approval voting marks a topic once, not 2 times")
        #expect(s.failure(of: .phones(.act(.vote(dots: [], ranking: [data]), device: phoneA)))?.message
                == "This session uses approval voting, not ranked ballots")
        s.voting.method = .ranked
        s.ballots = []
        s.must(.phones(.act(.vote(dots: [], ranking: [green, data]), device: phoneA)))
        #expect(s.ballot(of: ana)?.ranking == [green, data])
        #expect(s.failure(of: .phones(.act(.vote(dots: [], ranking: [green, green]), device: phoneA)))?.message
                == "A ranking names each topic at most once")
    }

    @Test func proposalsFromPhonesNeedProposalsOpenAndFollowTheTopicRules() {
        var s = joined()
        let propose = { (title: String) in Operation.phones(.act(.propose(title: title, description: "Why it matters"), device: phoneA)) }
        #expect(s.failure(of: propose("Open data"))?.description == "Proposals are closed. Ask the facilitator to open them")
        s.must(.phones(.setProposalsOpen(true)))
        s.must(propose("Open data"))
        #expect(s.topics.last?.title == "Open data")
        #expect(s.topics.last?.proposer == ana)
        #expect(s.failure(of: propose("open DATA"))?.message == "“Open data” is already topic 4")
        #expect(s.failure(of: propose("  "))?.message == "A topic needs a title")
    }

    @Test func aSharedExperienceIsOfThePhonesCity() {
        var s = joined()
        s.must(.phones(.act(.share(title: "Fab lab", challenge: "Few makers", action: "Opened a lab", result: "40 start-ups", tags: ["industry"]), device: phoneA)))
        #expect(s.experiences.last?.city == "Bordeaux")
        #expect(s.experiences.last?.sharedBy == ana)
        #expect(s.failure(of: .phones(.act(.share(title: "", challenge: "", action: "", result: "", tags: []), device: phoneA)))?.message
                == "An experience needs a title")
    }

    @Test func markingInterestAddsTheCityOnceWhileTheProjectIsOpenForIt() {
        var s = Fixture.session()
        s.must(.work(.addProject(ProjectFields(title: "Twinning", leadCity: "Lappeenranta"))))
        let project = s.projects[0].id
        s.must(.phones(.claim(ana, device: phoneA)))
        s.must(.phones(.claim(ParticipantID(4), device: phoneB)))
        s.must(.phones(.claim(bo, device: phoneC)))
        #expect(s.failure(of: .phones(.act(.markInterest(project), device: phoneA)))?.message == "“Twinning” is not open for interest")
        s.must(.phones(.setOpenForInterest(project, true)))
        s.must(.phones(.act(.markInterest(project), device: phoneA)))
        #expect(s.projects[0].interestedCities == ["Bordeaux"])
        // Dina is from Bordeaux too; Bo's city leads.
        #expect(s.failure(of: .phones(.act(.markInterest(project), device: phoneB)))?.message == "Bordeaux is already in “Twinning”")
        #expect(s.failure(of: .phones(.act(.markInterest(project), device: phoneC)))?.message == "Lappeenranta is already in “Twinning”")
        s.must(.phones(.setOpenForInterest(project, false)))
        #expect(s.phoneAccess.projectsOpenForInterest.isEmpty)
        #expect(s.failure(of: .phones(.setOpenForInterest(ProjectID(9), true)))?.message == "There is no project 9")
    }

    /// Files without the phones object load, and the object round-trips through JSON.
    @Test func phoneAccessIsOptionalInTheFileAndRoundTrips() throws {
        let plain = Fixture.session()
        #expect(plain.phones == nil)
        let text = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!text.contains("phones"))
        let s = joined()
        let back = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(s))
        #expect(back == s)
        #expect(back.phoneAccess.claims == [DeviceClaim(participant: ana, device: phoneA)])
    }
}
