/// Project activities as iCalendar (RFC 5545) follow-ups: each dated activity is an all-day
/// event on its date, a repeating one with an RRULE ("every 4 months" is
/// `FREQ=MONTHLY;INTERVAL=4`). Activities without a date cannot be placed: they are listed in
/// ``Calendar/skipped`` and, in the file, as `X-AGORA-SKIPPED` properties of the calendar.
public enum FollowupCalendar {
    public struct Calendar: Equatable, Sendable {
        /// The iCalendar text.
        public var text: String
        /// "Project title: activity text" for every activity left out for want of a date.
        public var skipped: [String]
    }

    public static func render(_ sessions: [NamedSession]) -> Calendar {
        let ordered = NamedSession.ordered(sessions)
        var events: [ICalendarComponent] = []
        var skipped: [String] = []
        for named in ordered {
            let s = named.session, m = s.meeting
            for project in s.projects.sorted(by: { $0.id < $1.id }) {
                for (n, activity) in project.activities.enumerated() {
                    guard let due = activity.due else {
                        skipped.append("\(project.title): \(activity.text)")
                        continue
                    }
                    var event = ICalendarComponent("VEVENT")
                    event.add("UID", "\(Slug.meeting(m))-p\(project.id)-a\(n + 1)@agora")
                    event.add("DTSTAMP", ICalendarComponent.date(m.date) + "T000000Z")
                    event.add("DTSTART;VALUE=DATE", ICalendarComponent.date(due))
                    if let cadence = activity.cadence { event.add("RRULE", rule(cadence)) }
                    event.addText("SUMMARY", activity.text)
                    var lines = ["Project: \(project.title)"]
                    if !project.question.isEmpty { lines.append(project.question) }
                    lines.append("Lead city: \(project.leadCity)")
                    if !project.partnerCities.isEmpty { lines.append("Partner cities: \(project.partnerCities.joined(separator: ", "))") }
                    if !activity.owner.isEmpty { lines.append("Carried by: \(activity.owner)") }
                    if let cadence = activity.cadence { lines.append("Repeats \(cadence)") }
                    lines.append("Status: \(project.status.phrase)")
                    lines.append("From: \(m.title), \(m.hostCity), \(m.date)")
                    event.addText("DESCRIPTION", lines.joined(separator: "\n"))
                    event.addText("CATEGORIES", activity.kind.rawValue)
                    event.add("STATUS", status(project.status))
                    event.add("TRANSP", "TRANSPARENT")
                    events.append(event)
                }
            }
        }
        let name = ordered.count == 1 ? "Follow-ups: \(ordered[0].session.meeting.title)" : "Agora project follow-ups"
        let notes = skipped.map { ("X-AGORA-SKIPPED", ICalendarText.escape("no date: " + $0)) }
        return Calendar(text: ICalendarComponent.calendar(name: name, events: events, extra: notes).text, skipped: skipped)
    }

    /// `FREQ=MONTHLY;INTERVAL=4` for every 4 months; no INTERVAL when it is 1.
    static func rule(_ cadence: Cadence) -> String {
        let freq: String
        switch cadence.unit {
        case .week: freq = "WEEKLY"
        case .month: freq = "MONTHLY"
        case .year: freq = "YEARLY"
        }
        return "FREQ=\(freq)" + (cadence.every > 1 ? ";INTERVAL=\(cadence.every)" : "")
    }

    /// A dropped project's events are cancelled; an idea or candidate is tentative.
    static func status(_ status: ProjectStatus) -> String {
        switch status {
        case .idea, .candidate: return "TENTATIVE"
        case .agreed, .inProgress, .done: return "CONFIRMED"
        case .dropped: return "CANCELLED"
        }
    }
}
