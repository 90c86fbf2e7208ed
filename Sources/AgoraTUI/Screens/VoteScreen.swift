import AgoraCore
import Foundation

/// The vote: one person's dots in a few keys (`v`, a few letters of the name, Enter, then
/// `1`–`9` for a dot on that topic, `n` for the next person), anonymous counts from a wall
/// of sticky dots (`c`), opening and closing (`o`), and the live results in rank order with
/// the tie-break rule — hidden until the vote closes when the session says so.
public struct VoteScreen: MeetingPhaseScreen {
    public enum Action: Equatable, Sendable {
        case list(ListMove)
        case pickVoter, done
        case dotOnSelected, dotOn(Int), takeBack, clearBallot
        case countWall, openOrClose
        case meeting(MeetingKey)
    }

    /// The anonymous count being typed for a topic.
    public struct CountForm: Equatable, Sendable {
        public var topic: TopicID
        public var form: FormState
        public var error: String?
    }

    public var list = ListState()
    /// Whose ballot the keys fill in.
    public var voter: ParticipantID?
    var picker: VoterPicker?
    public var countForm: CountForm?
    /// The tally, computed when the session changes.
    var results: [TopicResult] = []
    /// Who has voted, computed once per change (Core's ``Session/voterTurnout``).
    var turnout: VoterTurnout?

    public init() {}

    public var title: String { VoteText.table("vote.title") }
    public var isEditingText: Bool { (picker != nil || countForm != nil) }
    /// A ballot keeps the keys until Esc ends it: a digit past the last topic stays on it.
    public var holdsKeys: Bool { voter != nil }

    /// Whether tallies may be shown: always, or once voting has closed when the rules hide them.
    public static func talliesVisible(_ s: Session) -> Bool { Tally.isVisible(in: s) }

    /// The keys of an open ballot besides the digits.
    static var ballotKeys: [KeyBinding<Action>] {
        let t = VoteText.table
        return [
            KeyBinding(keys: [.enter, Key(" ")], action: .dotOnSelected, description: t("vote.key.dotOnSelected")),
            KeyBinding(keys: [Key("-"), .backspace], action: .takeBack, description: t("vote.key.takeBack")),
            KeyBinding(Key("n"), action: .pickVoter, description: t("vote.key.next")),
            KeyBinding(Key("x"), action: .clearBallot, description: t("vote.key.clear")),
            KeyBinding(.escape, action: .done, description: t("vote.key.done"), showsInHints: true),
        ]
    }

    /// Before a ballot is open, `?` already says how to fill one in.
    public func helpNotes(context: ScreenContext) -> [HelpOverlay.Section] {
        guard voter == nil else { return [] }
        let t = VoteText.table
        let entries = [HelpEntry(keys: "1–9", description: t("vote.key.dotOnTopic"))] + Self.ballotKeys.map(\.help)
        return [HelpOverlay.Section(title: t("vote.help.ballot"), entries: entries)]
    }

    public func bindings(context: ScreenContext) -> [KeyBinding<Action>] {
        let t = VoteText.table
        if voter != nil {
            let count = min(9, context.session.activeTopics.count)
            let digits = NumberKeys.bindings(count: count, action: Action.dotOn,
                                             first: t("vote.key.dotOnTopics"), other: { t("vote.key.dotOnTopicN", ["n": "\($0)"]) })
            return digits + Self.ballotKeys + ListMove.bindings(Action.list)
        }
        let open = context.session.votingStatus == .open
        return ListMove.bindings(Action.list) + [
            KeyBinding(keys: [Key("v"), .enter], action: .pickVoter, description: t("vote.key.enterBallot"), showsInHints: !context.isReadOnly),
            KeyBinding(Key("c"), action: .countWall, description: t("vote.key.countWall")),
            KeyBinding(Key("o"), action: .openOrClose, description: t(open ? "vote.key.close" : context.session.votingStatus == .closed ? "vote.key.reopen" : "vote.key.open"),
                       showsInHints: !context.isReadOnly),
        ] + MeetingKey.bindings(Action.meeting)
    }

    /// Moving, searching and the projector view work read-only (the review offers only these).
    public func worksReadOnly(_ action: Action) -> Bool {
        switch action {
        case .list: true
        case .meeting(let key): key.worksReadOnly
        default: false
        }
    }

    // MARK: Reducer

    func selectedTopic(_ s: Session) -> Topic? {
        let topics = s.activeTopics
        return topics.indices.contains(list.selected) ? topics[list.selected] : nil
    }

