/// One of the six key areas of performance of the UCLG "Smart Cities Study".
/// Each working meeting is centred on one of them.
public enum FocusArea: String, Codable, CaseIterable, Sendable, CustomStringConvertible {
    case economy, people, governance, mobility, environment, living

    public var description: String { rawValue }
    /// "Smart Economy", "Smart People", …
    public var title: String { "Smart " + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// What the meeting is: the header of the report.
public struct Meeting: Codable, Equatable, Sendable {
    public var title: String
    public var hostCity: String
    public var venue: String
    public var date: CalendarDate
    public var area: FocusArea

    public init(title: String, hostCity: String, venue: String = "", date: CalendarDate, area: FocusArea) {
        self.title = title; self.hostCity = hostCity; self.venue = venue; self.date = date; self.area = area
    }
}
