import AgoraCore

/// One project in full: question, cities, activities with when they happen (cadence, start
/// and end, or a range) and who carries them, next steps, and where it came from.
enum ProjectDetail {
    static func lines(_ p: Project, session s: Session) -> [(String, StyleRole)] {
        let text = ViewText.table
        var out: [(String, StyleRole)] = [(p.title, .header)]
        if !p.question.isEmpty { out.append((p.question, .accent)) }
        out.append((text("view.project.lead", ["city": p.leadCity]), .normal))
        if !p.partnerCities.isEmpty { out.append((text("view.project.partners", ["cities": p.partnerCities.joined(separator: ", ")]), .normal)) }
        if !p.interestedCities.isEmpty { out.append((text("view.project.interested", ["cities": p.interestedCities.joined(separator: ", ")]), .normal)) }
        out.append((text("view.project.status", ["status": ViewText.status(p.status)]), .normal))
        if !p.activities.isEmpty {
            out.append((text("view.project.activities"), .header))
            // By the number `agora project activity edit` takes; when it happens in the exports'
            // words, one rule, in the language shown.
            for a in ActivityNumbers.numbered(p.activities) {
                out.append(("\(a.id ?? 0). " + ProjectRecord.line(a, in: .current), .normal))
            }
        }
        if !p.nextSteps.isEmpty {
            out.append((text("view.project.nextSteps"), .header))
            out += p.nextSteps.map { ("• \($0)", .normal) }
        }
        let topics = p.origins.topics.compactMap { s.topic($0)?.title }
        if !topics.isEmpty { out.append((text("view.project.origins", ["topics": topics.joined(separator: "; ")]), .dim)) }
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
