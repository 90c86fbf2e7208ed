import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// What makes a calendar trustworthy for subscribers (RFC 5545): time zones, UIDs that stay
/// across edits, SEQUENCE and DTSTAMP, recurrences that end (counted by an independent
/// expansion, python's `recurring-ical-events`), cancelled and to-do follow-ups.
@Suite("Export calendar rules")
struct ExportCalendarRulesTests {
    static var hasReferees: Bool { Python.has("icalendar") && Python.has("recurring_ical_events") }

    /// Every component as python's `icalendar` reads it, with its occurrences between two
    /// dates as `recurring-ical-events` expands them.
    struct Item: Decodable, Equatable {
        var kind: String
        var uid: String
        var summary: String
        var sequence: Int?
        var dtstamp: String
        var status: String?
        var dtstartUTC: String?
        var due: String?
        var occurrences: Int
    }

    static let reader = """
        import json, sys, datetime
        import icalendar, recurring_ical_events
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        counts = {}
        for item in recurring_ical_events.of(cal, components=['VEVENT', 'VTODO']).between((2000, 1, 1), (2100, 1, 1)):
            uid = str(item.get('uid')); counts[uid] = counts.get(uid, 0) + 1
        out = []
        for c in cal.walk():
            if c.name not in ('VEVENT', 'VTODO'): continue
            start = c.decoded('dtstart') if c.get('dtstart') is not None else None
            utc = None
            if isinstance(start, datetime.datetime) and start.tzinfo is not None:
                utc = start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M')
            out.append({'kind': c.name, 'uid': str(c.get('uid')), 'summary': str(c.get('summary')),
                        'sequence': int(c.get('sequence')) if c.get('sequence') is not None else None,
                        'dtstamp': c.decoded('dtstamp').strftime('%Y-%m-%dT%H:%M:%SZ'),
                        'status': str(c.get('status')) if c.get('status') is not None else None,
                        'dtstartUTC': utc,
                        'due': c.decoded('due').isoformat() if c.get('due') is not None else None,
                        'occurrences': counts.get(str(c.get('uid')), 0)})
        print(json.dumps(out))
        """

    static func read(_ ics: String) throws -> [Item] {
        let result = try Python.run(reader, input: ics)
        try #require(result.status == 0, "the referees could not read the calendar: \(result.stderr)")
        return try JSONDecoder().decode([Item].self, from: Data(result.stdout.utf8))
    }

    static func followups(_ sessions: [NamedSession], now: Date = ExportFixtures.now) throws -> [Item] {
        try read(FollowupCalendar.render(sessions, now: now).text)
    }

    static func apply(_ op: AgoraCore.Operation, to named: inout NamedSession, minute: Int) throws {
        try named.session.apply(op, at: ExportFixtures.now.addingTimeInterval(Double(minute) * 60))
        named = NamedSession(name: named.name, session: named.session)
    }

