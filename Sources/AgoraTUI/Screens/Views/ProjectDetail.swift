import AgoraCore

/// One project in full: question, cities, activities with cadence and due date, next
/// steps, and where it came from.
enum ProjectDetail {
    static func lines(_ p: Project, session s: Session) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = [(p.title, .header)]
        if !p.question.isEmpty { out.append((p.question, .accent)) }
        out.append(("Lead: \(p.leadCity)", .normal))
        if !p.partnerCities.isEmpty { out.append(("Partners: " + p.partnerCities.joined(separator: ", "), .normal)) }
        if !p.interestedCities.isEmpty { out.append(("Interested: " + p.interestedCities.joined(separator: ", "), .normal)) }
        out.append(("Status: \(p.status.rawValue)", .normal))
        if !p.activities.isEmpty {
            out.append(("Activities", .header))
            for a in p.activities {
                var when: [String] = []
                if let c = a.cadence { when.append(c.description) }
                if a.window != nil { when.append(ProjectRecord.when(a)) }
                else if let d = a.due { when.append(a.cadence == nil ? "by \(d)" : "from \(d)") }
                if !a.owner.isEmpty { when.append(a.owner) }
                out.append(("• \(a.text)" + (when.isEmpty ? "" : " (\(when.joined(separator: ", ")))"), .normal))
            }
        }
        if !p.nextSteps.isEmpty {
            out.append(("Next steps", .header))
            out += p.nextSteps.map { ("• \($0)", .normal) }
        }
        let topics = p.origins.topics.compactMap { s.topic($0)?.title }
        if !topics.isEmpty { out.append(("From: " + topics.joined(separator: "; "), .dim)) }
        return out
    }

    static func render(_ p: Project, session s: Session, into buffer: inout Buffer, area: Rect) {
        var y = area.y
        for (text, role) in lines(p, session: s) {
            for line in Paragraph.wrap(text, width: area.width, measure: buffer.measure) where y < area.maxY {
                buffer.write(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), role: role); y += 1
            }
        }
    }
}
