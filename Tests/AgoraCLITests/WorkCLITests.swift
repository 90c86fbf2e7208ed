import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// The Work and Plan screens' forms each have a verb: `experience edit`, `project edit`,
/// `project activity add|edit|remove` with every activity field, `plan place|unschedule|pin`.
@Suite("CLI verbs of the Work and Plan screens")
struct WorkCLITests {
    func meeting(_ dir: TemporaryFolder) throws {
        for args in [["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux", "--date", "2013-05-20",
                      "--area", "economy", "--rooms", "Garonne:10,Chartrons:8", "--rounds", "2", "--dots", "3"],
                     ["participant", "add", "m.json", "Ana", "--city", "Bordeaux"],
                     ["participant", "add", "m.json", "Bo", "--city", "Lappeenranta"],
                     ["topic", "add", "m.json", "Data mining for SMEs"],
                     ["topic", "add", "m.json", "Greentech encounters"]] {
            let r = try AgoraBinary.run(args, in: dir.url)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
    }

    func session(_ dir: TemporaryFolder) throws -> Session {
        try SessionFile.decode(Data(contentsOf: dir.url.appendingPathComponent("m.json")), source: "m.json")
    }

    @Test func activitiesAreAddedEditedAndRemovedWithEveryField() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        #expect(try AgoraBinary.run(["project", "add", "m.json", "Linking ICT", "--lead", "Bordeaux"], in: dir.url).status == 0)
        // `project activity FILE P TEXT` still adds (the verb `add` is the default).
        let first = try AgoraBinary.run(["project", "activity", "m.json", "1", "Online exchange every four months",
                                         "--owner", "Bordeaux", "--due", "2013-09-01", "--end", "2014-12-31"], in: dir.url)
        #expect(first.stdout == "Added an activity to “Linking ICT”: Online exchange every four months\n", "\(first.stderr)")
        #expect(try AgoraBinary.run(["project", "activity", "add", "m.json", "linking", "Forum", "--kind", "event",
                                     "--due", "2014-03-12", "--owner", "Lappeenranta"], in: dir.url).status == 0)
        let edit = try AgoraBinary.run(["project", "activity", "edit", "m.json", "1", "2", "--text", "Business forum",
                                        "--every", "1 year", "--end", "2016-03-12", "--owner", "Guangzhou"], in: dir.url)
        #expect(edit.stdout == "Edited activity 2 of “Linking ICT”: Business forum\n", "\(edit.stderr)")
        var activities = try session(dir).projects[0].activities
        #expect(activities == [
            Activity(id: 1, kind: .exchange, text: "Online exchange every four months", cadence: Cadence(every: 4, unit: .month),
                     due: CalendarDate("2013-09-01"), end: CalendarDate("2014-12-31"), owner: "Bordeaux"),
            Activity(id: 2, kind: .event, text: "Business forum", cadence: Cadence(every: 1, unit: .year),
                     due: CalendarDate("2014-03-12"), end: CalendarDate("2016-03-12"), owner: "Guangzhou"),
        ])
        #expect(try AgoraBinary.run(["project", "activity", "edit", "m.json", "1", "2", "--every", "none", "--end", "none"],
                                    in: dir.url).status == 0)
        #expect(try session(dir).projects[0].activities[1].cadence == nil)
        let remove = try AgoraBinary.run(["project", "activity", "remove", "m.json", "1", "1"], in: dir.url)
        #expect(remove.stdout == "Removed activity 1 of “Linking ICT”: Online exchange every four months\n", "\(remove.stderr)")
        activities = try session(dir).projects[0].activities
        #expect(activities.map(\.id) == [2] && activities[0].owner == "Guangzhou" && activities[0].due == CalendarDate("2014-03-12"))
        // The screens' rules and messages.
        let missing = try AgoraBinary.run(["project", "activity", "remove", "m.json", "1", "7"], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("“Linking ICT” has no activity 7"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Its activities are numbered 2"), "\(missing.stderr)")
        let badKind = try AgoraBinary.run(["project", "activity", "edit", "m.json", "1", "2", "--kind", "party"], in: dir.url)
        #expect(badKind.status != 0)
        #expect(badKind.stderr.contains("--kind: “party” is not a kind of activity. Use one of exchange, event, publication, mentoring, other"),
                "\(badKind.stderr)")
        let backwards = try AgoraBinary.run(["project", "activity", "edit", "m.json", "1", "2", "--end", "2014-01-01"], in: dir.url)
        #expect(backwards.stderr.contains("Activity “Business forum” ends on 2014-01-01, before it starts on 2014-03-12"), "\(backwards.stderr)")
    }

    /// A vague time in the words is a range from the meeting's date; `--due`/`--end` override it.
    @Test func aVagueTimeBecomesARangeInTheFileAndTheCalendar() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        #expect(try AgoraBinary.run(["project", "add", "m.json", "Linking ICT", "--lead", "Bordeaux",
                                     "--activity", "Compendio en otoño de 2014"], in: dir.url).status == 0)
        let next = try AgoraBinary.run(["project", "activity", "m.json", "1", "Study visits in the next 18 months", "--owner", "Rabat"], in: dir.url)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try AgoraBinary.run(["project", "activity", "m.json", "1", "Guide by the end of 2014", "--due", "2014-06-01"], in: dir.url).status == 0)
        let activities = try session(dir).projects[0].activities
        #expect(activities.map(\.due) == [CalendarDate("2014-09-01"), CalendarDate("2013-05-20"), CalendarDate("2014-06-01")])
        #expect(activities.map(\.end) == [CalendarDate("2014-11-30"), CalendarDate("2014-11-20"), CalendarDate("2014-12-31")])
        let ics = try AgoraBinary.run(["export", "m.json", "--what", "followups", "--format", "ics", "-o", "-"], in: dir.url)
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.contains("BEGIN:VTODO\r\nUID:") && ics.stdout.contains("DTSTART;VALUE=DATE:20140901\r\nDUE;VALUE=DATE:20141130\r\n"))
        #expect(ics.stdout.contains("SUMMARY:Study visits in the next 18 months\r\n"))
    }

    @Test func projectAndExperienceEditChangeOnlyTheFieldsGiven() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        #expect(try AgoraBinary.run(["experience", "add", "m.json", "--city", "Bordeaux", "--title", "Grand Junction",
                                     "--by", "ana", "--challenge", "Firms miss digital growth", "--tag", "SMEs"], in: dir.url).status == 0)
        let e = try AgoraBinary.run(["experience", "edit", "m.json", "grand", "--title", "Grand Junction encounters",
                                     "--result", "Forty firms met", "--topic", "data", "--by", "none"], in: dir.url)
        #expect(e.stdout == "Edited experience 1 “Grand Junction encounters”\n", "\(e.stderr)")
        let experience = try session(dir).experiences[0]
        #expect(experience.fields == ExperienceFields(city: "Bordeaux", title: "Grand Junction encounters", sharedBy: nil,
                                                      challenge: "Firms miss digital growth", result: "Forty firms met",
                                                      tags: ["SMEs"], origin: Origin(topic: TopicID(1))))
        // Promoting from the CLI gives the project the screens' P gives (one Core mapping).
        #expect(try AgoraBinary.run(["experience", "promote", "m.json", "1"], in: dir.url).status == 0)
        var expected = ProjectFields.promoting(experience)
        #expect(try session(dir).projects[0].fields == expected)
        let p = try AgoraBinary.run(["project", "edit", "m.json", "1", "--question", "How can firms grow digitally?",
                                     "--partner", "Washington, D.C.", "--partner", "Lappeenranta", "--status", "agreed",
                                     "--next", "Call in June"], in: dir.url)
        #expect(p.stdout == "Edited project 1 “Grand Junction encounters”\n", "\(p.stderr)")
        expected.question = "How can firms grow digitally?"
        expected.partnerCities = ["Washington, D.C.", "Lappeenranta"]
        expected.status = .agreed
        expected.nextSteps = ["Call in June"]
        #expect(try session(dir).projects[0].fields == expected)
        let bad = try AgoraBinary.run(["project", "edit", "m.json", "1", "--lead", " "], in: dir.url)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Project “Grand Junction encounters” needs a lead city"), "\(bad.stderr)")
    }

    @Test func planPlaceUnscheduleAndPinFollowThePlanScreensRules() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        let unselected = try AgoraBinary.run(["plan", "place", "m.json", "data", "--round", "1", "--room", "garonne"], in: dir.url)
        #expect(unselected.status == 1)
        #expect(unselected.stderr.contains("Topic 1 “Data mining for SMEs” is not selected"), "\(unselected.stderr)")
        #expect(try AgoraBinary.run(["select", "m.json", "--pin", "1", "--pin", "2", "--count", "2"], in: dir.url).status == 0)
        let place = try AgoraBinary.run(["plan", "place", "m.json", "data", "--round", "2", "--room", "chartrons", "--pin"], in: dir.url)
        #expect(place.stdout == "Placed “Data mining for SMEs” in round 2, Chartrons (pinned)\n", "\(place.stderr)")
        #expect(try AgoraBinary.run(["plan", "place", "m.json", "green", "--round", "1", "--room", "garonne"], in: dir.url).status == 0)
        let unpin = try AgoraBinary.run(["plan", "pin", "m.json", "data", "--off"], in: dir.url)
        #expect(unpin.stdout == "Unpinned topic 1 in its slot\n", "\(unpin.stderr)")
        var s = try session(dir)
        #expect(s.schedule.map(\.topic) == [TopicID(2), TopicID(1)] && s.schedule.allSatisfy { !$0.pinned })
        let out = try AgoraBinary.run(["plan", "unschedule", "m.json", "green"], in: dir.url)
        #expect(out.stdout == "Took “Greentech encounters” out of the plan\n", "\(out.stderr)")
        s = try session(dir)
        #expect(s.schedule.map(\.topic) == [TopicID(1)])
        let again = try AgoraBinary.run(["plan", "unschedule", "m.json", "green"], in: dir.url)
        #expect(again.stderr.contains("Topic 2 “Greentech encounters” is not in the plan"), "\(again.stderr)")
    }

    @Test func countsInTheVerbsOutputUseCountedNouns() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        let settings = try AgoraBinary.run(["settings", "m.json", "--method", "approval"], in: dir.url)
        #expect(settings.status == 0, "\(settings.stderr)")
        _ = try AgoraBinary.run(["voting", "m.json", "open"], in: dir.url)
        let one = try AgoraBinary.run(["vote", "m.json", "ana", "data"], in: dir.url)
        #expect(one.stdout == "Ana approved 1 topic\n", "\(one.stderr)")
    }
}
