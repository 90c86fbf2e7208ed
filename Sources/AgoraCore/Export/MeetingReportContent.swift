/// What the meeting report says about one session, whatever its format: the secretariat's
/// framing, the meeting, the method, the votes, the groups, the experiences and the projects,
/// as plain text and table cells. ``MeetingReport`` writes it as Markdown and
/// ``MeetingReportHTML`` as a printable page, so both say the same things.
struct MeetingReportContent {
    /// One round's groups: "Round 1 · 10:00–11:00", a row per room, and who sat in each group.
    struct RoundGroups {
        var heading: String
        var rows: [[String]]
        /// A group's topic and its members, "Ana Ruiz (Bordeaux), …" (groups without names left out).
        var members: [(topic: String, people: String)]
    }

    var meeting: Meeting
    /// The framing written for the report (empty parts when none).
    var framing: ReportFraming
    /// What follows the host city in the header: venue, date, area (empty ones left out).
    var place: [String]
    /// "A working meeting held in …, centred on … N participants from M cities took part: …"
    var about: String
    /// Organizations of the participants, each once, sorted.
    var organizations: [String]
    /// The Mini BarCamp as it was run (``MeetingReport/method(_:)``).
    var method: String
    /// "N topics proposed, M selected to run in groups."
    var topicsSummary: String
    static let resultsNumeric: Set<Int> = [0, 3, 4, 5]
    var resultsHeader: [String]
    /// A row per ranked topic; none before anyone voted.
    var results: [[String]]
    /// The anonymous wall counts included, when there are any.
    var wallNote: String?
    /// "“Title”: merged into “Other”" or "“Title”: withdrawn".
    var goneTopics: [String]
    var rounds: [RoundGroups]
    /// Experiences in the order they were recorded, each title led by its city.
    var experiences: [ExperienceCompendium.Entry]
    var projects: [ProjectRecord]
    /// "Tie-break rule…" under the results table (none without results).
    var tieBreakRule: String?
    /// "4 experiences shared in the groups."
    var experiencesSummary: String
    /// "As a result, 2 collaboration projects were identified."
    var projectsSummary: String
    /// The language the report is written in.
    var language: Language
    /// The columns of a round's table: room, topic, people, cities.
    var planHeader: [String] {
        ["room", "topic", "people", "cities"].map { ReportText.text("report.plan." + $0, in: language) }
    }

    init(_ named: NamedSession, in language: Language) {
        func say(_ key: String, _ values: [String: String] = [:]) -> String { ReportText.text(key, in: language, values) }
        let s = named.session, m = s.meeting
        self.language = language
        meeting = m
        framing = s.framing ?? ReportFraming()
        place = [m.venue, ExportText.date(m.date, in: language), m.area.title].filter { !$0.isEmpty }

        let cities = Dictionary(grouping: s.participants.filter { !$0.city.isEmpty }, by: \.city)
        let cityList = cities.keys.sorted(by: ExperienceCompendium.cityOrder).map { "\($0) (\(cities[$0]!.count))" }
        about = say("report.about", ["city": m.hostCity, "date": ExportText.date(m.date, in: language),
                                     "area": Typography.quote(m.area.title, in: language)])
        if !s.participants.isEmpty {
            about += " " + say("report.about.people", ["count": String(s.participants.count), "cities": String(cities.count),
                                                       "list": cityList.joined(separator: ", ")])
        }
        organizations = Array(Set(s.participants.map(\.organization).filter { !$0.isEmpty })).sorted(by: ExperienceCompendium.cityOrder)
        method = MeetingReport.method(s, in: language)

        let tally = Tally.results(of: s)
        let unit = s.voting.method.rawValue
        topicsSummary = say("report.topics", ["count": String(s.topics.count), "selected": String(s.selectedTopics.count)])
        resultsHeader = ["report.results.rank", "report.results.topic", "report.results.proposer", "report.results.\(unit)",
                         "report.results.voters", "report.results.cities", "report.results.status"].map { say($0) }
        results = tally.map { r in
            let topic = s.topic(r.topic)
            let tie = r.dots > 0 ? r.aheadOfNextBy.map { " (" + say("report.results.ahead", ["reason": say("report.tie.\($0.rawValue)")]) + ")" } ?? "" : ""
            return [String(r.rank), (topic?.title ?? "?") + tie, s.credit(topic?.proposer) ?? "",
                    String(r.dots), String(r.voters), String(r.cities), topic.map { say("report.topic.\($0.status.rawValue)") } ?? ""]
        }
        let wall = s.wallCounts.reduce(0) { $0 + $1.count }
        wallNote = tally.isEmpty || wall == 0 ? nil : say("report.wall.\(unit)", ["count": String(wall)])
        goneTopics = s.topics.filter { !$0.isActive }.map { t in
            let what = t.status == .merged
                ? say("report.gone.merged", ["title": Typography.quote(t.mergedInto.flatMap { s.topic($0)?.title } ?? "?", in: language)])
                : say("report.gone.withdrawn")
            return Typography.labelled(Typography.quote(t.title, in: language), what, in: language)
        }

        rounds = []
        for (n, round) in s.rounds.enumerated() {
            let slots = s.schedule.filter { $0.round == round.id }
            guard !slots.isEmpty else { continue }
            var groups = RoundGroups(heading: say("report.round", ["number": String(n + 1), "span": DateText.span(round.start, round.end, in: language)]),
                                     rows: [], members: [])
            for slot in slots {
                let people = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }
                    .compactMap { s.participant($0.participant) }
                let groupCities = Set(people.map(\.city).filter { !$0.isEmpty }).sorted(by: ExperienceCompendium.cityOrder)
                let title = s.topic(slot.topic)?.title ?? "?"
                groups.rows.append([s.room(slot.room)?.name ?? "?", title, String(people.count), groupCities.joined(separator: ", ")])
                let named = people.filter { !$0.name.isEmpty }
                if !named.isEmpty { groups.members.append((title, named.map { "\($0.name) (\($0.city))" }.joined(separator: ", "))) }
            }
            rounds.append(groups)
        }

        experiences = ExperienceCompendium([named]).areas.flatMap(\.cities).flatMap(\.entries)
            .sorted { $0.experience.id < $1.experience.id }
            .map { entry in
                var e = entry
                e.experience.title = Typography.labelled(entry.experience.city, entry.experience.title, in: language)
                return e
            }
        projects = ProjectRecord.all(in: [named])
        experiencesSummary = experiences.isEmpty ? say("report.experiences.none")
            : say("report.experiences.count", ["count": String(experiences.count)])
        projectsSummary = projects.isEmpty ? say("report.projects.none") : say("report.projects.count", ["count": String(projects.count)])
        tieBreakRule = results.isEmpty ? nil : say("report.tieBreakRule")
    }
}
