import Foundation
import AgoraCore
import Mustache

/// Builds each phone page from the session: the values a template shows, then the template.
/// Pure: the same session, phone and form give the same bytes.
struct PhonePages: Sendable {
    let text: PhoneText
    /// Where the meeting's pages live: `/TOKEN`.
    private(set) var base: String
    private let library: MustacheLibrary
    /// Whether the templates were prepared for this language (``PreparedTemplates``).
    private let prepared: Bool
    /// The long lists' rows, by the values they show.
    let rows = RenderedRows()

    /// - Parameter prepared: whether each page's template is prepared for this language when
    ///   the pages are made (``PreparedTemplates``), as a server does; `false` keeps the plain
    ///   templates, whose pages must be the same bytes (a test compares them).
    init(text: PhoneText = .english, base: String, prepared: Bool = true) throws {
        self.text = text; self.base = base; self.prepared = prepared
        var library = MustacheLibrary()
        if prepared {
            let menus = Dictionary(uniqueKeysWithValues: PageTemplates.all.keys.map { ($0, Self.languageMenu($0, text: text, base: base)) })
            for (name, template) in try PreparedTemplates.prepare(PageTemplates.all, text: text, languageMenus: menus) {
                try library.register(template, named: name)
            }
        } else {
            for (name, template) in PageTemplates.all { try library.register(template, named: name) }
        }
        self.library = library
    }

    /// What every page carries besides its own values.
    struct Frame {
        var title: String
        var me: Participant?
        var csrf: String = ""
        var notice: String?
        var error: String?
        var live = false
    }

    func render(_ template: String, _ frame: Frame, session: Session, _ values: [String: Any] = [:]) -> String {
        var context: [String: Any] = [
            "lang": text.language.rawValue, "t": text.strings, "base": base, "title": frame.title,
            "meeting": session.meeting.title, "csrf": frame.csrf, "live": frame.live,
        ]
        if !prepared { context["languages"] = languageMenu(template) }
        if let me = frame.me {
            context["me"] = text.format("youAre", ["name": me.name, "city": me.city])
            let nav = navigation(session)
            context["navRows"] = linkRows(nav, template: "navRow")
            context["hasNav"] = !nav.isEmpty
        }
        if let notice = frame.notice { context["notice"] = notice }
        if let error = frame.error { context["error"] = error }
        for (key, value) in values { context[key] = value }
        return library.render(context, withTemplate: template) ?? ""
    }

    /// Each language by its own name, linking to this same page in it (`?lang=fr`, which the
    /// phone then remembers: ``PhoneLanguage``).
    func languageMenu(_ template: String) -> [[String: Any]] { Self.languageMenu(template, text: text, base: base) }

    static func languageMenu(_ template: String, text: PhoneText, base: String) -> [[String: Any]] {
        let path = ["join", "message"].contains(template) ? "/" : "/" + template
        // The code's page is outside the meeting: its links must not carry the token.
        let page = template == "code" ? "/j" : base + path
        return Language.allCases.map { language in
            ["code": language.rawValue, "name": language.endonym, "href": "\(page)?lang=\(language.rawValue)",
             "current": language == text.language]
        }
    }

    /// The menu of a joined phone: what the room can do right now.
    func navigation(_ session: Session) -> [[String: String]] {
        let access = session.phoneAccess
        var links: [(String, String)] = [("/home", "homeTitle"), ("/vote", "goVote")]
        if access.proposalsOpen { links.append(("/propose", "goPropose")) }
        links += [("/plan", "goPlan"), ("/share", "goShare")]
        if !access.projectsOpenForInterest.isEmpty { links.append(("/projects", "goProjects")) }
        links.append(("/wall", "goWall"))
        return links.map { ["href": base + $0.0, "label": text[$0.1]] }
    }

    /// Links (`href`, `label`) as the rows of `template`, from ``rows``.
    func linkRows(_ links: [[String: String]], template: String) -> RenderedHTML {
        rows.html(links.map { [template, $0["href"] ?? "", $0["label"] ?? ""] }) { key in
            library.render(["href": key[1], "label": key[2]], withTemplate: key[0]) ?? ""
        }
    }

    // MARK: Pages