    @Test(.enabled(if: NeededTool.runs(hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func everyRecurrenceEndsWithTheExactNumberOfOccurrences() throws {
        let items = try Self.followups(ExportFixtures.folder)
        let occurrences = Dictionary(items.map { ($0.summary, $0.occurrences) }, uniquingKeysWith: { a, _ in a })
        // Every 4 months from 2013-09-16 for two years: Sep, Jan, May of 2013–2015 up to 2015-09-16.
        #expect(occurrences["Online exchange on the tools developed and the strategic themes of Grand Junction"] == 7)
        // Weekly from Tuesday 2014-04-01 up to 2016-04-01: 104 weeks later is 2016-03-29, so 105.
        #expect(occurrences["Weekly call of the cluster managers"] == 105)
        // Yearly from 2014-09-18 up to 2016-09-18: 2014, 2015, 2016.
        #expect(occurrences["Greentech day"] == 3)
        // Every 2 months from 2013-10-07 up to 2015-10-07: 13.
        #expect(occurrences["Online mentoring workshops on entrepreneurship"] == 13)
        #expect(occurrences["Large-scale forum on Grand Junction, each city bringing a company of the classical economy"] == 1)
        // The whole calendar is finite: nothing runs past the horizon of its latest activity.
        #expect(items.reduce(0) { $0 + $1.occurrences } == 7 + 105 + 3 + 13 + items.filter { $0.occurrences == 1 }.count)
    }

    @Test(.enabled(if: NeededTool.runs(hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func anActivitysEndDateEndsItsRecurrence() throws {
        var named = ExportFixtures.demo
        var fields = named.session.projects[0].fields
        fields.activities[0].end = CalendarDate("2014-05-16")
        try Self.apply(.work(.editProject(named.session.projects[0].id, fields)), to: &named, minute: 1)
        let item = try #require(try Self.followups([named]).first { $0.uid.hasSuffix("-project1-activity1@agora") })
        #expect(item.occurrences == 3) // 2013-09-16, 2014-01-16, 2014-05-16
        #expect(throws: AgoraError.self) {
            fields.activities[0].end = CalendarDate("2013-01-01")
            try named.session.apply(.work(.editProject(named.session.projects[0].id, fields)), at: ExportFixtures.now)
        }
    }

    @Test(.enabled(if: NeededTool.runs(hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func uidsStayAcrossRenamingReschedulingAndRemovingOtherItems() throws {
        var named = ExportFixtures.demo
        let before = try Self.followups([named])
        let scheduleBefore = try Self.read(ScheduleCalendar.render([named], now: ExportFixtures.now))
        let s = named.session
        // Rename and reschedule the meeting, rename a topic and a project, remove the first
        // activity of project 1 and move a topic to another room.
        var meeting = s.meeting
        meeting.title = "Renamed meeting"; meeting.date = CalendarDate("2013-06-03")!
        try Self.apply(.setup(.editMeeting(meeting)), to: &named, minute: 1)
        let t = named.session.topics[0]
        try Self.apply(.topics(.edit(t.id, TopicFields(title: "Renamed topic", description: t.description, proposer: t.proposer, area: t.area))),
                       to: &named, minute: 2)
        var project = named.session.projects[0].fields
        project.title = "Renamed project"
        project.activities.removeFirst()
        try Self.apply(.work(.editProject(named.session.projects[0].id, project)), to: &named, minute: 3)
        let later = ExportFixtures.now.addingTimeInterval(86_400)
        let after = try Self.followups([named], now: later)
        let scheduleAfter = try Self.read(ScheduleCalendar.render([named], now: later))

        // The removed activity's UID is gone; every other one is unchanged.
        let removed = before.first { $0.uid.hasSuffix("-project1-activity1@agora") }!
        #expect(Set(after.map(\.uid)) == Set(before.map(\.uid)).subtracting([removed.uid]))
        #expect(Set(scheduleAfter.map(\.uid)) == Set(scheduleBefore.map(\.uid)))
        #expect(scheduleAfter.contains { $0.summary == "Renamed topic" && $0.uid == scheduleBefore.first { $0.summary == s.topics[0].title }?.uid })
        // SEQUENCE grew (three changes) and DTSTAMP is the export time.
        #expect(after.allSatisfy { $0.sequence == before[0].sequence! + 3 })
        #expect(after.allSatisfy { $0.dtstamp == "2013-05-21T09:00:00Z" } && before.allSatisfy { $0.dtstamp == "2013-05-20T09:00:00Z" })
        // The rescheduled plan moved to the new day, at the same local hour.
        #expect(scheduleAfter.compactMap(\.dtstartUTC).allSatisfy { $0.hasPrefix("2013-06-03T") })
    }

    @Test(.enabled(if: NeededTool.runs(hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func roundTimesAreTheMeetingsLocalHourInEveryCalendar() throws {
        // Bordeaux in May is UTC+2: the 10:30 round is 08:30 UTC.
        let demo = try Self.read(ScheduleCalendar.render([ExportFixtures.demo], now: ExportFixtures.now))
        #expect(demo.first?.dtstartUTC == "2013-05-20T08:30")
        // The same session in New York (UTC-4 in May) and in a file without a zone (UTC).
        var named = ExportFixtures.demo
        try Self.apply(.setup(.setTimeZone("new york")), to: &named, minute: 1)
        #expect(named.session.timeZone == "America/New_York")
        #expect(try Self.read(ScheduleCalendar.render([named], now: ExportFixtures.now)).first?.dtstartUTC == "2013-05-20T14:30")
        named.session.timeZone = nil
        let utc = ScheduleCalendar.render([named], now: ExportFixtures.now)
        #expect(!utc.contains("VTIMEZONE") && utc.contains("DTSTART:20130520T103000Z\r\n"))
        #expect(try Self.read(utc).first?.dtstartUTC == "2013-05-20T10:30")
    }

    @Test(.enabled(if: NeededTool.runs(hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func doneAndDroppedProjectsAreCancelledAndDeliverablesAreToDos() throws {
        var named = ExportFixtures.demo
        try Self.apply(.work(.setProjectStatus(named.session.projects[0].id, .done)), to: &named, minute: 1)
        let items = try Self.followups([named])
        let project1 = items.filter { $0.uid.contains("-project1-") }
        #expect(!project1.isEmpty && project1.allSatisfy { $0.status == "CANCELLED" })
        let compendium = try #require(items.first { $0.summary == "Online compendium of good practices" })
        #expect(compendium.kind == "VTODO" && compendium.due == "2014-11-20")
        #expect(items.filter { !$0.uid.contains("-project1-") }.allSatisfy { $0.status != "CANCELLED" })
    }

    /// "in the fall of 2014" is a to-do from its first day due on its last, read once by both
    /// referees: never an event on an invented day.
    @Test(.enabled(if: NeededTool.runs(hasReferees), "python3 -m pip install icalendar recurring-ical-events"))
    func aVagueTimeIsAToDoSpanningItsRange() throws {
        let items = try Self.followups(ExportFixtures.folder)
        let study = try #require(items.first { $0.summary == "Joint study of the cleantech clusters in the fall of 2014" })
        #expect(study.kind == "VTODO" && study.due == "2014-11-30" && study.occurrences == 1)
        let text = FollowupCalendar.render(ExportFixtures.folder, now: ExportFixtures.now).text
        #expect(text.contains("DTSTART;VALUE=DATE:20140901\r\nDUE;VALUE=DATE:20141130\r\n"))
    }

    @Test func timeZonesAreIANANamesTypedAnyWay() throws {
        #expect(try MeetingTimeZone.identifier(typed: "europe/paris") == "Europe/Paris")
        #expect(try MeetingTimeZone.identifier(typed: "Buenos Aires") == "America/Argentina/Buenos_Aires")
        #expect(try MeetingTimeZone.identifier(typed: "utc") == "UTC")
        do {
            _ = try MeetingTimeZone.identifier(typed: "Europe/Bordeaux")
            Issue.record("Europe/Bordeaux was accepted")
        } catch let error as AgoraError {
            #expect(error.description.contains("“Europe/Bordeaux” is not a time zone"))
            #expect(error.description.contains("Europe/Paris"))
        }
        var s = DemoSession.make()
        #expect(throws: AgoraError.self) { try s.apply(.setup(.setTimeZone("Mars/Olympus")), at: ExportFixtures.now) }
        #expect(s.timeZone == "Europe/Paris")
    }

    @Test func activitiesGetNumbersThatAreNeverPositions() throws {
        var s = DemoSession.make()
        let id = s.projects[0].id
        #expect(s.projects[0].activities.map(\.id) == [1, 2, 3])
        var fields = s.projects[0].fields
        fields.activities.remove(at: 1)
        fields.activities.append(Activity(text: "A new one"))
        try s.apply(.work(.editProject(id, fields)), at: ExportFixtures.now)
        #expect(s.projects[0].activities.map(\.id) == [1, 3, 4])
        // Files without numbers get 1, 2, 3 in order, the UIDs they had.
        fields = s.projects[0].fields
        for i in fields.activities.indices { fields.activities[i].id = nil }
        try s.apply(.work(.editProject(id, fields)), at: ExportFixtures.now)
        #expect(s.projects[0].activities.map(\.id) == [1, 2, 3])
    }
}

/// "Next activity" counts from the export's day, through each repetition, never past the end.
@Suite("Next activity from today")
struct NextActivityTests {
    static func next(_ today: String) -> Activity? {
        ProjectRecord.all(in: [ExportFixtures.demo], today: CalendarDate(today)!)[0].nextActivity
    }

    @Test func theNextOccurrenceFromTodayIsChosen() throws {
        // Project 1: every 4 months from 2013-09-16 until 2015-09-16; a forum on 2014-10-15; a compendium due 2014-11-20.
        #expect(Self.next("2013-05-20")?.due == CalendarDate("2013-09-16"))
        #expect(Self.next("2013-09-17")?.due == CalendarDate("2014-01-16"))
        let autumn = try #require(Self.next("2014-09-17"))
        #expect(autumn.due == CalendarDate("2014-10-15") && autumn.text.hasPrefix("Large-scale forum"))
        #expect(Self.next("2015-09-16")?.due == CalendarDate("2015-09-16"))
        #expect(Self.next("2015-09-17") == nil)
    }

    @Test func skippedDaysOfShortMonthsAreNotInvented() {
        let a = Activity(text: "Monthly call", cadence: Cadence(every: 1, unit: .month), due: CalendarDate("2014-01-31"))
        #expect(ActivityOccurrences.next(a, from: CalendarDate("2014-02-01")!) == CalendarDate("2014-03-31"))
    }
}
