import AgoraCore
import Foundation

/// The large drawings of the projector, one per phase.
enum ProjectorViews {
    /// Results: each topic on its own row with a thick bar, spaced out when there is room.
    static func results(_ s: Session, results: [TopicResult], into buffer: inout Buffer, area: Rect) {
        guard VoteScreen.talliesVisible(s) else {
            let text = String(s.ballots.count)
            LargeDigits.render(text, into: &buffer, area: area.droppingBottom(2), role: .title)
            buffer.write("ballots cast · results when voting closes", in: area.bottom(1), role: .title, alignment: .center)
            return
        }
        guard !results.isEmpty else { buffer.write("No topics yet", in: area.row(0), role: .title, alignment: .center); return }
        let footer = results.contains(where: \.isTieBroken) ? 1 : 0
        let usable = area.droppingBottom(footer)
        let perItem = usable.height >= results.count * 3 ? 3 : usable.height >= results.count * 2 ? 2 : 1
        let maxDots = max(1, results.map(\.dots).max() ?? 1)
        func title(_ r: TopicResult) -> String { "\(r.rank). \(s.topic(r.topic)?.title ?? "?")\(r.isTieBroken ? " †" : "")" }
        if perItem == 1 {   // too many topics for two rows each: one chart, one row per topic
            BarChart.render(results.map { BarChart.Item(title($0), $0.dots) }, into: &buffer, area: usable)
        }
        for (i, r) in results.enumerated() where perItem > 1 {
            let y = usable.y + i * perItem
            guard y < usable.maxY else { break }
            let title = title(r)
            let value = " \(r.dots)"
            buffer.write(title, in: Rect(x: usable.x, y: y, width: usable.width, height: 1), role: .title)
            let barMax = max(1, usable.width - value.count - 1)
            let length = max(r.dots > 0 ? 1 : 0, r.dots * barMax / maxDots)
            buffer.fill(Rect(x: usable.x, y: y + 1, width: length, height: 1), with: "█", role: .bar)
            buffer.write(value, x: usable.x + length, y: y + 1, role: .title)
        }
        if footer > 0 {
            buffer.write("† equal points — " + Tally.tieBreakRule, in: area.bottom(1), role: .normal)
        }
    }

    /// The plan: rooms across, rounds down, each topic title wrapped in its cell.
    static func plan(_ s: Session, into buffer: inout Buffer, area: Rect) {
        guard !s.rooms.isEmpty, !s.rounds.isEmpty else {
            buffer.write("No rooms or rounds yet", in: area.row(0), role: .title, alignment: .center); return
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
            buffer.write("Round \(r + 1)", in: Rect(x: area.x, y: y + (cellHeight > 2 ? 1 : 0), width: labelWidth - 1, height: 1), role: .tabActive)
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
            buffer.write("No rounds yet", in: area.row(0), role: .title, alignment: .center); return
        }
        let round = s.rounds[roundIndex]
        let slots = s.schedule.filter { $0.round == round.id }
        buffer.write("Round \(roundIndex + 1) · \(round.start)–\(round.end)", in: area.row(0), role: .title, alignment: .center)
        guard !slots.isEmpty else {
            buffer.write("No topics planned in this round", in: area.row(2), role: .title, alignment: .center); return
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
                let text = i == room - 1 && more > 1 ? "+\(more) more" : withCities ? "\(p.name) · \(p.city)" : p.name
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
        var label = "Round \(t.round)"
        if let round { label += " · \(round.start)–\(round.end)" }
        if t.remaining(at: now) == nil { label += " · t starts the countdown" }
        if t.isPaused { label += " · paused" }
        buffer.write(label, in: area.row(0), role: .title, alignment: .center)
        let ended = t.hasEnded(at: now)
        LargeDigits.render(text, into: &buffer, area: area.droppingTop(2), role: ended ? (t.isFlashOn(at: now) ? .error : .warning) : .title)
    }
}
