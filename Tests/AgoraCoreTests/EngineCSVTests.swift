import AgoraTestSupport
import Testing
import AgoraCore

/// The engines' CSV tables, byte for byte.
@Suite struct EngineCSVTests {
    /// Fixture people plus Eva from "Saint-Denis, Réunion"; topic 1 retitled with a comma and quotes;
    /// topics 1–2 in round 1 (Garonne, Chartrons), topic 3 in round 2 (Saint-Michel); groups set by hand.
    static func session() -> Session {
        var s = Fixture.session()
        s.must(.topics(.edit(TopicID(1), TopicFields(title: "Data, \"open\" cities"))))
        s.must(.people(.add(ParticipantFields(name: "Eva", city: "Saint-Denis, Réunion", email: "eva@example.org"))))
        let p = ParticipantID.self, t = TopicID.self
        s.must(.voting(.addDots(p.init(1), t.init(1), count: 3)))
        s.must(.voting(.addDots(p.init(5), t.init(1), count: 2)))
        s.must(.voting(.addDots(p.init(2), t.init(2), count: 1)))
        s.must(.voting(.addDots(p.init(3), t.init(3), count: 2)))
        s.must(.voting(.addDots(p.init(4), t.init(2), count: 1)))
        s.must(.plan(.setSelection([t.init(1), t.init(2), t.init(3)])))
        let r1 = s.rounds[0].id, r2 = s.rounds[1].id
        s.must(.plan(.setSchedule([Slot(round: r2, room: s.rooms[2].id, topic: t.init(3)),
                                   Slot(round: r1, room: s.rooms[1].id, topic: t.init(2)),
                                   Slot(round: r1, room: s.rooms[0].id, topic: t.init(1))])))
        let first = [1: 1, 2: 2, 3: 2, 4: 1, 5: 1]
        s.must(.groups(.setGroups(r1, first.sorted { $0.key < $1.key }.map {
            Assignment(round: r1, participant: p.init($0.key), topic: t.init($0.value))
        })))
        s.must(.groups(.setGroups(r2, (1...5).map { Assignment(round: r2, participant: p.init($0), topic: t.init(3)) })))
        return s
    }

    @Test func results() throws {
        let csv = EngineCSV.results(Self.session())
        #expect(csv == "rank,topic,dots,voters,cities\r\n"
                + "1,\"Data, \"\"open\"\" cities\",5,2,2\r\n"
                + "2,Greentech encounters,2,2,2\r\n"
                + "3,Talent retention,2,1,1\r\n")
        #expect(try CSVDocument.parse(csv).records[1].values == ["1", "Data, \"open\" cities", "5", "2", "2"])
    }

    @Test func schedule() {
        let day = Self.session().meeting.date.description
        #expect(EngineCSV.schedule(Self.session()) == "day,start,end,round,room,title,backers\r\n"
                + "\(day),10:00,10:45,1,Garonne,\"Data, \"\"open\"\" cities\",2\r\n"
                + "\(day),10:00,10:45,1,Chartrons,Greentech encounters,2\r\n"
                + "\(day),11:00,11:45,2,Saint-Michel,Talent retention,1\r\n")
    }

    @Test func groups() {
        #expect(EngineCSV.groups(Self.session()) == "round,room,topic,participant,city,interest,email\r\n"
                + "1,Garonne,\"Data, \"\"open\"\" cities\",Ana,Bordeaux,3,\r\n"
                + "1,Garonne,\"Data, \"\"open\"\" cities\",Dina,Bordeaux,0,\r\n"
                + "1,Garonne,\"Data, \"\"open\"\" cities\",Eva,\"Saint-Denis, Réunion\",2,eva@example.org\r\n"
                + "1,Chartrons,Greentech encounters,Bo,Lappeenranta,1,\r\n"
                + "1,Chartrons,Greentech encounters,Chen,Guangzhou,0,\r\n"
                + "2,Saint-Michel,Talent retention,Ana,Bordeaux,0,\r\n"
                + "2,Saint-Michel,Talent retention,Bo,Lappeenranta,0,\r\n"
                + "2,Saint-Michel,Talent retention,Chen,Guangzhou,2,\r\n"
                + "2,Saint-Michel,Talent retention,Dina,Bordeaux,0,\r\n"
                + "2,Saint-Michel,Talent retention,Eva,\"Saint-Denis, Réunion\",0,eva@example.org\r\n")
    }

    @Test func emptySessionsGiveHeadersOnly() {
        let s = Fixture.emptySession()
        #expect(EngineCSV.groups(s) == "round,room,topic,participant,city,interest,email\r\n")
        #expect(EngineCSV.schedule(s) == "day,start,end,round,room,title,backers\r\n")
        #expect(EngineCSV.results(s) == "rank,topic,dots,voters,cities\r\n")
    }

    @Test func engineOutputExportsAsIs() throws {
        var s = Session.synthetic(participants: 40, topics: 6, rounds: 2, rooms: 3, cities: 3, seed: 4)
        for r in try Grouper.groupsForEveryRound(s, seed: 4) { s.must(r.operation) }
        let rows = try CSVDocument.parse(EngineCSV.groups(s)).records.dropFirst()
        #expect(rows.count == 80)
        // Each person once per round, in the room and topic the plan gives that topic.
        #expect(Set(rows.map { [$0.values[0], $0.values[3]] }).count == 80)
        for row in rows {
            let round = s.rounds[Int(row.values[0])! - 1].id
            let slot = s.schedule.first { $0.round == round && s.topic($0.topic)?.title == row.values[2] }
            #expect(slot != nil && s.room(slot!.room)?.name == row.values[1], "\(row.values)")
        }
        let interest = rows.map { Int($0.values[5])! }.reduce(0, +)
        #expect(interest == (try Grouper.groupsForEveryRound(s, seed: 4)).map(\.totalInterest).reduce(0, +))
    }
}
