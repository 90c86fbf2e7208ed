import AgoraCore
import Foundation

/// The large drawings of the projector, one per phase.
enum ProjectorViews {
    /// The projector's words in the language people read now.
    static let words = ProjectorText.table
    /// Results: a bar per topic in rank order, its rank, title, points and tie marker (the
    /// Vote tab's ``VoteResultsView/item(_:session:)``), as thick as the rows allow, and the
    /// tie-break rule wrapped underneath when a tie was broken.
    static func results(_ s: Session, results: [TopicResult], into buffer: inout Buffer, area: Rect) {
        guard VoteScreen.talliesVisible(s) else {
            let text = String(s.ballots.count)
            LargeDigits.render(text, into: &buffer, area: area.droppingBottom(2), role: .title)
            buffer.write(words("projector.ballotsCast", ["count": "\(s.ballots.count)"]),
                         in: area.bottom(1), role: .title, alignment: .center)
            return
        }
        guard !results.isEmpty else { buffer.write(words("projector.noTopics"), in: area.row(0), role: .title, alignment: .center); return }
        let m = buffer.measure
        let rule = results.contains(where: \.isTieBroken)
            ? Paragraph.wrap(words("projector.tied", ["rule": Tally.tieBreakRule]), width: area.width, measure: m) : []
        // The rule takes the rows it needs (at least one), unless the topics need them for a row each.
        let footer = rule.isEmpty ? 0 : min(rule.count, max(1, area.height - results.count))
        let usable = area.droppingBottom(footer)
        // Rows per topic: a title row, one to four rows of bar, a blank row between topics.
        let perItem = min(6, usable.height / results.count)
        let maxDots = max(1, results.map(\.dots).max() ?? 1)
        let items = results.map { VoteResultsView.item($0, session: s) }
        if perItem < 2 {   // too many topics for two rows each: one chart, one row per topic
            BarChart.render(items, into: &buffer, area: usable)
        }
        for (i, item) in items.enumerated() where perItem >= 2 {
            let y = usable.y + i * perItem
            guard y < usable.maxY else { break }
            buffer.write(TextFit.truncate(item.label, keeping: item.marker, width: usable.width, measure: m),
                         in: Rect(x: usable.x, y: y, width: usable.width, height: 1), role: .title)
            let value = " \(item.value)"
            let barMax = max(1, usable.width - value.count - 1)
            let length = max(item.value > 0 ? 1 : 0, item.value * barMax / maxDots)
            let thickness = max(1, perItem - (perItem >= 3 ? 2 : 1))
            buffer.fill(Rect(x: usable.x, y: y + 1, width: length, height: thickness), with: "█", role: .bar)
            buffer.write(value, x: usable.x + length, y: y + thickness, role: .title)
        }
        for (i, line) in rule.prefix(footer).enumerated() {
            buffer.write(line, in: area.bottom(footer).row(i), role: .normal)
        }
    }

