/// The meeting report as Markdown, in the spirit of the UCLG report that started Agora:
/// the meeting, its focus area, the Mini BarCamp method, the topics with their votes, the plan
/// and groups, the experiences shared, and each collaboration project identified.
public enum MeetingReport {
    /// One report for one session, or, for several, one section per session ordered by date
    /// then title under a common heading.
    public static func render(_ sessions: [NamedSession]) -> String {
        let ordered = NamedSession.ordered(sessions)
        if ordered.count == 1 { return section(ordered[0], level: 1) + "\n" }
        var out = ["# Meeting reports", ""]
        if let first = ordered.first, let last = ordered.last {
            out.append("\(CountedNoun.meeting(ordered.count)), from \(first.session.meeting.date) to \(last.session.meeting.date).")
        } else {
            out.append("No meetings.")
        }
        for named in ordered { out += ["", section(named, level: 2)] }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report of one meeting, its title a heading at `level`.
    static func section(_ named: NamedSession, level: Int) -> String {
        let s = named.session, m = s.meeting
        func heading(_ depth: Int, _ text: String) -> String { String(repeating: "#", count: level + depth) + " " + text }
        var out = [heading(0, MarkdownText.escape(m.title)), ""]
        out.append("**" + MarkdownText.escape(m.hostCity) + "** · " +
                   ([m.venue, m.date.description, m.area.title].filter { !$0.isEmpty }.map(MarkdownText.escape).joined(separator: " · ")))

        // Meeting
        out += ["", heading(1, "Meeting"), ""]
        let cities = Dictionary(grouping: s.participants.filter { !$0.city.isEmpty }, by: \.city)
        let cityList = cities.keys.sorted(by: ExperienceCompendium.cityOrder).map { "\($0) (\(cities[$0]!.count))" }
        var meeting = "A working meeting held in \(m.hostCity) on \(m.date), centred on the “\(m.area.title)” area."
        if !s.participants.isEmpty {
            meeting += " \(CountedNoun.participant(s.participants.count)) from \(CountedNoun.city(cities.count)) took part: \(cityList.joined(separator: ", "))."
        }
        out.append(MarkdownText.escape(meeting))
        let organizations = Array(Set(s.participants.map(\.organization).filter { !$0.isEmpty })).sorted(by: ExperienceCompendium.cityOrder)
        if !organizations.isEmpty {
            out += ["", "**Organizations:** " + MarkdownText.escape(organizations.joined(separator: ", "))]
        }

        // Method
        out += ["", heading(1, "Method"), "", MarkdownText.escape(method(s))]

        // Topics and votes
        out += ["", heading(1, "Topics and votes"), ""]
        let results = Tally.results(of: s)
        let unit = s.voting.method == .ranked ? "Points" : s.voting.method == .approval ? "Approvals" : "Dots"
        out.append(MarkdownText.escape("\(CountedNoun.topic(s.topics.count)) proposed, \(s.selectedTopics.count) selected to run in groups."))
        if !results.isEmpty {
            out += ["", MarkdownText.table(["Rank", "Topic", "Proposed by", unit, "Voters", "Cities", "Status"], results.map { r in
                let topic = s.topic(r.topic)
                let tie = r.dots > 0 ? r.aheadOfNextBy.map { " (ahead on \($0.phrase))" } ?? "" : ""
                return [String(r.rank), (topic?.title ?? "?") + tie, s.credit(topic?.proposer) ?? "",
                        String(r.dots), String(r.voters), String(r.cities), topic?.status.rawValue ?? ""]
            }, rightAligned: [0, 3, 4, 5])]
            out += ["", MarkdownText.escape(Tally.tieBreakRule)]
            let wall = s.wallCounts.reduce(0) { $0 + $1.count }
            if wall > 0 { out += ["", MarkdownText.escape("The counts include \(wall) anonymous \(unit.lowercased()) counted on the wall.")] }
        }
        let gone = s.topics.filter { !$0.isActive }
        if !gone.isEmpty {
            out += [""] + gone.map { t in
                let what = t.status == .merged ? "merged into “\(t.mergedInto.flatMap { s.topic($0)?.title } ?? "?")”" : "withdrawn"
                return "- " + MarkdownText.escape("“\(t.title)”: \(what)")
            }
        }

        // Plan and groups
        if !s.schedule.isEmpty {
            out += ["", heading(1, "Plan and groups")]
            for (n, round) in s.rounds.enumerated() {
                let slots = s.schedule.filter { $0.round == round.id }
                guard !slots.isEmpty else { continue }
                out += ["", heading(2, "Round \(n + 1) · \(round.start)–\(round.end)"), ""]
                var rows: [[String]] = []
                var members: [String] = []
                for slot in slots {
                    let people = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }
                        .compactMap { s.participant($0.participant) }
                    let groupCities = Set(people.map(\.city).filter { !$0.isEmpty }).sorted(by: ExperienceCompendium.cityOrder)
                    let title = s.topic(slot.topic)?.title ?? "?"
                    rows.append([s.room(slot.room)?.name ?? "?", title, String(people.count), groupCities.joined(separator: ", ")])
                    let names = people.map(\.name).filter { !$0.isEmpty }
                    if !names.isEmpty {
                        members.append("- **\(MarkdownText.escape(title)):** " + MarkdownText.escape(
                            people.filter { !$0.name.isEmpty }.map { "\($0.name) (\($0.city))" }.joined(separator: ", ")))
                    }
                }
                out.append(MarkdownText.table(["Room", "Topic", "People", "Cities"], rows, rightAligned: [2]))
                if !members.isEmpty { out += [""] + members }
            }
        }

        // Experiences
        out += ["", heading(1, "Experiences shared"), ""]
        if s.experiences.isEmpty {
            out.append("No experiences were recorded.")
        } else {
            let compendium = ExperienceCompendium([named])
            let entries = compendium.areas.flatMap(\.cities).flatMap(\.entries).sorted { $0.experience.id < $1.experience.id }
            out.append(MarkdownText.escape("\(CountedNoun.experience(entries.count)) shared in the groups."))
            for entry in entries {
                var e = entry
                e.experience.title = "\(entry.experience.city): \(entry.experience.title)"
                out += ["", ExperiencesMarkdown.entrySection(e, level: level + 2, showMeeting: false)]
            }
        }

        // Projects
        out += ["", heading(1, "Collaboration projects"), ""]
        let projects = ProjectRecord.all(in: [named])
        out.append(projects.isEmpty ? "No collaboration projects were identified."
                   : "As a result, \(CountedNoun.collaborationProject(projects.count)) \(projects.count == 1 ? "was" : "were") identified.")
        for (n, p) in projects.enumerated() {
            out += ["", ProjectsMarkdown.section(p, number: n + 1, level: level + 2, showMeeting: false)]
        }
        return out.joined(separator: "\n")
    }

