import AgoraCore

/// One project in full: question, cities, activities with when they happen (cadence, start
/// and end, or a range) and who carries them, next steps, and where it came from.
enum ProjectDetail {
    /// One line of the detail; `keeping` is its end that a row too narrow keeps whole (an
    /// activity's "(every 4 months from 2013-09-16; Bordeaux)"), its start being cut instead.
    struct Line {
        var text: String
        var role: StyleRole
        var keeping = ""
        init(_ text: String, _ role: StyleRole, keeping: String = "") { self.text = text; self.role = role; self.keeping = keeping }
    }

    static func lines(_ p: Project, session s: Session) -> [Line] {
        let text = ViewText.table
        var out: [Line] = [Line(p.title, .header)]
        if !p.question.isEmpty { out.append(Line(p.question, .accent)) }
        out.append(Line(text("view.project.lead", ["city": p.leadCity]), .normal))
        if !p.partnerCities.isEmpty { out.append(Line(text("view.project.partners", ["cities": p.partnerCities.joined(separator: ", ")]), .normal)) }
        if !p.interestedCities.isEmpty { out.append(Line(text("view.project.interested", ["cities": p.interestedCities.joined(separator: ", ")]), .normal)) }
        out.append(Line(text("view.project.status", ["status": ViewText.status(p.status)]), .normal))
        if !p.activities.isEmpty {
            out.append(Line(text("view.project.activities"), .header))
            // By the number `agora project activity edit` takes; when it happens in the exports'
            // words, one rule, in the language shown.
            for a in ActivityNumbers.numbered(p.activities) {
                let (text, when) = activity(a)
                out.append(Line(text, .normal, keeping: when))
            }
        }
        if !p.nextSteps.isEmpty {
            out.append(Line(text("view.project.nextSteps"), .header))
            out += p.nextSteps.map { Line("• \($0)", .normal) }
        }
        let topics = p.origins.topics.compactMap { s.topic($0)?.title }
        if !topics.isEmpty { out.append(Line(text("view.project.origins", ["topics": topics.joined(separator: "; ")]), .dim)) }
        return out
    }

    /// A numbered activity's line, "2. Large-scale forum (due 2014-10-15; Bordeaux)", and its
    /// end that a narrow row keeps whole: when it happens and who carries it.
    static func activity(_ a: Activity) -> (line: String, when: String) {
        let when = ProjectRecord.details(a, in: .current)
        return ("\(a.id ?? 0). " + a.text + when, when)
    }

    /// ``activity(_:)`` in `width` columns: the text is cut before its "(when; who)".
    static func activityRow(_ a: Activity, width: Int, measure: TextWidth) -> String {
        TextFit.truncate("\(a.id ?? 0). " + a.text, keeping: ProjectRecord.details(a, in: .current), width: width, measure: measure)
    }

    /// The project in `area`: its lines wrapped when they all fit so; else one row each, cut
    /// with "…" (an activity keeps its "(when; who)" and is cut before it); else as many rows
    /// as fit and a count of the rest on the last — never cut off unsaid.
    static func render(_ p: Project, session s: Session, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let m = buffer.measure, all = lines(p, session: s)
        var rows = all.flatMap { line in Paragraph.wrap(line.text, width: area.width, measure: m).map { ($0, line.role) } }
        if rows.count > area.height {
            rows = all.map { line in
                let start = String(line.text.dropLast(line.keeping.count))
                return (TextFit.truncate(start, keeping: line.keeping, width: area.width, measure: m), line.role)
            }
        }
        if rows.count > area.height {
            let kept = max(0, area.height - 1)
            rows = Array(rows.prefix(kept))
                + [(m.truncate(ViewText.table("view.project.more", ["count": "\(all.count - kept)"]), to: area.width).text, StyleRole.dim)]
        }
        for (i, (text, role)) in rows.prefix(area.height).enumerated() {
            buffer.write(text, in: Rect(x: area.x, y: area.y + i, width: area.width, height: 1), role: role)
        }
    }
}
