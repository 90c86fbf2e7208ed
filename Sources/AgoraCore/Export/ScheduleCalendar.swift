import Foundation

/// The plan as iCalendar (RFC 5545): one event per scheduled topic, in its room, at its
/// round's time on the meeting day, in the meeting's time zone (TZID with its VTIMEZONE).
///
/// An event's UID is made of the session's ``Session/calendarIdentity`` and the topic's id
/// (a topic runs once), so it survives re-export, moving the topic, renaming it or the
/// meeting, rescheduling, and removing other topics. SEQUENCE is the session's revision
/// (``NamedSession/revision``) and DTSTAMP the moment of the export.
public enum ScheduleCalendar {
    /// SUMMARY and LOCATION are as typed; DESCRIPTION's words are in `language`.
    public static func render(_ sessions: [NamedSession], now: Date, in language: Language = .en) -> String {
        let ordered = NamedSession.ordered(sessions)
        let name = ordered.count == 1 ? ordered[0].session.meeting.title : ExportText.text("export.calendar.meetings", in: language)
        var zones: [String: (ICalendarTimeZone, ClosedRange<Date>)] = [:]
        var events: [ICalendarComponent] = []
        for (named, identity) in zip(ordered, NamedSession.identities(ordered)) {
            let made = self.events(named, identity: identity, now: now, in: language)
            events += made
            guard !made.isEmpty else { continue }
            let zone = ICalendarTimeZone(named.session.clock)
            let day = zone.instant(named.session.meeting.date)
            let span = day...day.addingTimeInterval(3 * 86_400)
            let old = zones[zone.zone.identifier]?.1
            zones[zone.zone.identifier] = (zone, old.map { min($0.lowerBound, span.lowerBound)...max($0.upperBound, span.upperBound) } ?? span)
        }
        let timezones = zones.keys.sorted().compactMap { zones[$0].flatMap { $0.0.component(covering: $0.1) } }
        return ICalendarComponent.calendar(name: name, components: timezones + events).text
    }

    /// The events of one session, by round then room.
    static func events(_ named: NamedSession, identity: String, now: Date, in language: Language) -> [ICalendarComponent] {
        func say(_ key: String, _ values: [String: String]) -> String { ExportText.text("export.calendar." + key, in: language, values) }
        let s = named.session, m = s.meeting
        let zone = ICalendarTimeZone(s.clock)
        let results = Dictionary(Tally.results(of: s).map { ($0.topic, $0) }, uniquingKeysWith: { a, _ in a })
        let roomOrder = Dictionary(s.rooms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var events: [ICalendarComponent] = []
        for (n, round) in s.rounds.enumerated() {
            let slots = s.schedule.filter { $0.round == round.id }
                .sorted { (roomOrder[$0.room] ?? 0, $0.room) < (roomOrder[$1.room] ?? 0, $1.room) }
            for slot in slots {
                guard let topic = s.topic(slot.topic) else { continue }
                var event = ICalendarComponent("VEVENT")
                event.add("UID", "\(identity)-topic\(topic.id)@agora")
                event.add("DTSTAMP", ICalendarTimeZone.utc(now))
                event.add("SEQUENCE", String(named.revision))
                let start = round.start.minutesSinceMidnight
                event.add(zone.property("DTSTART", m.date, minutesAfterMidnight: start))
                event.add(zone.property("DTEND", m.date, minutesAfterMidnight: start + round.minutes))
                event.addText("SUMMARY", topic.title)
                let room = s.room(slot.room)?.name ?? ""
                event.addText("LOCATION", [room, m.venue].filter { !$0.isEmpty }.joined(separator: ", "))
                let people = s.assignments.filter { $0.round == round.id && $0.topic == topic.id }.count
                var lines = [say("round", ["meeting": m.title, "city": m.hostCity, "area": m.area.title, "number": String(n + 1)])]
                if !topic.description.isEmpty { lines.append(topic.description) }
                if let r = results[topic.id] {
                    lines.append(say("rank", ["rank": String(r.rank), "points": s.voting.method.countedUnit(in: language)(r.dots),
                                              "voters": String(r.voters)]))
                }
                if people > 0 { lines.append(say("group", ["count": String(people)])) }
                event.addText("DESCRIPTION", lines.joined(separator: "\n"))
                event.addText("CATEGORIES", m.area.title)
                events.append(event)
            }
        }
        return events
    }
}
