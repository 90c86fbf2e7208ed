/// The engine's own tables of one meeting (groups, schedule, results) as CSV, written by
/// ``EngineCSV`` (which owns their columns); this only picks the table.
enum EngineTables {
    static func csv(_ subject: ExportSubject, of session: Session, style: CSVStyle) -> String {
        switch subject {
        case .groups: return EngineCSV.groups(session, style: style)
        case .results: return EngineCSV.results(session, style: style)
        default: return EngineCSV.schedule(session, style: style)
        }
    }
}
