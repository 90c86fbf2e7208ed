import Foundation
import AgoraCore

/// The one maker of random operations for the property tests of the reducer, the store and
/// the engines: operations aimed at a session's current state, mostly valid (they name
/// things that exist), some breaking a rule or naming something that does not exist, with
/// text drawn from plain words, arbitrary Unicode and `strings` (the naughty strings by
/// default); ``extremeOperation(for:)`` puts numbers at and past every ``DomainRange``'s
/// edges where a count, size or time goes. Every draw comes from AgoraCore's
/// ``SeededGenerator``, so a failing seed replays the same operations.
public struct OperationGenerator {
    var rng: SeededGenerator
    public let strings: [String]

    public init(seed: UInt64, strings: [String] = HostileStrings.all) {
        rng = SeededGenerator(seed: seed)
        self.strings = strings
    }

    /// A generator seeded by a property test's `choices` (any integers): the same choices
    /// give the same operations, so a failing case that the test prints replays.
    public init(choices: [Int], strings: [String]) {
        self.init(seed: choices.reduce(0x9E37_79B9_7F4A_7C15) { ($0 ^ UInt64(bitPattern: Int64($1))) &* 0x100_0000_01B3 },
                  strings: strings)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    /// Arbitrary Unicode: any scalar, including controls, combining marks, RTL marks and emoji.
    public mutating func unicodeText() -> String {
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

    public mutating func text() -> String {
        switch int(0...3) {
        case 0: return ["Ana", "Bordeaux", "Open data", "Smart Economy", "Rabat", "Élodie", "São Paulo"][int(0...6)]
        case 1: return unicodeText()
        default: return strings.isEmpty ? "x" : strings[int(0...strings.count - 1)]
        }
    }

    /// A name likely to survive cleaning: text plus a number.
    public mutating func name() -> String { text() + " \(int(0...999))" }

    public mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[int(0...items.count - 1)] }

    mutating func participant(_ s: Session) -> ParticipantID {
        chance(0.9) ? (pick(s.participants.map(\.id)) ?? ParticipantID(int(1...3))) : ParticipantID(int(50...99))
    }
    mutating func topic(_ s: Session) -> TopicID {
        chance(0.9) ? (pick(s.topics.map(\.id)) ?? TopicID(int(1...3))) : TopicID(int(50...99))
    }
    mutating func room(_ s: Session) -> RoomID { pick(s.rooms.map(\.id)) ?? RoomID(int(1...3)) }
    mutating func round(_ s: Session) -> RoundID { pick(s.rounds.map(\.id)) ?? RoundID(int(1...3)) }

    /// One operation that may or may not be allowed on `s`.
    public mutating func operation(for s: Session) -> AgoraCore.Operation {
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
            if chance(0.1) { return .setup(.setLanguage(pick([nil] + Language.allCases.map(Optional.some)) ?? nil)) }
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
                                                   activities: chance(0.5) ? [Activity(kind: .exchange, text: text(), cadence: Cadence(every: int(0...13), unit: .month), owner: text())]
                                                       : chance(0.5) ? [ActivityText.parse(text() + " every \(int(0...13)) months")] : [],
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
public enum Change: Equatable, CustomStringConvertible {
    case apply(AgoraCore.Operation)
    case undo
    case redo

    public var description: String {
        switch self {
        case .apply(let op): return "apply \(op)"
        case .undo: return "undo"
        case .redo: return "redo"
        }
    }
}

extension OperationGenerator {
    /// A mix of operations (85%), undos and redos, each chosen against the session as it stands.
    public mutating func change(for session: Session) -> Change {
        switch int(0...19) {
        case 0, 1: return .undo
        case 2: return .redo
        default: return .apply(operation(for: session))
        }
    }
}

extension OperationGenerator {
    /// ``operation(for:)`` of a generator seeded by a property test's `choices`, with `text`
    /// as the strings.
    public static func operation(for s: Session, choices: [Int], text: String) -> AgoraCore.Operation {
        var generator = OperationGenerator(choices: choices, strings: [text])
        return generator.operation(for: s)
    }

    /// ``extremeOperation(for:)`` of a generator seeded by a property test's `choices`.
    public static func extremeOperation(for s: Session, choices: [Int], text: String) -> AgoraCore.Operation {
        var generator = OperationGenerator(choices: choices, strings: [text])
        return generator.extremeOperation(for: s)
    }

    /// Numbers at and past every edge: `Int.max`, `Int.min`, 0, -1, and each ``DomainRange``'s
    /// bounds and one past them.
    public static let extremeNumbers: [Int] = {
        var numbers: Set<Int> = [.max, .min, 0, -1, 1, .max - 1, .min + 1]
        for range in [DomainRange.capacity, .roundMinutes, .dotsPerParticipant, .capPerTopic, .dotCount, .wallCount,
                      .groupMinSize, .groupMaxSize, .maxPerCity, .cadenceEvery, .rooms, .rounds] {
            for n in [range.bounds.lowerBound, range.bounds.upperBound] {
                numbers.formUnion([n, n &- 1, n &+ 1])
            }
        }
        return numbers.sorted()
    }()

    /// One of ``extremeNumbers``.
    public mutating func extremeNumber() -> Int { pick(Self.extremeNumbers)! }

    /// An operation that puts an extreme number (``extremeNumbers``) or one of `strings` whole
    /// (a huge or invisible text) where a count, size, time or name goes.
    public mutating func extremeOperation(for s: Session) -> AgoraCore.Operation {
        let text = pick(strings) ?? ""
        let person = pick(s.participants.map(\.id)) ?? ParticipantID(1)
        let topic = pick(s.topics.map(\.id)) ?? TopicID(1)
        let room = pick(s.rooms.map(\.id)) ?? RoomID(1)
        let roundID = pick(s.rounds.map(\.id)) ?? RoundID(1)
        let start = ClockTime(hour: int(0...23), minute: int(0...59))!
        switch int(0...12) {
        case 0: return .setup(.addRoom(name: text, capacity: extremeNumber()))
        case 1: return .setup(.editRoom(room, name: text + "x", capacity: extremeNumber()))
        case 2: return .setup(.addRound(start: start, minutes: extremeNumber()))
        case 3: return .setup(.editRound(roundID, start: start, minutes: extremeNumber()))
        case 4:
            var rules = s.voting
            rules.dotsPerParticipant = extremeNumber()
            rules.capPerTopic = chance(0.33) ? nil : extremeNumber()
            return .setup(.setVotingRules(rules))
        case 5:
            return .setup(.setGroupRules(GroupRules(minSize: extremeNumber(), maxSize: chance(0.33) ? nil : extremeNumber(),
                                                    maxPerCity: chance(0.33) ? nil : extremeNumber())))
        case 6: return .voting(.addDots(person, topic, count: extremeNumber()))
        case 7: return .voting(.removeDots(person, topic, count: extremeNumber()))
        case 8: return .voting(.setWallCount(topic, count: extremeNumber()))
        case 9: return .people(.add(ParticipantFields(name: text, city: text, organization: text, role: text)))
        case 10: return .topics(.propose(TopicFields(title: text, description: text)))
        case 11:
            return .work(.addProject(ProjectFields(title: text, leadCity: "Rabat", activities: [
                Activity(text: "Exchange", cadence: Cadence(every: extremeNumber(), unit: .month))])))
        default: return .groups(.move(person, round: roundID, topic: topic, lock: chance(0.5)))
        }
    }
}
