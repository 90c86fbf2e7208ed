import Foundation
import Testing
import PropertyBased
import AgoraCore
@testable import AgoraStore
import AgoraTestSupport

@Suite("Session file round trips (property)")
struct RoundTripPropertyTests {
    @Test func randomSessionsRoundTripExactly() async {
        await propertyCheck(count: TestEffort.runs(60), input: Gen.uint64(in: 0...UInt64.max)) { seed in
            let run = RandomSessions.session(seed: seed, steps: 80)
            #expect(run.accepted.count > 10, "seed \(seed): too few accepted changes")
            let data = try SessionFile.encode(run.session)
            let loaded = try SessionFile.decode(data, source: "random.json")
            #expect(loaded == run.session, "seed \(seed)")
            #expect(try SessionFile.encode(loaded) == data, "seed \(seed)")
            #expect(SessionFile.referenceProblems(in: run.session).isEmpty, "seed \(seed)")
        }
    }

    @Test func arbitraryUnicodeTextRoundTrips() async {
        let scalars = Gen.uint32(in: 0...0x10FFFF).compactMap { Unicode.Scalar($0) }.array(of: 0...40)
        await propertyCheck(count: TestEffort.runs(200), input: scalars, Gen.int(in: 0...(SessionFixtures.naughtyStrings.count - 1))) { list, index in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: list)
            let raw = String(text)
            let naughty = SessionFixtures.naughtyStrings[index]
            var session = SessionFixtures.empty
            // Straight into the model, bypassing the reducer's cleaning: the codec must carry anything.
            session.meeting.title = raw
            session.meeting.venue = naughty + raw
            session.participants = [Participant(id: ParticipantID(1), name: naughty, city: raw, organization: raw + naughty, role: "")]
            session.nextIDs.participant = 2
            session.log = [LogEntry(at: SessionFixtures.start, text: raw)]
            let data = try SessionFile.encode(session)
            #expect(try SessionFile.decode(data, source: "u.json") == session)
            #expect(try SessionFile.encode(SessionFile.decode(data, source: "u.json")) == data)
        }
    }

    @Test func everyNaughtyStringRoundTripsInEveryTextField() throws {
        for s in SessionFixtures.naughtyStrings {
            var session = SessionFixtures.empty
            session.meeting = Meeting(title: s, hostCity: s, venue: s, date: session.meeting.date, area: .living)
            session.experiences = [Experience(id: ExperienceID(1), fields: ExperienceFields(city: s, title: s, challenge: s, action: s, result: s, tags: [s]))]
            session.projects = [Project(id: ProjectID(1), fields: ProjectFields(title: s, leadCity: s, question: s, partnerCities: [s], interestedCities: [s],
                                                                               description: s, themes: [s], activities: [Activity(text: s, owner: s)], nextSteps: [s]))]
            session.nextIDs.experience = 2; session.nextIDs.project = 2
            let data = try SessionFile.encode(session)
            #expect(try SessionFile.decode(data, source: "n.json") == session, "\(s.debugDescription)")
        }
    }
}
