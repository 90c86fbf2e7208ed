import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// iCalendar exports read back by python's `icalendar` package, and checked line by line.
@Suite("Export calendars")
struct ExportCalendarTests {
    struct Event: Decodable, Equatable {
        var uid: String
        var summary: String
        var location: String?
        var description: String?
        var dtstart: String
        var dtend: String?
        var rrule: String?
    }

    static let reader = """
        import json, sys
        import icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        out = []
        for ev in cal.walk('VEVENT'):
            def text(name):
                v = ev.get(name)
                return None if v is None else str(v)
            out.append({'uid': text('uid'), 'summary': text('summary'), 'location': text('location'),
                        'description': text('description'), 'dtstart': ev.decoded('dtstart').isoformat(),
                        'dtend': ev.decoded('dtend').isoformat() if ev.get('dtend') is not None else None,
                        'rrule': ev.get('rrule').to_ical().decode() if ev.get('rrule') is not None else None})
        print(json.dumps(out))
        """

    static func parse(_ ics: String) throws -> [Event] {
        let result = try Python.run(reader, input: ics)
        try #require(result.status == 0, "icalendar could not read the calendar: \(result.stderr)")
        return try JSONDecoder().decode([Event].self, from: Data(result.stdout.utf8))
    }

    static var hasICalendar: Bool { Python.has("icalendar") }

    @Test(.enabled(if: NeededTool.runs(hasICalendar), "python3 -m pip install icalendar")) func scheduleReadsBack() throws {
        let events = try Self.parse(ScheduleCalendar.render([ExportFixtures.demo], now: ExportFixtures.now))
        #expect(events.count == 6)
        #expect(events[0] == Event(uid: "agora-1369040400-e1b8ea61-topic1@agora",
                                   summary: "Linking traditional and new ICT industries",
                                   location: "Garonne, Hangar 14, Bordeaux",
                                   description: "UCLG Digital Cities — first working meeting (Bordeaux, Smart Economy) — round 1\nHow can the classical economy use digital tools to grow?\nRank 2: 14 dots from 7 voters\nGroup: 6 people",
                                   dtstart: "2013-05-20T10:30:00+02:00", dtend: "2013-05-20T11:20:00+02:00", rrule: nil))
        #expect(events.map(\.dtstart).filter { $0.hasPrefix("2013-05-20T11:40") }.count == 3)
        #expect(Set(events.map(\.uid)).count == 6)
    }

    @Test(.enabled(if: NeededTool.runs(hasICalendar), "python3 -m pip install icalendar")) func followupsReadBackWithTheirRules() throws {
        let events = try Self.parse(FollowupCalendar.render(ExportFixtures.folder, now: ExportFixtures.now).text)
        let rules = Dictionary(events.map { ($0.summary, $0.rrule ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(rules["Online exchange on the tools developed and the strategic themes of Grand Junction"] == "FREQ=MONTHLY;UNTIL=20150916;INTERVAL=4")
        #expect(rules["Weekly call of the cluster managers"] == "FREQ=WEEKLY;UNTIL=20160401")
        #expect(rules["Greentech day"] == "FREQ=YEARLY;UNTIL=20160918")
        #expect(rules["Large-scale forum on Grand Junction, each city bringing a company of the classical economy"] == "")
        #expect(events.first { $0.summary == "Greentech day" }?.dtstart == "2014-09-18")
        #expect(!events.contains { $0.summary == "Map the cleantech firms of each city" })
    }

    /// Hostile titles, rooms and descriptions come back exactly (control characters aside).
    @Test(.enabled(if: NeededTool.runs(hasICalendar), "python3 -m pip install icalendar")) func hostileTextReadsBack() throws {
        let sessions = ExportParseBackTests.hostile
        let ics = ScheduleCalendar.render(sessions, now: ExportFixtures.now)
        let events = try Self.parse(ics)
        var expected: [String] = []
        for named in NamedSession.ordered(sessions) {
            let s = named.session
            for round in s.rounds {
                let order = Dictionary(s.rooms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
                for slot in s.schedule.filter({ $0.round == round.id }).sorted(by: { order[$0.room]! < order[$1.room]! }) {
                    expected.append(s.topic(slot.topic)!.title)
                }
            }
        }
        #expect(events.count == expected.count)
        for (event, title) in zip(events, expected) where event.summary != Self.icsVisible(title) {
            Issue.record("SUMMARY changed: \(title.debugDescription) came back as \(event.summary.debugDescription)")
        }
        let followups = try Self.parse(FollowupCalendar.render(sessions, now: ExportFixtures.now).text)
        #expect(!followups.isEmpty)
    }

    /// What ``ICalendarText/escape(_:)`` keeps of a text: line breaks as LF, no control characters but tab.
    static func icsVisible(_ s: String) -> String {
        let lf = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return String(String.UnicodeScalarView(lf.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }))
    }

    /// RFC 5545 framing checked by hand: CRLF only, lines of at most 75 octets, each line valid
    /// UTF-8 by itself (no fold splits a character), and unfolding gives back escaped values.
    @Test func linesAreFoldedAt75OctetsWithoutSplittingCharacters() throws {
        for ics in [ScheduleCalendar.render(ExportParseBackTests.hostile, now: ExportFixtures.now), FollowupCalendar.render(ExportParseBackTests.hostile, now: ExportFixtures.now).text,
                    ScheduleCalendar.render([ExportFixtures.demo], now: ExportFixtures.now)] {
            let bytes = Array(ics.utf8)
            #expect(bytes.suffix(2) == [13, 10])
            var lines: [[UInt8]] = []
            var current: [UInt8] = []
            var i = 0
            while i < bytes.count {
                if bytes[i] == 13 {
                    try #require(i + 1 < bytes.count && bytes[i + 1] == 10, "a CR without LF at byte \(i)")
                    lines.append(current); current = []; i += 2; continue
                }
                try #require(bytes[i] != 10, "a bare LF at byte \(i)")
                current.append(bytes[i]); i += 1
            }
            for line in lines {
                #expect(line.count <= 75, "a line of \(line.count) octets")
                #expect(String(validating: line, as: UTF8.self) != nil, "a fold splits a UTF-8 sequence")
            }
            #expect(lines.first == Array("BEGIN:VCALENDAR".utf8) && lines.last == Array("END:VCALENDAR".utf8))
        }
    }

    @Test func textValuesAreEscaped() {
        #expect(ICalendarText.escape("a\\b;c,d\r\ne\nf\rg\u{0}h\tі") == "a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\tі")
        let long = String(repeating: "é", count: 80)
        let folded = ICalendarText.fold("SUMMARY:" + long)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + long + "\r\n")
    }
}
