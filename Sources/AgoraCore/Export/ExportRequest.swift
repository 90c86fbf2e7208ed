import Foundation

/// What an export is about (`--what`).
public enum ExportSubject: String, CaseIterable, Sendable {
    case report, projects, experiences, schedule, followups, groups, results
}

/// The file format of an export (`--format`).
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, csv, json, html, ics
}

/// The text of an export, and notes for the person who asked (activities left out…).
public struct ExportOutput: Equatable, Sendable {
    public var text: String
    public var notes: [String]
    public init(text: String, notes: [String] = []) { self.text = text; self.notes = notes }
}

/// One export: a subject in a format, names kept or dropped. The one place that says which
/// combinations exist and which renderer makes each.
public struct ExportRequest: Equatable, Sendable {
    public var subject: ExportSubject
    public var format: ExportFormat
    /// Drop personal names (see ``Session/anonymized()``); cities and organizations stay.
    public var anonymize: Bool
    /// How CSV is written: the formula guard (on by default) and the byte order mark.
    public var csv: CSVStyle
    /// The language the export's words are written in (``NamedSession/outputLanguage(of:choice:)``:
    /// the meeting's, or the one asked for); what people typed stays as typed, and JSON and
    /// CSV column names are identifiers, the same in every language.
    public var language: Language

    public init(subject: ExportSubject, format: ExportFormat, anonymize: Bool = false, csv: CSVStyle = .standard,
                language: Language = .en) {
        self.subject = subject; self.format = format; self.anonymize = anonymize; self.csv = csv; self.language = language
    }

    /// The formats each subject can be written in.
    public static let formats: [ExportSubject: [ExportFormat]] = [
        .report: [.markdown, .html],
        .projects: [.csv, .json, .markdown, .html],
        .experiences: [.markdown, .html],
        .schedule: [.ics, .csv, .json],
        .followups: [.ics],
        .groups: [.csv],
        .results: [.csv],
    ]

    /// Exports that describe one meeting's own engine output and need exactly one session.
    static func needsOneSession(_ subject: ExportSubject, _ format: ExportFormat) -> Bool {
        subject == .groups || subject == .results || (subject == .schedule && format == .csv)
    }

    /// "report: markdown, html; projects: csv, json, markdown, html; …", for usage errors.
    public static var combinations: String {
        ExportSubject.allCases.map { "\($0.rawValue): " + formats[$0, default: []].map(\.rawValue).joined(separator: ", ") }
            .joined(separator: "; ")
    }

    /// The day of `now` in UTC: what "next activity" counts from.
    static func day(of now: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    /// Whether this subject can be written in this format.
    public var isSupported: Bool { ExportRequest.formats[subject, default: []].contains(format) }

    /// The export of `sessions`, made at `now` (calendars' DTSTAMP; nothing else depends on it).
    /// - Throws: ``AgoraError`` for a combination that does not exist, or a one-meeting
    ///   export (groups, results, schedule as CSV) asked of several sessions.
    public func render(_ sessions: [NamedSession], now: Date) throws -> ExportOutput {
        guard isSupported else {
            throw AgoraError.invalid("There is no \(format.rawValue) export of \(subject.rawValue)",
                                     hint: "Valid combinations: \(ExportRequest.combinations)")
        }
        if ExportRequest.needsOneSession(subject, format), sessions.count != 1 {
            throw AgoraError.invalid("--what \(subject.rawValue) --format \(format.rawValue) describes one meeting, and \(sessions.count) sessions were given",
                                     hint: "Export it from one session file")
        }
        let today = ExportRequest.day(of: now)
        let input = anonymize ? sessions.map { NamedSession(name: $0.name, session: $0.session.anonymized(), revision: $0.revision) } : sessions
        let language = self.language
        switch (subject, format) {
        case (.report, .html): return ExportOutput(text: MeetingReportHTML.render(input, in: language))
        case (.report, _): return ExportOutput(text: MeetingReport.render(input, in: language))
        case (.projects, .csv):
            return ExportOutput(text: ProjectsCSV.render(ProjectRecord.all(in: input, today: today), style: csv, in: language))
        case (.projects, .json): return ExportOutput(text: ProjectsJSON.render(ProjectRecord.all(in: input, today: today)))
        case (.projects, .html): return ExportOutput(text: ProjectsHTML.render(ProjectRecord.all(in: input, today: today), in: language))
        case (.projects, _): return ExportOutput(text: ProjectsMarkdown.render(ProjectRecord.all(in: input, today: today), in: language))
        case (.experiences, .html): return ExportOutput(text: ExperiencesHTML.render(ExperienceCompendium(input), in: language))
        case (.experiences, _): return ExportOutput(text: ExperiencesMarkdown.render(ExperienceCompendium(input), in: language))
        case (.schedule, .ics): return ExportOutput(text: ScheduleCalendar.render(input, now: now, in: language))
        case (.schedule, .json): return ExportOutput(text: ScheduleJSON.render(input))
        case (.followups, _):
            let calendar = FollowupCalendar.render(input, now: now, in: language)
            return ExportOutput(text: calendar.text, notes: calendar.skipped.map {
                ExportText.text("export.calendar.leftOut", in: language, ["what": $0])
            })
        case (.schedule, _), (.groups, _), (.results, _):
            return ExportOutput(text: EngineTables.csv(subject, of: input[0].session, style: csv))
        }
    }
}