    /// The candidate projects (all but the dropped ones): title, then the lead city, the
    /// partners and the interested cities, as many projects as fit and a count of the rest.
    static func projects(_ s: Session, into buffer: inout Buffer, area: Rect) {
        let projects = s.projects.filter { $0.status != .dropped }
        guard !projects.isEmpty else {
            buffer.write(words("projector.noProjects"), in: area.row(0), role: .title, alignment: .center); return
        }
        let m = buffer.measure
        let spaced = area.height >= projects.count * 3
        var y = area.y
        for (i, p) in projects.enumerated() {
            var cities = words("projector.lead", ["city": p.leadCity])
            if !p.partnerCities.isEmpty { cities += words("projector.partners", ["cities": p.partnerCities.joined(separator: ", ")]) }
            if !p.interestedCities.isEmpty { cities += words("projector.interested", ["cities": p.interestedCities.joined(separator: ", ")]) }
            let title = Paragraph.wrap("\(i + 1). \(p.title)", width: area.width, measure: m).prefix(2)
            let cityLines = Paragraph.wrap(cities, width: area.width - 3, measure: m).prefix(2)
            let needed = title.count + cityLines.count
            let left = projects.count - i
            // Keep the last row for "+N more" when this project would not leave room for it.
            if y + needed > area.maxY || (left > 1 && y + needed >= area.maxY) {
                buffer.write(words("projector.moreProjects", ["left": "\(left)", "count": "\(projects.count)"]), in: Rect(x: area.x, y: min(y, area.maxY - 1), width: area.width, height: 1), role: .accent)
                return
            }
            for line in title { buffer.write(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), role: .title); y += 1 }
            for line in cityLines { buffer.write("   " + line, in: Rect(x: area.x, y: y, width: area.width, height: 1), role: .accent); y += 1 }
            if spaced { y += 1 }
        }
    }

    /// The plan: rooms across, rounds down, each topic title wrapped in its cell.
    static func plan(_ s: Session, into buffer: inout Buffer, area: Rect) {
        guard !s.rooms.isEmpty, !s.rounds.isEmpty else {
            buffer.write(words("projector.noRoomsOrRounds"), in: area.row(0), role: .title, alignment: .center); return
        }
        let labelWidth = min(14, area.width / 5)
        let cellWidth = max(1, (area.width - labelWidth) / s.rooms.count)
        for (c, room) in s.rooms.enumerated() {
            buffer.write(" \(room.name)", in: Rect(x: area.x + labelWidth + c * cellWidth, y: area.y, width: cellWidth - 1, height: 1), role: .tabActive)
        }
        let cellHeight = max(1, (area.height - 1) / s.rounds.count)
        for (r, round) in s.rounds.enumerated() {
            let y = area.y + 1 + r * cellHeight
            guard y < area.maxY else { break }
            buffer.write(words("projector.round", ["number": "\(r + 1)"]), in: Rect(x: area.x, y: y + (cellHeight > 2 ? 1 : 0), width: labelWidth - 1, height: 1), role: .tabActive)
            if cellHeight > 2 {
                buffer.write("\(round.start)", in: Rect(x: area.x, y: y + 2, width: labelWidth - 1, height: 1), role: .title)
            }
            for (c, room) in s.rooms.enumerated() {
                let cell = Rect(x: area.x + labelWidth + c * cellWidth, y: y, width: cellWidth - 1, height: min(cellHeight, area.maxY - y))
                guard let slot = s.schedule.first(where: { $0.round == round.id && $0.room == room.id }),
                      let topic = s.topic(slot.topic) else {
                    buffer.write(" —", in: cell.row(cellHeight > 2 ? 1 : 0), role: .dim); continue
                }
                let lines = Paragraph.wrap(topic.title, width: max(1, cell.width - 2), measure: buffer.measure)
                let top = cellHeight > lines.count + 1 ? 1 : 0
                for (i, line) in lines.enumerated() where top + i < cell.height {
                    buffer.write(" " + line, in: cell.row(top + i), role: .title)
                }
            }
        }
    }

    /// The groups of one round: a column per group, its members below its title.
    static func groups(_ s: Session, roundIndex: Int, into buffer: inout Buffer, area: Rect) {
        guard s.rounds.indices.contains(roundIndex) else {
            buffer.write(words("projector.noRounds"), in: area.row(0), role: .title, alignment: .center); return
        }
        let round = s.rounds[roundIndex]
        let slots = s.schedule.filter { $0.round == round.id }
        buffer.write(words("projector.round", ["number": "\(roundIndex + 1)"]) + " · \(round.start)–\(round.end)", in: area.row(0), role: .title, alignment: .center)
        guard !slots.isEmpty else {
            buffer.write(words("projector.noTopicsInRound"), in: area.row(2), role: .title, alignment: .center); return
        }
        let body = area.droppingTop(2)
        let width = max(1, body.width / slots.count)
        for (c, slot) in slots.enumerated() {
            let column = Rect(x: body.x + c * width, y: body.y, width: width - 1, height: body.height)
            let title = s.topic(slot.topic)?.title ?? "?"
            let head = Paragraph.wrap(title, width: max(1, column.width - 1), measure: buffer.measure).prefix(2)
            for (i, line) in head.enumerated() { buffer.write(" " + line, in: column.row(i), role: .tabActive) }
            buffer.write(" " + (s.room(slot.room)?.name ?? ""), in: column.row(head.count), role: .accent)
            let members = s.assignments.filter { $0.round == round.id && $0.topic == slot.topic }
                .compactMap { s.participant($0.participant) }
            let room = column.height - head.count - 2
            // Cities beside the names when every line of the column has room for them.
            let withCities = members.allSatisfy { buffer.measure.width("\($0.name) · \($0.city)") < column.width }
            for (i, p) in members.enumerated() where i < room {
                let more = members.count - i
                let text = i == room - 1 && more > 1 ? words("projector.moreMembers", ["count": "\(more)"]) : withCities ? "\(p.name) · \(p.city)" : p.name
                buffer.write(" " + text, in: column.row(head.count + 2 + i), role: .title)
            }
        }
    }

    /// The countdown in digits as large as the area allows.
    static func timer(_ t: RoundTimer, session s: Session, now: Date, into buffer: inout Buffer, area: Rect) {
        let index = t.round - 1
        let round = s.rounds.indices.contains(index) ? s.rounds[index] : nil
        let text: String
        if t.remaining(at: now) == nil {
            let m = round?.minutes ?? 45
            text = "\(m):00"
        } else {
            text = t.clockText(at: now)
        }
        var label = words("projector.round", ["number": "\(t.round)"])
        if let round { label += " · \(round.start)–\(round.end)" }
        if t.remaining(at: now) == nil { label += " · " + words("projector.timer.start") }
        if t.isPaused { label += " · " + words("projector.timer.paused") }
        buffer.write(label, in: area.row(0), role: .title, alignment: .center)
        let ended = t.hasEnded(at: now)
        LargeDigits.render(text, into: &buffer, area: area.droppingTop(2), role: ended ? (t.isFlashOn(at: now) ? .error : .warning) : .title)
    }
}
