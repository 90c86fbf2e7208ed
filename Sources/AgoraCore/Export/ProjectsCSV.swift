/// Projects as CSV (RFC 4180, through ``CSVDocument/encode(_:)``): one row per project.
///
/// Lists of cities and themes are joined by ``ListText/join(_:)`` ("; ", an item holding a
/// `;` quoted), so ``ListText/split(_:)`` gives them back; activities and next steps are one
/// per line inside their cell (a quoted field may hold line breaks). Written in a
/// ``CSVStyle`` (formula guard on by default).
public enum ProjectsCSV {
    public static let header = [
        "session", "date", "host_city", "area", "meeting", "project_id", "title", "question",
        "lead_city", "partner_cities", "interested_cities", "status", "themes", "description",
        "activities", "next_steps", "next_activity",
    ]

    /// The header stays these identifiers in every language (scripts and imports match
    /// them); the activities' words are written in `language`.
    public static func render(_ projects: [ProjectRecord], style: CSVStyle = .standard, in language: Language = .en) -> String {
        style.encode([header] + projects.map { row($0, in: language) })
    }

    /// The cells of one project, in ``header`` order.
    public static func row(_ p: ProjectRecord, in language: Language = .en) -> [String] {
        [p.meeting.session, p.meeting.date.description, p.meeting.hostCity, p.meeting.area.rawValue, p.meeting.title,
         String(p.id), p.title, p.question, p.leadCity,
         ListText.join(p.partnerCities), ListText.join(p.interestedCities),
         p.status.rawValue, ListText.join(p.themes), p.description,
         p.activities.map { ProjectRecord.line($0, in: language) }.joined(separator: "\n"),
         p.nextSteps.joined(separator: "\n"),
         p.nextActivity.map { ProjectRecord.line($0, in: language) } ?? ""]
    }
}
