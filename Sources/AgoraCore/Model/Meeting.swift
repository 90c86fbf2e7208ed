/// One of the six key areas of performance of the UCLG "Smart Cities Study".
/// Each working meeting is centred on one of them.
public enum FocusArea: String, Codable, CaseIterable, Sendable, CustomStringConvertible {
    case economy, people, governance, mobility, environment, living

    public var description: String { rawValue }

    /// An area as people type it, in any of the working languages: "economy", "Economy",
    /// "Smart Economy", « mobilité », "medio ambiente", or an unambiguous start ("env", "gouv").
    /// Nil when it names no area, or several.
    public init?(typed text: String) {
        var key = TextRules.searchKey(TextRules.singleLine(text))
        if key.hasPrefix("smart ") { key.removeFirst("smart ".count) }
        guard !key.isEmpty else { return nil }
        let matches = FocusArea.allCases.filter { area in
            area.rawValue.hasPrefix(key) || Language.allCases.contains { TextRules.searchKey(area.name(in: $0)).hasPrefix(key) }
        }
        guard matches.count == 1 else { return nil }
        self = matches[0]
    }

    /// The area's name in `language` ("mobilité"), as a form shows it and reads it back.
    public func name(in language: Language) -> String { SetupText.table.text("setup.area.\(rawValue)", in: language) }

    /// "economy, people, governance, mobility, environment, living" in the language people
    /// read now, for messages and placeholders.
    public static var choices: String { allCases.map { $0.name(in: .current) }.joined(separator: ", ") }
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