    public mutating func reduce(_ action: Action, context: ScreenContext) -> [Effect] {
        let s = context.session, text = VoteText.table
        switch action {
        case .list(let move): move.apply(to: &list, count: s.activeTopics.count, visible: max(1, context.area.height - 4))
        case .pickVoter:
            // A closed vote takes no ballot: say so, and which key reopens it, before a name is typed.
            guard s.votingStatus != .closed else { voter = nil; return [.error(text("vote.closed.ballot"))] }
            picker = VoterPicker()
        case .done:
            voter = nil
            return [.status(text("vote.ballotDone"))]
        case .dotOn(let n):
            let topics = s.activeTopics
            guard topics.indices.contains(n - 1) else { return [.bell] }
            list.select(n - 1, count: topics.count)
            return place(on: topics[n - 1].id, s)
        case .dotOnSelected:
            guard let t = selectedTopic(s) else { return [.bell] }
            return place(on: t.id, s)
        case .takeBack:
            guard let voter, let t = selectedTopic(s) else { return [.bell] }
            if s.voting.method == .ranked {
                let ranking = s.ballot(of: voter)?.ranking ?? []
                guard ranking.contains(t.id) else { return [.bell] }
                return [.apply(.voting(.setRanking(voter, ranking.filter { $0 != t.id })))]
            }
            return [.apply(.voting(.removeDots(voter, t.id, count: 1)))]
        case .clearBallot:
            guard let voter, let p = s.participant(voter) else { return [.bell] }
            return [.confirm(ConfirmRequest(title: text("vote.clear.title"), message: text("vote.clear.message", ["name": p.name]),
                                            confirmLabel: text("vote.clear")), onConfirm: [.apply(.voting(.clearBallot(voter)))])]
        case .countWall:
            guard let t = selectedTopic(s) else { return [.bell] }
            guard s.votingStatus != .closed else { return [.error(text("vote.closed.count"))] }
            let now = s.wallCounts.first { $0.topic == t.id }?.count ?? 0
            countForm = CountForm(topic: t.id, form: FormState([.init("Dots", label: text("vote.field.dots"), default: now == 0 ? "" : String(now), placeholder: "0")]))
        case .openOrClose:
            if s.votingStatus == .open {
                // Who has not voted yet, said before the vote closes on them (the mode line may have had no room for it).
                let missing = (turnout ?? s.voterTurnout).notVoted
                let names = missing.prefix(3).map(\.name).joined(separator: ", ")
                    + (missing.count > 3 ? text("vote.notVotedMore", ["count": "\(missing.count - 3)"]) : "")
                let notVoted = missing.isEmpty ? "" : text("vote.close.notVoted", ["count": "\(missing.count)", "names": names])
                return [.confirm(ConfirmRequest(title: text("vote.close.title"), message: notVoted + text("vote.close.message"),
                                                confirmLabel: text("vote.close")), onConfirm: [.apply(.voting(.close))])]
            }
            if s.votingStatus == .closed {
                // Reopening lets ballots change again (and hides the tallies again when the rules say so): ask first.
                return [.confirm(ConfirmRequest(title: text("vote.reopen.title"),
                                                message: text(s.voting.hideTalliesUntilClose ? "vote.reopen.messageHidden" : "vote.reopen.message"),
                                                confirmLabel: text("vote.reopen")), onConfirm: [.apply(.voting(.open))])]
            }
            return [.apply(.voting(.open))]
        case .meeting(.projector): return [.projector(.results)]
        case .meeting(let key): return key.perform(context: context)
        }
        return []
    }

    /// A dot, an approval or the next place in a ranking, as the session's method says.
    func place(on topic: TopicID, _ s: Session) -> [Effect] {
        guard let voter else { return [.bell] }
        guard let op = s.ballotOperation(for: voter, marking: topic) else { return [.status(VoteText.table("vote.alreadyRanked"))] }
        return [.apply(op)]
    }

    public mutating func input(_ event: TerminalEvent, context: ScreenContext) -> [Effect]? {
        let s = context.session
        if var open = picker {
            switch open.feed(event, session: s) {
            case .cancel: picker = nil; return [.status(CommonText.table("common.cancelled"))]
            case .edited: picker = open; return []
            case .refused: picker = open; return [.bell]
            case .picked(let id):
                picker = nil; voter = id
                let p = s.participant(id)
                return [.status(VoteText.table("vote.ballotOf", ["name": p?.name ?? "?"]))]
            }
        }
        if let effects = countForm.feed(event, context: context, submit: { open in
            let text = open.form.text("Dots")
            // A number too long for an Int throws the wall count's range, shown in the form.
            guard let n = try DomainRange.wallCount.reading(text.isEmpty ? "0" : text) else { return .refuse(VoteText.table("vote.wholeNumber")) }
            return .apply(.voting(.setWallCount(open.topic, count: n)))
        }) { return effects }
        return nil
    }

