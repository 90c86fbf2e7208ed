import Foundation

/// Project activities as iCalendar (RFC 5545) follow-ups a secretariat can subscribe to.
///
/// - A repeating activity is an all-day VEVENT on its start date with an RRULE ("every 4
///   months" is `FREQ=MONTHLY;INTERVAL=4`) that always ends: `UNTIL` its end date, or
///   ``horizonYears`` after its start when it has none.
/// - A dated one-off meeting (an exchange, event or mentoring) is an all-day VEVENT; a dated
///   deliverable (a publication or anything else) is a to-do (VTODO) with `DUE`.
/// - A one-off with a range instead of a day (a vague time such as "fall of 2014",
///   ``Activity/window``) is a to-do from its first day (`DTSTART;VALUE=DATE`) due on its last
///   (`DUE;VALUE=DATE`), whatever its kind: calendar apps list it as a task to do in that
///   time rather than pretend it happens on one day; its words stay in SUMMARY and the range
///   is spelled out in DESCRIPTION.
/// - A done or dropped project's activities are `STATUS:CANCELLED`, so subscribers see them
///   stop; an idea or candidate's events are tentative.
/// - UIDs are made of the session's ``Session/calendarIdentity``, the project's id and the
///   activity's number (``Activity/id``): never positions or titles, so they survive
///   re-export, renaming, rescheduling and removing other activities. SEQUENCE is the
///   session's revision (``NamedSession/revision``), DTSTAMP the moment of the export.
///
/// Activities without a date cannot be placed: they are listed in ``Calendar/skipped`` and, in
/// the file, as `X-AGORA-SKIPPED` properties of the calendar.
public enum FollowupCalendar {
    public struct Calendar: Equatable, Sendable {
        /// The iCalendar text.
        public var text: String
        /// "Project title: activity text" for every activity left out for want of a date.
        public var skipped: [String]
    }

    /// How long a repeating activity without an end date runs: two years from its start.
    public static let horizonYears = 2

    /// SUMMARY is the activity as typed; DESCRIPTION's words and the calendar's name are in `language`.
    public static func render(_ sessions: [NamedSession], now: Date, in language: Language = .en) -> Calendar {
        func say(_ key: String, _ values: [String: String] = [:]) -> String { ExportText.text("export.calendar." + key, in: language, values) }
        func labelled(_ key: String, _ value: String) -> String { ExportText.labelled(key, value, in: language) }
        func date(_ d: CalendarDate) -> String { ExportText.date(d, in: language) }
        let ordered = NamedSession.ordered(sessions)
        var components: [ICalendarComponent] = []
        var skipped: [String] = []
        for (named, identity) in zip(ordered, NamedSession.identities(ordered)) {
            let s = named.session, m = s.meeting
            for project in s.projects.sorted(by: { $0.id < $1.id }) {
                for (n, activity) in project.activities.enumerated() {
                    guard let due = activity.due else {
                        skipped.append(Typography.labelled(project.title, activity.text, in: language))
                        continue
                    }
                    let window = activity.window
                    let isTask = window != nil || activity.cadence == nil && [.publication, .other].contains(activity.kind)
                    var item = ICalendarComponent(isTask ? "VTODO" : "VEVENT")
                    item.add("UID", "\(identity)-project\(project.id)-activity\(activity.id ?? n + 1)@agora")
                    item.add("DTSTAMP", ICalendarTimeZone.utc(now))
                    item.add("SEQUENCE", String(named.revision))
                    if let window {
                        item.add("DTSTART;VALUE=DATE", ICalendarComponent.date(window.lowerBound))
                        item.add("DUE;VALUE=DATE", ICalendarComponent.date(window.upperBound))
                    } else if isTask {
                        item.add("DUE;VALUE=DATE", ICalendarComponent.date(due))
                    } else {
                        item.add("DTSTART;VALUE=DATE", ICalendarComponent.date(due))
                        if let cadence = activity.cadence {
                            item.add("RRULE", rule(cadence, until: lastDay(of: activity, start: due)))
                        }
                    }
                    item.addText("SUMMARY", activity.text)
                    var lines = [labelled("export.calendar.project", project.title)]
                    if !project.question.isEmpty { lines.append(project.question) }
                    lines.append(labelled("export.projects.leadCity", project.leadCity))
                    if !project.partnerCities.isEmpty {
                        lines.append(labelled("export.projects.partnerCities", project.partnerCities.joined(separator: ", ")))
                    }
                    if !activity.owner.isEmpty { lines.append(labelled("export.calendar.carriedBy", activity.owner)) }
                    if let cadence = activity.cadence {
                        lines.append(say("repeats", ["cadence": ExportText.cadence(cadence, in: language),
                                                     "date": date(lastDay(of: activity, start: due))]))
                    }
                    if let window { lines.append(say("window", ["start": date(window.lowerBound), "end": date(window.upperBound)])) }
                    lines.append(labelled("export.projects.status", ExportText.status(project.status, in: language)))
                    lines.append(labelled("export.calendar.from", "\(m.title), \(m.hostCity), \(date(m.date))"))
                    item.addText("DESCRIPTION", lines.joined(separator: "\n"))
                    item.addText("CATEGORIES", activity.kind.rawValue)
                    item.add("STATUS", isTask ? taskStatus(project.status) : status(project.status))
                    if !isTask { item.add("TRANSP", "TRANSPARENT") }
                    components.append(item)
                }
            }
        }
        let name = ordered.count == 1 ? say("followups", ["title": ordered[0].session.meeting.title]) : say("allFollowups")
        let notes = skipped.map { ("X-AGORA-SKIPPED", ICalendarText.escape(say("noDate", ["what": $0]))) }
        return Calendar(text: ICalendarComponent.calendar(name: name, components: components, extra: notes).text, skipped: skipped)
    }

