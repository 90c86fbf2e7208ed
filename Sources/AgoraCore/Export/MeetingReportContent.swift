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

    init(_ named: NamedSession) {
        let s = named.session, m = s.meeting
        meeting = m
        framing = s.framing ?? ReportFraming()
        place = [m.venue, m.date.description, m.area.title].filter { !$0.isEmpty }

        let cities = Dictionary(grouping: s.participants.filter { !$0.city.isEmpty }, by: \.city)
        let cityList = cities.keys.sorted(by: ExperienceCompendium.cityOrder).map { "\($0) (\(cities[$0]!.count))" }
        about = "A working meeting held in \(m.hostCity) on \(m.date), centred on the “\(m.area.title)” area."
        if !s.participants.isEmpty {
            about += " \(CountedNoun.participant(s.participants.count)) from \(CountedNoun.city(cities.count)) took part: \(cityList.joined(separator: ", "))."
        }
        organizations = Array(Set(s.participants.map(\.organization).filter { !$0.isEmpty })).sorted(by: ExperienceCompendium.cityOrder)
        method = MeetingReport.method(s)

        let tally = Tally.results(of: s)
        let unit = s.voting.method == .ranked ? "Points" : s.voting.method == .approval ? "Approvals" : "Dots"
        topicsSummary = "\(CountedNoun.topic(s.topics.count)) proposed, \(s.selectedTopics.count) selected to run in groups."
        resultsHeader = ["Rank", "Topic", "Proposed by", unit, "Voters", "Cities", "Status"]
        results = tally.map { r in
            let topic = s.topic(r.topic)
            let tie = r.dots > 0 ? r.aheadOfNextBy.map { " (ahead on \($0.phrase))" } ?? "" : ""
            return [String(r.rank), (topic?.title ?? "?") + tie, s.credit(topic?.proposer) ?? "",
                    String(r.dots), String(r.voters), String(r.cities), topic?.status.rawValue ?? ""]
        }
        let wall = s.wallCounts.reduce(0) { $0 + $1.count }
        wallNote = tally.isEmpty || wall == 0 ? nil : "The counts include \(wall) anonymous \(unit.lowercased()) counted on the wall."
        goneTopics = s.topics.filter { !$0.isActive }.map { t in
            let what = t.status == .merged ? "merged into “\(t.mergedInto.flatMap { s.topic($0)?.title } ?? "?")”" : "withdrawn"
            return "“\(t.title)”: \(what)"
        }

        rounds = []
        for (n, round) in s.rounds.enumerated() {
            let slots = s.schedule.filter { $0.round == round.id }
            guard !slots.isEmpty else { continue }
            var groups = RoundGroups(heading: "Round \(n + 1) · \(round.start)–\(round.end)", rows: [], members: [])
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
                e.experience.title = "\(entry.experience.city): \(entry.experience.title)"
                return e
            }
        projects = ProjectRecord.all(in: [named])
    }

    /// "Tie-break rule…" under the results table.
    var tieBreakRule: String? { results.isEmpty ? nil : Tally.tieBreakRule }

    var experiencesSummary: String {
        experiences.isEmpty ? "No experiences were recorded." : "\(CountedNoun.experience(experiences.count)) shared in the groups."
    }

    var projectsSummary: String {
        projects.isEmpty ? "No collaboration projects were identified."
            : "As a result, \(CountedNoun.collaborationProject(projects.count)) \(projects.count == 1 ? "was" : "were") identified."
    }
}