    public mutating func sessionDidChange(context: ScreenContext) {
        results = context.results
        turnout = context.session.voterTurnout
        list.move(by: 0, count: context.session.activeTopics.count)
        if let v = voter, context.session.participant(v) == nil { voter = nil }
    }

    // MARK: View

    public func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) -> Position? {
        let s = context.session, t = VoteText.table
        buffer.fill(area, role: .normal)
        let rules = s.voting
        var summary = t("vote.header", ["status": Self.statusWord(s.votingStatus), "turnout": Self.turnoutText(turnout ?? s.voterTurnout)])
        switch rules.method {
        case .dots:
            summary += t("vote.dotsEach", ["dots": DomainWord.dot.noun(in: .current)(rules.dotsPerParticipant)])
                + (rules.capPerTopic.map { t("vote.capPerTopic", ["cap": "\($0)"]) } ?? "")
        case .approval: summary += t("vote.approvalRule")
        case .ranked: summary += t("vote.rankedRule", ["n": "\(rules.dotsPerParticipant)"])
        }
        if !Tally.isVisible(in: s) { summary += t("vote.hidden") }
        let body = PhaseHeader.render(summary, context: context, into: &buffer, area: area)
        buffer.write(message: modeLine(s, width: body.width, measure: buffer.measure), in: body.row(0), role: voter == nil ? .dim : .accent)
        let panels = body.droppingTop(1)
        var cursor: Position?
        let visible = Self.talliesVisible(s)
        if panels.width >= 110 {
            let left = Rect(x: panels.x, y: panels.y, width: panels.width / 2 - 1, height: panels.height)
            let right = Rect(x: left.maxX + 2, y: panels.y, width: panels.maxX - left.maxX - 2, height: panels.height)
            cursor = renderTable(s, showTotals: visible, readOnly: context.isReadOnly, into: &buffer, area: left)
            VoteResultsView.render(s, results: results, into: &buffer, area: right)
        } else if voter != nil {
            cursor = renderTable(s, showTotals: visible, readOnly: context.isReadOnly, into: &buffer, area: panels)
        } else {
            let tableHeight = min(s.activeTopics.count + 1, max(4, panels.height - 8))
            cursor = renderTable(s, showTotals: visible, readOnly: context.isReadOnly, into: &buffer, area: panels.top(tableHeight))
            let rest = panels.droppingTop(tableHeight + 1)
            if rest.height >= 3 { VoteResultsView.render(s, results: results, into: &buffer, area: rest) }
        }
        if let picker {
            cursor = picker.render(question: t("vote.whoIsVoting"), session: s, readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        if let open = countForm, let t = s.topic(open.topic) {
            cursor = FormBox.render(open.form, title: VoteText.table("vote.wallForm.title", ["title": Typography.quote(t.title, in: .current)]),
                                    note: open.error ?? VoteText.table("vote.wallForm.note"),
                                    noteRole: open.error != nil ? .error : .dim, readOnly: context.isReadOnly, into: &buffer, area: area)
        }
        return cursor
    }

    static func statusWord(_ status: VotingStatus) -> String {
        switch status {
        case .notStarted: VoteText.table("vote.status.notStarted")
        case .open: VoteText.table("vote.status.open")
        case .closed: VoteText.table("vote.status.closed")
        }
    }

    /// "31 of 40 voted", in the language people read now.
    static func turnoutText(_ turnout: VoterTurnout) -> String {
        VoteText.table("vote.turnout", ["voted": "\(turnout.voted)", "present": "\(turnout.present)"])
    }

    /// The line under the header in `width` columns: the ballot being filled in, or what the
    /// keys do now (and, while voting is open, who has not voted yet).
    func modeLine(_ s: Session, width: Int, measure: TextWidth) -> String {
        let t = VoteText.table
        if let voter, let p = s.participant(voter) {
            let ballot = s.ballot(of: voter)
            let left: String
            switch s.voting.method {
            case .dots:
                left = t("vote.left.dots", ["left": "\(s.voting.dotsPerParticipant - (ballot?.dotsUsed ?? 0))",
                                            "dots": DomainWord.dot.noun(in: .current)(s.voting.dotsPerParticipant)])
            case .approval: left = t("vote.left.approval", ["count": "\(ballot?.dots.count ?? 0)"])
            case .ranked: left = t("vote.left.ranked", ["count": "\(ballot?.ranking.count ?? 0)"])
            }
            // What gives way in a narrow terminal: the person's city, then their name (down to
            // 8 columns), then the last keys, whole (Esc and n are in the hint bar and in ?).
            let keys = t("vote.mode.ballotKeys")
            let withCity = t("vote.mode.ballot", ["who": t("vote.mode.who", ["name": p.name, "city": p.city]), "left": left])
            if !p.city.isEmpty && measure.width(withCity + keys) <= width { return withCity + keys }
            let bare = t("vote.mode.ballot", ["who": p.name, "left": left])
            if measure.width(bare + keys) <= width { return bare + keys }
            let room = max(8, width - measure.width(keys) - (measure.width(bare) - measure.width(p.name)))
            let cut = t("vote.mode.ballot", ["who": measure.truncate(p.name, to: room).text, "left": left])
            return TextFit.facts(cut + keys, width: width, measure: measure)
        }
        switch s.votingStatus {
        case .notStarted: return t("vote.mode.notStarted")
        case .open:
            let keys = t("vote.mode.open")
            return keys + Self.notVotedYet(turnout ?? s.voterTurnout, width: width - measure.width(keys), measure: measure)
        case .closed: return t("vote.mode.closed")
        }
    }

    /// " · not voted yet: Bo, Dina, +3 more" while some present people have no ballot (Core's
    /// ``Session/voterTurnout``), in `width` columns: as many names as fit, whole, then how many
    /// more; " · not voted yet: 12 people" when no name fits; nothing when even that does not
    /// (the header still says "0 of 12 voted"). The list is what gets shorter, never the label
    /// or the keys before it. Empty when everyone voted.
    static func notVotedYet(_ turnout: VoterTurnout, width: Int, measure: TextWidth) -> String {
        let missing = turnout.notVoted
        guard !missing.isEmpty else { return "" }
        let t = VoteText.table
        var names = ""
        for shown in 1...missing.count {
            let more = shown < missing.count ? t("vote.notVotedMore", ["count": "\(missing.count - shown)"]) : ""
            let candidate = t("vote.notVoted", ["names": missing.prefix(shown).map(\.name).joined(separator: ", ") + more])
            if measure.width(candidate) > width { break }
            names = candidate
        }
        guard names.isEmpty else { return names }
        let count = t("vote.notVotedCount", ["count": "\(missing.count)"])
        return measure.width(count) <= width ? count : ""
    }

    func renderTable(_ s: Session, showTotals: Bool, readOnly: Bool, into buffer: inout Buffer, area: Rect) -> Position? {
        let topics = s.activeTopics
        let ballot = voter.flatMap { s.ballot(of: $0) }
        let wall = Dictionary(s.wallCounts.map { ($0.topic, $0.count) }, uniquingKeysWith: +)
        let totals = showTotals ? Dictionary(results.map { ($0.topic, $0.dots) }, uniquingKeysWith: +) : [:]
        let text = VoteText.table
        var columns = [TableColumn(text("vote.column.key"), width: .fixed(3), alignment: .trailing), TableColumn(text("vote.column.topic"), width: .flex(1))]
        if voter != nil { columns.append(TableColumn(text(s.voting.method == .ranked ? "vote.column.place" : "vote.column.dots"), width: .fixed(7))) }
        columns.append(TableColumn(text("vote.column.wall"), width: .fixed(4), alignment: .trailing))
        if showTotals { columns.append(TableColumn(text("vote.column.total"), width: .fixed(5), alignment: .trailing)) }
        return TableView.render(columns: columns, count: topics.count, state: list, into: &buffer, area: area,
                                emptyText: text(readOnly ? "vote.noTopics" : "vote.noTopicsYet")) { i in
            let t = topics[i]
            var row = [i < 9 ? String(i + 1) : "", t.title]
            if voter != nil {
                if s.voting.method == .ranked {
                    row.append(ballot?.ranking.firstIndex(of: t.id).map { "#\($0 + 1)" } ?? "")
                } else {
                    row.append(String(repeating: "●", count: min(7, ballot?.dots(on: t.id) ?? 0)))
                }
            }
            row.append(wall[t.id].map(String.init) ?? "")
            if showTotals { row.append(String(totals[t.id] ?? 0)) }
            return row
        }
    }
}