    /// People still without a phone whose name matches `query`; the first 40.
    func join(_ session: Session, query: String, csrf: String, error: String? = nil, form: [String: String] = [:]) -> String {
        let access = session.phoneAccess
        let key = TextRules.searchKey(query.trimmingCharacters(in: .whitespaces))
        let claimed = Set(access.claims.map(\.participant))
        // Only as far as the 41st match, in one pass: a room of 500 costs 41 rows, not two copies
        // (a lazy filter's prefix would scan the claimed people once per index it computes).
        var first: [Participant] = []
        for person in session.participants where !claimed.contains(person.id) {
            guard key.isEmpty || TextRules.searchKey(person.name).contains(key) || TextRules.searchKey(person.city).contains(key) else { continue }
            first.append(person)
            if first.count == 41 { break }
        }
        let shown = first.prefix(40)
        let people = rows.html(shown.map { ["joinRow", String($0.id.rawValue), $0.name, $0.city] }) { key in
            library.render(["id": key[1], "label": text.format("thisIsMe", ["name": key[2], "city": key[3]])], withTemplate: "joinRow") ?? ""
        }
        return render("join", Frame(title: text["joinTitle"], csrf: csrf, error: error), session: session, [
            "closed": !access.joiningOpen, "q": query, "people": !shown.isEmpty, "peopleRows": people, "more": first.count > shown.count,
            "walkIns": access.walkInsAllowed, "form": form,
        ])
    }

    /// Where a person types the short join code (`/j`). Shows nothing of the meeting before
    /// the code is right: neither its token (`base`) nor its title.
    func code(_ session: Session, typed: String = "", error: String? = nil) -> String {
        var page = self
        page.base = ""
        return page.render("code", Frame(title: text["codeTitle"], error: error), session: session,
                           ["typed": typed, "meeting": "Agora"])
    }

    func home(_ session: Session, me: Participant, notice: String? = nil) -> String {
        let links = navigation(session).dropFirst()
        return render("home", Frame(title: text["homeTitle"], me: me, notice: notice), session: session,
                      ["linkRows": linkRows(Array(links), template: "linkRow")])
    }

    /// The ballot form of the session's method, the dots left, and results when the rules show them.
    /// `typed` keeps what the phone sent when it was refused, so nothing typed is lost.
    func vote(_ session: Session, me: Participant, csrf: String, notice: String? = nil, error: String? = nil,
              typed: [TopicID: Int]? = nil) -> String {
        let rules = session.voting
        let ballot = session.ballot(of: me.id)
        var values: [String: Any] = ["canVote": session.votingStatus == .open]
        switch session.votingStatus {
        case .notStarted: values["status"] = text["voteNotStarted"]
        case .closed: values["status"] = text["voteClosedNote"]
        case .open: break
        }
        let budget = String(rules.dotsPerParticipant)
        switch rules.method {
        case .dots:
            values["intro"] = rules.capPerTopic.map { text.format("dotsIntro", ["budget": budget, "cap": String($0)]) }
                ?? text.format("dotsIntroNoCap", ["budget": budget])
            let used = ballot?.dotsUsed ?? 0
            values["left"] = text.format("dotsLeft", ["left": String(max(0, rules.dotsPerParticipant - used)), "budget": budget])
        case .approval: values["intro"] = text["approvalIntro"]
        case .ranked: values["intro"] = text.format("rankedIntro", ["budget": budget])
        }
        let max = rules.method == .dots ? (rules.capPerTopic ?? rules.dotsPerParticipant) : session.activeTopics.count
        // Each row by what it shows: id, title, description, the kind of field, its maximum, its value.
        let keys = session.activeTopics.map { topic -> [String] in
            let current: Int
            if let typed { current = typed[topic.id] ?? 0 } else if rules.method == .ranked {
                current = (ballot?.ranking.firstIndex(of: topic.id)).map { $0 + 1 } ?? 0
            } else { current = ballot?.dots(on: topic.id) ?? 0 }
            let field = rules.method == .approval ? "check" : "number"
            return ["voteRow", String(topic.id.rawValue), topic.title, topic.description, field, String(max), current > 0 ? String(current) : ""]
        }
        values["topics"] = !keys.isEmpty
        values["topicRows"] = rows.html(keys) { key in
            // Every key the row's template names, even when false: a key missing from the row
            // would be looked for down the whole context, at a cost.
            let check = key[4] == "check"
            let row: [String: Any] = ["id": key[1], "title": key[2], "description": key[3].isEmpty ? false : key[3],
                                      "number": !check, "check": check, "max": key[5], "value": key[6], "checked": !key[6].isEmpty]
            return library.render(row, withTemplate: "voteRow") ?? ""
        }
        values["showResults"] = Tally.isVisible(in: session)
        values["results"] = resultRows(session)
        return render("vote", Frame(title: text["voteTitle"], me: me, csrf: csrf, notice: notice, error: error),
                      session: session, values)
    }

    func resultRows(_ session: Session) -> [[String: String]] {
        guard Tally.isVisible(in: session) else { return [] }
        return Tally.results(of: session).map { result in
            ["title": session.topic(result.topic)?.title ?? "",
             "points": points(result.dots, session)]
        }
    }

    /// "Garonne: Greentech encounters" (in French with the narrow space before the colon).
    func slotLine(_ slot: Slot, _ session: Session) -> String {
        text.format("slot", ["room": session.room(slot.room)?.name ?? "", "topic": session.topic(slot.topic)?.title ?? ""])
    }

