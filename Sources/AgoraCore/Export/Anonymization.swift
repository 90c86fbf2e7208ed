import Foundation

extension Session {
    /// The session with what identifies a person dropped, for exports handed out beyond the
    /// room: every participant's name, role and e-mail address become empty; an organization that only one
    /// participant belongs to is dropped too (it would name them as surely); topics lose
    /// their proposer and experiences who shared them (one person each); an activity owner
    /// that is a participant's name becomes that participant's city; and a participant's
    /// full name written in free text (descriptions, challenges, next steps…) as a whole word
    /// becomes "[name withheld]" (the report's framing included: a participant named or
    /// written to in its context, synthesis or contact line is withheld there too). Cities,
    /// and organizations of two people or more, are kept.
    public func anonymized() -> Session {
        var s = self
        let people = participants.filter { !$0.name.isEmpty }
        let cityOfName = Dictionary(people.map { (TextRules.searchKey($0.name), $0.city) }, uniquingKeysWith: { a, _ in a })
        // Whole words only, longest first (so "Ana María Rojas" goes before "Ana María").
        let names = Set(people.map(\.name).filter { $0.count >= 3 } + participants.compactMap(\.email)).sorted { ($0.count, $0) > ($1.count, $1) }
        let patterns = names.compactMap { name in
            try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: name)
                                     + "(?![\\p{L}\\p{N}])", options: [.caseInsensitive])
        }
        func redact(_ text: String) -> String {
            var out = text
            for pattern in patterns {
                out = pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out),
                                                       withTemplate: "[name withheld]")
            }
            return out
        }
        var members: [String: Int] = [:]
        for p in participants where !p.organization.isEmpty { members[TextRules.searchKey(p.organization), default: 0] += 1 }
        for i in s.participants.indices {
            s.participants[i].name = ""
            s.participants[i].role = ""
            s.participants[i].email = nil
            if members[TextRules.searchKey(s.participants[i].organization), default: 0] < 2 { s.participants[i].organization = "" }
        }
        for i in s.topics.indices { s.topics[i].proposer = nil }
        for i in s.experiences.indices { s.experiences[i].sharedBy = nil }
        for i in s.topics.indices {
            s.topics[i].title = redact(s.topics[i].title)
            s.topics[i].description = redact(s.topics[i].description)
        }
        for i in s.experiences.indices {
            s.experiences[i].title = redact(s.experiences[i].title)
            s.experiences[i].challenge = redact(s.experiences[i].challenge)
            s.experiences[i].action = redact(s.experiences[i].action)
            s.experiences[i].result = redact(s.experiences[i].result)
            s.experiences[i].tags = s.experiences[i].tags.map(redact)
        }
        for i in s.projects.indices {
            s.projects[i].title = redact(s.projects[i].title)
            s.projects[i].question = redact(s.projects[i].question)
            s.projects[i].description = redact(s.projects[i].description)
            s.projects[i].themes = s.projects[i].themes.map(redact)
            s.projects[i].nextSteps = s.projects[i].nextSteps.map(redact)
            for j in s.projects[i].activities.indices {
                let owner = s.projects[i].activities[j].owner
                if let city = cityOfName[TextRules.searchKey(owner)] {
                    s.projects[i].activities[j].owner = city
                } else {
                    s.projects[i].activities[j].owner = redact(owner)
                }
                s.projects[i].activities[j].text = redact(s.projects[i].activities[j].text)
            }
        }
        s.meeting.title = redact(s.meeting.title)
        s.meeting.venue = redact(s.meeting.venue)
        if var framing = s.framing {
            framing.context = redact(framing.context)
            framing.synthesis = redact(framing.synthesis)
            framing.contact = redact(framing.contact)
            s.framing = framing
        }
        s.log = []
        return s
    }
}
