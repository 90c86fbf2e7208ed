import Foundation

/// The plan as the schedule JSON of frab and pretalx (the c3voc schedule format), which
/// schedule apps such as Giggity and ConfClerk import: one conference per export, one day per
/// meeting day, and each scheduled topic an event in its room at its round's time, with the
/// meeting's time zone in every date-time.
///
/// Identifiers are stable like the calendars' UIDs (``Session/calendarIdentity`` and the topic's
/// number): `guid` is a name-based UUID (RFC 9562 version 8, made from two FNV-1a hashes of the
/// event's name) and `url` the URN of that UUID, since a meeting has no web page of its own.
public enum ScheduleJSON {
    public static func render(_ sessions: [NamedSession]) -> String {
        let ordered = NamedSession.ordered(sessions)
        let identities = NamedSession.identities(ordered)
        var days: [String: [(NamedSession, String)]] = [:]
        for (named, identity) in zip(ordered, identities) { days[named.session.meeting.date.description, default: []].append((named, identity)) }
        let dayKeys = days.keys.sorted()
        let zoneName = ordered.first?.session.timeZone ?? MeetingTimeZone.unset

        var roomNames: [String] = []
        var roomCapacity: [String: Int] = [:]
        var dayObjects: [[String: Any]] = []
        for (index, key) in dayKeys.enumerated() {
            var rooms: [String: [[String: Any]]] = [:]
            var first = Int.max, last = 0
            var zone = ICalendarTimeZone(TimeZone(identifier: zoneName) ?? TimeZone(secondsFromGMT: 0)!)
            for (named, identity) in days[key]! {
                let s = named.session
                zone = ICalendarTimeZone(s.clock)
                for (n, round) in s.rounds.enumerated() {
                    for slot in s.schedule where slot.round == round.id {
                        guard let topic = s.topic(slot.topic) else { continue }
                        let roomName = ordered.count == 1 ? (s.room(slot.room)?.name ?? "") : "\(s.meeting.hostCity): \(s.room(slot.room)?.name ?? "")"
                        if !roomNames.contains(roomName) { roomNames.append(roomName); roomCapacity[roomName] = s.room(slot.room)?.capacity }
                        let start = round.start.minutesSinceMidnight
                        first = min(first, start); last = max(last, start + round.minutes)
                        let name = "\(identity)-topic\(topic.id)"
                        let guid = uuid(name)
                        var event: [String: Any] = [
                            "id": topic.id.rawValue + 1000 * (identities.firstIndex(of: identity) ?? 0),
                            "guid": guid,
                            "url": "urn:uuid:" + guid,
                            "slug": Slug.make(identity + " topic " + String(topic.id.rawValue)),
                            "date": dateTime(s.meeting.date, start, zone),
                            "end": dateTime(s.meeting.date, start + round.minutes, zone),
                            "start": hhmm(start),
                            "duration": hhmm(round.minutes),
                            "room": roomName,
                            "title": topic.title,
                            "subtitle": "Round \(n + 1)",
                            "track": s.meeting.area.title,
                            "type": "workshop",
                            "language": NSNull(),
                            "abstract": topic.description,
                            "description": description(topic, s),
                            "persons": [Any](),
                            "links": [Any](),
                        ]
                        if topic.description.isEmpty { event["abstract"] = NSNull() }
                        rooms[roomName, default: []].append(event)
                    }
                }
            }
            let day = CalendarDate(key)!
            dayObjects.append([
                "index": index + 1,
                "date": key,
                "day_start": dateTime(day, first == Int.max ? 0 : first, zone),
                "day_end": dateTime(day, first == Int.max ? 1439 : last, zone),
                "rooms": rooms,
            ])
        }
        let title = ordered.count == 1 ? ordered[0].session.meeting.title : "Agora meetings"
        let acronymBase = ordered.count == 1 ? Slug.make(ordered[0].session.meeting.hostCity) + " " + (dayKeys.first ?? "") : "agora meetings"
        let conference: [String: Any] = [
            "acronym": acronym(acronymBase),
            "title": title,
            "start": dayKeys.first ?? "",
            "end": dayKeys.last ?? "",
            "daysCount": dayKeys.count,
            "timeslot_duration": "00:05",
            "time_zone_name": zoneName,
            "rooms": roomNames.map { name -> [String: Any] in
                ["name": name, "guid": uuid("room " + name), "capacity": roomCapacity[name].map { $0 as Any } ?? NSNull()]
            },
            "days": dayObjects,
        ]
        let document: [String: Any] = [
            "$schema": "https://c3voc.de/schedule/schema.json",
            "generator": ["name": "agora", "version": "0.1.0"],
            "schedule": ["version": "1", "conference": conference],
        ]
        // Plain dictionaries, arrays, strings and numbers: serialization cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func description(_ topic: Topic, _ s: Session) -> String {
        var lines = ["\(s.meeting.title) (\(s.meeting.hostCity), \(s.meeting.area.title))"]
        if let venue = Optional(s.meeting.venue), !venue.isEmpty { lines.append(venue) }
        if let by = s.credit(topic.proposer) { lines.append("Proposed by \(by)") }
        return lines.joined(separator: "\n")
    }

    /// `10:30` for 630 minutes; lengths of a day or more keep counting hours (`25:00`).
    static func hhmm(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// `2013-05-20T10:30:00+02:00`: a wall-clock time of the meeting with its offset.
    static func dateTime(_ day: CalendarDate, _ minutes: Int, _ zone: ICalendarTimeZone) -> String {
        let instant = zone.instant(day, minutesAfterMidnight: minutes)
        let offset = zone.zone.secondsFromGMT(for: instant)
        let wall = ICalendarTimeZone.wallClock(instant, offset: offset)
        let d = Array(wall)
        let o = ICalendarTimeZone.offset(offset)
        return String(d[0..<4]) + "-" + String(d[4..<6]) + "-" + String(d[6..<8]) + "T" + String(d[9..<11]) + ":" + String(d[11..<13])
            + ":" + String(d[13..<15]) + String(o.prefix(3)) + ":" + String(o.dropFirst(3).prefix(2))
    }

    /// The schema's acronym: lower-case letters, digits and `_` (at least four).
    static func acronym(_ text: String) -> String {
        var a = Slug.make(text).replacingOccurrences(of: "-", with: "_")
        while a.count < 4 { a += "_" }
        return a
    }

    /// A name-based UUID (RFC 9562 version 8): 128 bits from FNV-1a of the name and of the name
    /// reversed, with the version and variant bits set. The same name gives the same UUID.
    static func uuid(_ name: String) -> String {
        var hex = Slug.hash(name) + Slug.hash("a" + name) + Slug.hash(String(name.reversed())) + Slug.hash("b" + name)
        var chars = Array(hex)
        chars[12] = "8"
        let variant = ["8", "9", "a", "b"]
        chars[16] = Character(variant[Int(String(chars[16]), radix: 16)! % 4])
        hex = String(chars)
        return [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
            .map(String.init).joined(separator: "-")
    }
}