    /// "3 dots", "1 gommette", "0 pegatinas": a score in the method's unit and the page's plural rule.
    func points(_ count: Int, _ session: Session) -> String {
        text.format("points", ["count": String(count),
                               "unit": session.voting.method.countedUnit(in: text.language).noun(for: count)])
    }

    func propose(_ session: Session, me: Participant, csrf: String, notice: String? = nil, error: String? = nil,
                 form: [String: String] = [:]) -> String {
        render("propose", Frame(title: text["proposeTitle"], me: me, csrf: csrf, notice: notice, error: error),
               session: session, ["open": session.phoneAccess.proposalsOpen, "form": form])
    }

    func plan(_ session: Session, me: Participant) -> String {
        let rounds = session.rounds.enumerated().compactMap { (n, round) -> [String: Any]? in
            let slots = session.schedule.filter { $0.round == round.id }
            let mine = session.assignments.first { $0.round == round.id && $0.participant == me.id }
            guard !slots.isEmpty || mine != nil else { return nil }
            let myRoom = mine.flatMap { a in slots.first { $0.topic == a.topic } }.flatMap { session.room($0.room)?.name } ?? ""
            return [
                "heading": text.format("round", ["number": String(n + 1), "start": round.start.description, "end": round.end.description]),
                "mine": mine.map { text.format("myGroup", ["topic": session.topic($0.topic)?.title ?? "", "room": myRoom]) } ?? text["noGroup"],
                "slots": slots.map { ["line": slotLine($0, session)] },
            ]
        }
        let hasGroups = session.assignments.contains { $0.participant == me.id }
        return render("plan", Frame(title: text["planTitle"], me: me), session: session,
                      ["rounds": rounds, "hasGroups": hasGroups])
    }

    func share(_ session: Session, me: Participant, csrf: String, notice: String? = nil, error: String? = nil,
               form: [String: String] = [:]) -> String {
        render("share", Frame(title: text["shareTitle"], me: me, csrf: csrf, notice: notice, error: error),
               session: session, ["intro": text.format("shareIntro", ["city": me.city]), "form": form])
    }

    func projects(_ session: Session, me: Participant, csrf: String, notice: String? = nil, error: String? = nil) -> String {
        let key = TextRules.searchKey(me.city)
        let open = session.projects.filter { session.phoneAccess.isOpenForInterest($0.id) }.map { project -> [String: Any] in
            let isIn = project.allCities.contains { TextRules.searchKey($0) == key }
            var row: [String: Any] = [
                "id": String(project.id.rawValue), "title": project.title,
                "cities": text.format("cities", ["cities": project.allCities.filter { !$0.isEmpty }.joined(separator: ", ")]),
                "canJoin": !isIn, "button": text.format(isIn ? "alreadyIn" : "interested", ["city": me.city]),
            ]
            if !project.question.isEmpty { row["question"] = project.question }
            return row
        }
        return render("projects", Frame(title: text["projectsTitle"], me: me, csrf: csrf, notice: notice, error: error),
                      session: session, ["projects": open, "hasProjects": !open.isEmpty,
                                         "intro": text.format("projectsIntro", ["city": me.city])])
    }

    func wall(_ session: Session) -> String {
        render("wall", Frame(title: text["wallTitle"], live: true), session: session, wallValues(session))
    }

    /// The part of the wall that the live script replaces on each change.
    func wallPart(_ session: Session) -> String {
        library.render(["t": text.strings, "base": base].merging(wallValues(session)) { a, _ in a }, withTemplate: "wallPart") ?? ""
    }

    private func wallValues(_ session: Session) -> [String: Any] {
        let visible = Tally.isVisible(in: session)
        let topics: [[String: String]]
        if visible {
            topics = Tally.results(of: session).map {
                ["title": session.topic($0.topic)?.title ?? "",
                 "points": points($0.dots, session)]
            }
        } else {
            topics = session.activeTopics.map { ["title": $0.title] }
        }
        let rounds = session.rounds.enumerated().compactMap { (n, round) -> [String: Any]? in
            let slots = session.schedule.filter { $0.round == round.id }
            guard !slots.isEmpty else { return nil }
            return [
                "heading": text.format("round", ["number": String(n + 1), "start": round.start.description, "end": round.end.description]),
                "slots": slots.map { slot -> [String: String] in
                    let count = session.assignments.filter { $0.round == round.id && $0.topic == slot.topic }.count
                    var row = ["line": slotLine(slot, session)]
                    if count > 0 { row["people"] = text.format("people", ["count": String(count)]) }
                    return row
                },
            ]
        }
        return ["topics": topics, "showResults": visible, "rounds": rounds]
    }

    /// A page that only says what went wrong (a missing cookie, a wrong link).
    func message(_ session: Session, title: String, error: String) -> String {
        render("message", Frame(title: title, error: error), session: session)
    }
}
