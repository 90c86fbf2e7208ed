import Foundation
import AgoraCore

/// Makes operations against a session: mostly valid, some breaking a rule or naming
/// something that does not exist, with text drawn from plain words, arbitrary Unicode
/// and the naughty strings.
struct OperationGenerator {
    /// AgoraCore's SplitMix64: a failing seed can be replayed.
    var rng: SeededGenerator
    let strings: [String]

    init(seed: UInt64, strings: [String] = SessionFixtures.naughtyStrings) {
        rng = SeededGenerator(seed: seed)
        self.strings = strings
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    /// Arbitrary Unicode: any scalar, including controls, combining marks, RTL marks and emoji.
    mutating func unicodeText() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<int(0...12) {
            let value: UInt32
            switch int(0...4) {
            case 0: value = UInt32(int(0...0x7F))
            case 1: value = UInt32(int(0x80...0x7FF))
            case 2: value = UInt32(int(0x800...0xFFFF))
            case 3: value = UInt32(int(0x1F300...0x1FAFF))
            default: value = UInt32(int(0x10000...0x10FFFF))
            }
            if let s = Unicode.Scalar(value) { scalars.append(s) }
        }
        return String(scalars)
    }

    mutating func text() -> String {
        switch int(0...3) {
        case 0: return ["Ana", "Bordeaux", "Open data", "Smart Economy", "Rabat", "Élodie", "São Paulo"][int(0...6)]
        case 1: return unicodeText()
        default: return strings.isEmpty ? "x" : strings[int(0...strings.count - 1)]
        }
    }

    /// A name likely to survive cleaning: text plus a number.
    mutating func name() -> String { text() + " \(int(0...999))" }

    mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[int(0...items.count - 1)] }

    mutating func participant(_ s: Session) -> ParticipantID {
        chance(0.9) ? (pick(s.participants.map(\.id)) ?? ParticipantID(int(1...3))) : ParticipantID(int(50...99))
    }
    mutating func topic(_ s: Session) -> TopicID {
        chance(0.9) ? (pick(s.topics.map(\.id)) ?? TopicID(int(1...3))) : TopicID(int(50...99))
    }
    mutating func room(_ s: Session) -> RoomID { pick(s.rooms.map(\.id)) ?? RoomID(int(1...3)) }
    mutating func round(_ s: Session) -> RoundID { pick(s.rounds.map(\.id)) ?? RoundID(int(1...3)) }

    /// One operation that may or may not be allowed on `s`.
    mutating func operation(for s: Session) -> Operation {
        switch int(0...30) {
        case 0...7:
            return .people(.add(ParticipantFields(name: name(), city: text(), organization: text(), role: text())))
        case 8:
            return .people(.edit(participant(s), ParticipantFields(name: name(), city: text())))
        case 9:
            return chance(0.5) ? .people(.remove(participant(s))) : .people(.setPresent(participant(s), chance(0.7)))
        case 10...13:
            return .topics(.propose(TopicFields(title: name(), description: text(),
                                                proposer: chance(0.5) ? participant(s) : nil,
                                                area: chance(0.5) ? FocusArea.allCases[int(0...5)] : nil)))
        case 14:
            switch int(0...3) {
            case 0: return .topics(.merge(topic(s), into: topic(s)))
            case 1: return .topics(.withdraw(topic(s)))
            case 2: return .topics(.restore(topic(s)))
            default: return .topics(.edit(topic(s), TopicFields(title: name())))
            }
        case 15...18:
            if s.votingStatus != .open, chance(0.7) { return .voting(.open) }
            return chance(0.8) ? .voting(.addDots(participant(s), topic(s), count: int(0...3)))
                               : .voting(.removeDots(participant(s), topic(s), count: int(1...2)))
        case 19:
            return chance(0.5) ? .voting(.setWallCount(topic(s), count: int(-1...9))) : .voting(chance(0.5) ? .close : .clearBallot(participant(s)))
        case 20:
            return chance(0.5) ? .setup(.addRoom(name: name(), capacity: int(0...30)))
                               : .setup(.addRound(start: ClockTime(hour: int(8...18), minute: int(0...59))!, minutes: int(0...120)))
        case 21:
            if chance(0.25) {
                return .setup(.setFraming(ReportFraming(context: text() + "\n\n" + text(), synthesis: chance(0.5) ? text() : "",
                                                        contact: chance(0.8) ? text() : "")))
            }
            return .setup(.editMeeting(Meeting(title: text(), hostCity: text(), venue: text(),
                                               date: CalendarDate(year: int(1990...2040), month: int(1...12), day: int(1...28))!,
                                               area: FocusArea.allCases[int(0...5)])))
        case 22:
            let active = s.activeTopics.map(\.id).shuffled(using: &rng)
            return .plan(.setSelection(Array(active.prefix(int(0...min(4, active.count))))))
        case 23:
            return .plan(.place(topic(s), round: round(s), room: room(s), pinned: chance(0.3)))
        case 24:
            return .groups(.move(participant(s), round: round(s), topic: topic(s), lock: chance(0.3)))
        case 25:
            return .work(.addExperience(ExperienceFields(city: text(), title: name(), sharedBy: chance(0.5) ? participant(s) : nil,
                                                         challenge: text(), action: text(), result: text(), tags: [text(), text()],
                                                         origin: Origin(topic: chance(0.5) ? topic(s) : nil))))
        case 26:
            return .work(.addProject(ProjectFields(title: name(), leadCity: text(), question: text(), partnerCities: [text()],
                                                   interestedCities: [text()], description: text(), themes: [text()],
                                                   activities: chance(0.5) ? [Activity(kind: .exchange, text: text(), cadence: Cadence(every: int(0...13), unit: .month), owner: text())] : [],
                                                   nextSteps: [text()], status: ProjectStatus.allCases[int(0...5)])))
        case 27:
            if let project = pick(s.projects.map(\.id)) {
                return chance(0.5) ? .work(.setProjectStatus(project, ProjectStatus.allCases[int(0...5)]))
                                   : .work(.addActivity(project, Activity(text: text(), due: CalendarDate(year: 2014, month: int(1...12), day: 1))))
            }
            return .work(.promoteExperience(pick(s.experiences.map(\.id)) ?? ExperienceID(1)))
        case 28:
            return .setup(.setGroupRules(GroupRules(minSize: int(-1...3), maxSize: chance(0.5) ? int(0...10) : nil, maxPerCity: chance(0.5) ? int(0...3) : nil)))
        default:
            return .batch(summary: "Batch of \(text())", operations: (0..<int(1...3)).map { _ in
                .people(.add(ParticipantFields(name: name(), city: text())))
            })
        }
    }
}

/// A step of a random session: an operation, an undo or a redo.
enum Change: Equatable, CustomStringConvertible {
    case apply(Operation)
    case undo
    case redo

    var description: String {
        switch self {
        case .apply(let op): return "apply \(op)"
        case .undo: return "undo"
        case .redo: return "redo"
        }
    }
}

extension OperationGenerator {
    /// A mix of operations (85%), undos and redos, each chosen against the session as it stands.
    mutating func change(for session: Session) -> Change {
        switch int(0...19) {
        case 0, 1: return .undo
        case 2: return .redo
        default: return .apply(operation(for: session))
        }
    }
}
