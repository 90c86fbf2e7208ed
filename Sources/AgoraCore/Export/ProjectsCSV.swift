/// Projects as CSV (RFC 4180, through ``CSVDocument/encode(_:)``): one row per project.
///
/// Lists of cities are joined with "; "; activities and next steps are one per line inside
/// their cell (a quoted field may hold line breaks).
public enum ProjectsCSV {
    public static let header = [
        "session", "date", "host_city", "area", "meeting", "project_id", "title", "question",
        "lead_city", "partner_cities", "interested_cities", "status", "themes", "description",
        "activities", "next_steps", "next_activity",
    ]

    public static func render(_ projects: [ProjectRecord]) -> String {
        CSVDocument.encode([header] + projects.map(row))
    }

    /// The cells of one project, in ``header`` order.
    public static func row(_ p: ProjectRecord) -> [String] {
        [p.meeting.session, p.meeting.date.description, p.meeting.hostCity, p.meeting.area.rawValue, p.meeting.title,
         String(p.id), p.title, p.question, p.leadCity,
         p.partnerCities.joined(separator: "; "), p.interestedCities.joined(separator: "; "),
         p.status.rawValue, p.themes.joined(separator: "; "), p.description,
         p.activities.map(ProjectRecord.line).joined(separator: "\n"),
         p.nextSteps.joined(separator: "\n"),
         p.nextActivity.map(ProjectRecord.line) ?? ""]
    }
}
