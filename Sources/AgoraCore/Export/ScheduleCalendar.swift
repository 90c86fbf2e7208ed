/// The plan as iCalendar (RFC 5545): one event per scheduled topic, in its room, at its
/// round's time on the meeting day (floating local time: the meeting's own clock).
public enum ScheduleCalendar {
    public static func render(_ sessions: [NamedSession]) -> String {
        let ordered = NamedSession.ordered(sessions)
        let name = ordered.count == 1 ? ordered[0].session.meeting.title : "Agora meetings"
        return ICalendarComponent.calendar(name: name, events: ordered.flatMap(events)).text
    }

    /// The events of one session, by round then room.
    static func events(_ named: NamedSession) -> [ICalendarComponent] {
        let s = named.session, m = s.meeting
        let results = Dictionary(Tally.results(of: s).map { ($0.topic, $0) }, uniquingKeysWith: { a, _ in a })
        var events: [ICalendarComponent] = []
        for (n, round) in s.rounds.enumerated() {
            let roomOrder = Dictionary(s.rooms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            let slots = s.schedule.filter { $0.round == round.id }
                .sorted { (roomOrder[$0.room] ?? 0, $0.room) < (roomOrder[$1.room] ?? 0, $1.room) }
            for slot in slots {
                guard let topic = s.topic(slot.topic) else { continue }
                var event = ICalendarComponent("VEVENT")
                event.add("UID", "\(Slug.meeting(m))-r\(n + 1)-t\(topic.id)@agora")
                event.add("DTSTAMP", ICalendarComponent.date(m.date) + "T000000Z")
                event.add("DTSTART", ICalendarComponent.dateTime(m.date, round.start))
                event.add("DTEND", ICalendarComponent.dateTime(m.date, minutesAfterMidnight: round.start.minutesSinceMidnight + round.minutes))
                event.addText("SUMMARY", topic.title)
                let room = s.room(slot.room)?.name ?? ""
                event.addText("LOCATION", [room, m.venue].filter { !$0.isEmpty }.joined(separator: ", "))
                let people = s.assignments.filter { $0.round == round.id && $0.topic == topic.id }.count
                var lines = ["\(m.title) (\(m.hostCity), \(m.area.title)) — round \(n + 1)"]
                if !topic.description.isEmpty { lines.append(topic.description) }
                if let r = results[topic.id] { lines.append("Rank \(r.rank): \(r.dots) \(unit(s)) from \(r.voters) voters") }
                if people > 0 { lines.append("Group: \(people) people") }
                event.addText("DESCRIPTION", lines.joined(separator: "\n"))
                event.addText("CATEGORIES", m.area.title)
                events.append(event)
            }
        }
        return events
    }

    static func unit(_ s: Session) -> String { s.voting.method.unit }
}