    /// The Mini BarCamp, as run: topics on the spot, the vote, small groups.
    static func method(_ s: Session) -> String {
        let v = s.voting
        let vote: String
        switch v.method {
        case .dots:
            vote = "a dot vote (\(CountedNoun.dot(v.dotsPerParticipant)) each" + (v.capPerTopic.map { ", at most \($0) on one topic" } ?? "") + ")"
        case .approval:
            vote = "an approval vote (each person marked any number of topics once)"
        case .ranked:
            vote = "a ranked vote (each person ranked up to \(CountedNoun.topic(v.dotsPerParticipant)); Borda count)"
        }
        let rooms = s.rooms.map { "\($0.name), \($0.capacity) seats" }.joined(separator: "; ")
        var text = "The meeting was run as a Mini BarCamp: participants proposed the topics of discussion on the spot, chose among them with \(vote), and worked in small groups"
        if !s.rounds.isEmpty {
            text += " in \(CountedNoun.round(s.rounds.count)) across \(CountedNoun.room(s.rooms.count))" + (rooms.isEmpty ? "" : " (\(rooms))")
        }
        text += " to share experiences and projects and to identify possible collaboration projects."
        let g = s.groupRules
        var sizes = "Groups had at least \(CountedNoun.person(g.minSize))" + (g.maxSize.map { " and at most \($0)" } ?? "")
        if let k = g.maxPerCity { sizes += ", with at most \(k) from one city" }
        return text + " " + sizes + "."
    }
}
