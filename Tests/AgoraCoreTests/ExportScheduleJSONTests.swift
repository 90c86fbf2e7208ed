import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The schedule JSON checked against what the c3voc schedule schema (validator/json/schema.json
/// of voc/schedule, read for this test and restated here, not copied) requires: the required
/// fields of the schedule, conference, day and event, their types, and the formats and
/// patterns of dates, times, UUIDs, URIs, slugs and the acronym.
@Suite("Export schedule JSON")
struct ExportScheduleJSONTests {
    static let check = """
        import json, re, sys, datetime
        doc = json.loads(sys.stdin.buffer.read().decode('utf-8'))
        errors = []
        def need(obj, path, fields):
            for name, kinds in fields.items():
                if name not in obj: errors.append(f'{path}: missing {name}'); continue
                if not isinstance(obj[name], kinds): errors.append(f'{path}.{name}: {type(obj[name]).__name__}')
        def fmt(path, value, kind):
            ok = True
            try:
                if kind == 'date': datetime.date.fromisoformat(value)
                elif kind == 'date-time':
                    d = datetime.datetime.fromisoformat(value); ok = d.tzinfo is not None
                elif kind == 'uuid': ok = re.fullmatch(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', value) is not None
                elif kind == 'uri': ok = re.fullmatch(r'[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+', value) is not None
                else: ok = re.search(kind, value) is not None
            except ValueError: ok = False
            if not ok: errors.append(f'{path}: {value!r} is not {kind}')
        S, N, I, L, D, B = str, type(None), int, list, dict, bool
        need(doc, '$', {'schedule': D})
        schedule = doc['schedule']
        need(schedule, '$.schedule', {'version': S, 'conference': D})
        conf = schedule['conference']
        need(conf, 'conference', {'title': S, 'acronym': S, 'days': L, 'daysCount': I, 'start': S, 'end': S, 'timeslot_duration': S})
        fmt('acronym', conf['acronym'], r'^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$')
        fmt('start', conf['start'], 'date'); fmt('end', conf['end'], 'date')
        fmt('time_zone_name', conf.get('time_zone_name', 'UTC'), r'^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$')
        for room in conf.get('rooms', []):
            fmt('room.guid', room['guid'], 'uuid')
            if not set(room) <= {'name', 'slug', 'type', 'guid', 'stream_id', 'description', 'capacity', 'url', 'features', 'assembly'}:
                errors.append(f'room keys {sorted(room)}')
        if conf['daysCount'] != len(conf['days']): errors.append('daysCount')
        events = 0
        for day in conf['days']:
            need(day, 'day', {'date': S, 'day_end': S, 'day_start': S, 'index': I, 'rooms': D})
            fmt('day.date', day['date'], 'date'); fmt('day_start', day['day_start'], 'date-time'); fmt('day_end', day['day_end'], 'date-time')
            for room, evs in day['rooms'].items():
                for ev in evs:
                    events += 1
                    need(ev, 'event', {'abstract': (S, N), 'date': S, 'duration': S, 'guid': S, 'id': I, 'language': (S, N),
                                       'links': L, 'persons': L, 'room': S, 'slug': S, 'start': S, 'subtitle': (S, N),
                                       'title': S, 'track': (S, N), 'type': S, 'url': S})
                    fmt('guid', ev['guid'], 'uuid'); fmt('date', ev['date'], 'date-time'); fmt('end', ev['end'], 'date-time')
                    fmt('url', ev['url'], 'uri'); fmt('slug', ev['slug'], r'^[a-z0-9_-]+[a-z0-9]$')
                    fmt('start', ev['start'], r'^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$'); fmt('duration', ev['duration'], r'^[0-9]+:[0-9]{2}$')
                    if ev['room'] != room: errors.append('event room differs from its key')
        print(json.dumps({'errors': errors[:10], 'events': events}))
        """

    struct Checked: Decodable { var errors: [String]; var events: Int }

    static func checked(_ json: String) throws -> Checked {
        let result = try Python.run(check, input: json)
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Checked.self, from: Data(result.stdout.utf8))
    }

    @Test func theDemoAndAFolderFollowTheSchedulesRequiredShape() throws {
        for sessions in [[ExportFixtures.demo], ExportFixtures.folder, ExportParseBackTests.hostile] {
            let json = try ExportRequest(subject: .schedule, format: .json).render(sessions, now: ExportFixtures.now).text
            let result = try Self.checked(json)
            #expect(result.errors == [])
            #expect(result.events == sessions.reduce(0) { $0 + $1.session.schedule.count })
        }
    }

    @Test func theDemoScheduleIsGolden() throws {
        let json = try ExportRequest(subject: .schedule, format: .json).render([ExportFixtures.demo], now: ExportFixtures.now).text
        try ExportFixtures.expectGolden(json, "demo-schedule.json")
        // Times are the meeting's wall clock with Bordeaux's summer offset.
        #expect(json.contains("\"date\" : \"2013-05-20T10:30:00+02:00\""))
        #expect(json.contains("\"time_zone_name\" : \"Europe/Paris\""))
    }

    @Test func guidsStayWhenTheMeetingIsRenamedOrRescheduled() throws {
        func guids(_ s: Session) throws -> Set<String> {
            let json = ScheduleJSON.render([NamedSession(name: "x", session: s)])
            let matches = json.split(separator: "\n").filter { $0.contains("\"guid\"") && !$0.contains("room") }
            return Set(matches.map(String.init))
        }
        var s = DemoSession.make()
        let before = try guids(s)
        var meeting = s.meeting
        meeting.title = "Another title"; meeting.date = CalendarDate("2013-06-03")!
        try s.apply(.setup(.editMeeting(meeting)), at: ExportFixtures.now)
        #expect(try guids(s) == before)
        #expect(before.count >= 6)
    }
}