    /// The last day a repeating activity may fall on: its end, or the horizon after its start.
    public static func lastDay(of activity: Activity, start: CalendarDate) -> CalendarDate {
        activity.end ?? start.adding(years: horizonYears)
    }

    /// `FREQ=MONTHLY;INTERVAL=4;UNTIL=20150520` for every 4 months until 20 May 2015; no
    /// INTERVAL when it is 1. UNTIL is a DATE, like the all-day DTSTART (RFC 5545 §3.3.10).
    static func rule(_ cadence: Cadence, until: CalendarDate) -> String {
        let freq: String
        switch cadence.unit {
        case .week: freq = "WEEKLY"
        case .month: freq = "MONTHLY"
        case .year: freq = "YEARLY"
        }
        return "FREQ=\(freq)" + (cadence.every > 1 ? ";INTERVAL=\(cadence.every)" : "") + ";UNTIL=" + ICalendarComponent.date(until)
    }

    /// A done or dropped project's events are cancelled; an idea or candidate is tentative.
    static func status(_ status: ProjectStatus) -> String {
        switch status {
        case .idea, .candidate: return "TENTATIVE"
        case .agreed, .inProgress: return "CONFIRMED"
        case .done, .dropped: return "CANCELLED"
        }
    }

    /// A to-do's status (RFC 5545 §3.8.1.11): cancelled with a done or dropped project.
    static func taskStatus(_ status: ProjectStatus) -> String {
        switch status {
        case .idea, .candidate, .agreed: return "NEEDS-ACTION"
        case .inProgress: return "IN-PROCESS"
        case .done, .dropped: return "CANCELLED"
        }
    }
}

extension CalendarDate {
    /// The same day `years` later; 29 February becomes 28 February in a common year.
    func adding(years: Int) -> CalendarDate {
        let y = min(9999, max(1, year + years))
        return CalendarDate(year: y, month: month, day: min(day, CalendarDate.daysIn(month: month, year: y)))!
    }
}
