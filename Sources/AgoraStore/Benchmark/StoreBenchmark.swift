import Foundation
import AgoraCore

/// Measures what the session file costs: the autosave of one change (journal append + fsync)
/// at a small and a large session, and the full save and full load of a large one.
///
/// Meant for a benchmark runner built in release mode (`swift build -c release`); the figures
/// depend on the disk, so run it on the machine that matters. Nothing here is timed in tests.
public enum StoreBenchmark {
    /// The figures of one run, in milliseconds.
    public struct Figures: Sendable, CustomStringConvertible {
        public var smallParticipants: Int
        public var largeParticipants: Int
        public var largeTopics: Int
        /// The autosave of one change: what `SessionStore.apply` adds to the reducer (journal
        /// record, append, fsync), median over the changes.
        public var autosaveSmall: Double
        public var autosaveLarge: Double
        /// The whole `SessionStore.apply` per change (reducer and undo memory included), median.
        public var applySmall: Double
        public var applyLarge: Double
        /// The large session: bytes of its file, full save (encode + temp + fsync + rename +
        /// folder fsync) and full load (read + decode + checks), best of runs.
        public var fileBytes: Int
        public var fullSave: Double
        public var fullLoad: Double

        /// How much more the autosave of a change costs in the large session than in the small one.
        public var autosaveRatio: Double { autosaveLarge / max(autosaveSmall, 0.000_001) }

        public var description: String {
            func ms(_ v: Double) -> String { String(format: "%.2f ms", v) }
            return """
            autosave per change, \(smallParticipants) participants: \(ms(autosaveSmall)) (whole apply \(ms(applySmall)))
            autosave per change, \(largeParticipants) participants: \(ms(autosaveLarge)) (whole apply \(ms(applyLarge)))
            autosave ratio large/small: \(String(format: "%.2f", autosaveRatio))
            full save, \(largeParticipants) participants × \(largeTopics) topics (\(fileBytes / 1024) KiB): \(ms(fullSave))
            full load, same file: \(ms(fullLoad))
            """
        }
    }

    /// Runs every measurement in `folder` (which must exist and should be on the real disk).
    public static func run(in folder: URL, small: Int = 50, large: Int = 5000, topics: Int = 200,
                           changes: Int = 300, repetitions: Int = 5) throws -> Figures {
        let costs = try autosaveCost(sizes: [small, large], topics: topics, changes: changes, in: folder)
        let session = syntheticSession(participants: large, topics: topics)
        let (bytes, save, load) = try fullSaveAndLoad(session, in: folder, repetitions: repetitions)
        return Figures(smallParticipants: small, largeParticipants: large, largeTopics: topics,
                       autosaveSmall: costs[0].autosave, autosaveLarge: costs[1].autosave,
                       applySmall: costs[0].apply, applyLarge: costs[1].apply,
                       fileBytes: bytes, fullSave: save, fullLoad: load)
    }

    /// Milliseconds per acknowledged change (medians) for sessions of each size: the autosave
    /// (what the store adds to the reducer) and the whole `apply`. The sessions take turns,
    /// change by change, so that both see the disk in the same mood. Changes toggle
    /// participants present/absent; folds are held off (a fold is a full save, measured apart).
    public static func autosaveCost(sizes: [Int], topics: Int, changes: Int, in folder: URL) throws -> [(autosave: Double, apply: Double)] {
        var stores: [SessionStore] = [], shadows: [SessionHistory] = [], urls: [URL] = []
        defer {
            for store in stores { try? store.close() }
            for url in urls { for suffix in ["", ".lock", ".journal"] { try? FileManager.default.removeItem(atPath: url.path + suffix) } }
        }
        for size in sizes {
            let url = folder.appendingPathComponent("autosave-\(size).json")
            for suffix in ["", ".journal"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            urls.append(url)
            let store = try SessionStore.create(at: url, session: syntheticSession(participants: size, topics: topics))
            store.foldEvery = changes + 1
            stores.append(store)
            // The same operations without a store: same reducer, same undo memory.
            shadows.append(SessionHistory(store.session))
        }
        var applyTimes = Array(repeating: [Double](), count: sizes.count)
        var autosaveTimes = applyTimes
        for i in 0..<changes {
            for k in sizes.indices {
                let ids = stores[k].session.participants
                let op = AgoraCore.Operation.people(.setPresent(ids[i % ids.count].id, i % 2 == 1))
                let reduceStart = DispatchTime.now()
                _ = try shadows[k].apply(op, at: Date(timeIntervalSince1970: 0))
                let reduce = milliseconds(since: reduceStart)
                let start = DispatchTime.now()
                try stores[k].apply(op)
                let apply = milliseconds(since: start)
                applyTimes[k].append(apply)
                autosaveTimes[k].append(max(0, apply - reduce))
            }
        }
        return sizes.indices.map { (median(autosaveTimes[$0]), median(applyTimes[$0])) }
    }

    /// Bytes of the file, then best-of-`repetitions` milliseconds of a full save and a full load.
    public static func fullSaveAndLoad(_ session: Session, in folder: URL, repetitions: Int) throws -> (bytes: Int, save: Double, load: Double) {
        let url = folder.appendingPathComponent("full.json")
        try? FileManager.default.removeItem(at: url)
        defer { for suffix in ["", ".lock", ".journal"] { try? FileManager.default.removeItem(atPath: url.path + suffix) } }
        let store = try SessionStore.create(at: url, session: session)
        var saves: [Double] = []
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now()
            try store.save()
            saves.append(milliseconds(since: start))
        }
        try store.close()
        var loads: [Double] = []
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now()
            let reader = try SessionStore.open(at: url, mode: .readOnly)
            loads.append(milliseconds(since: start))
            precondition(reader.session.participants.count == session.participants.count)
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return (bytes, saves.min()!, loads.min()!)
    }

    /// A large, plausible session built directly (not through the reducer, to be quick):
    /// participants from 40 cities, topics with descriptions, a five-dot ballot per person and
    /// a log line for each.
    public static func syntheticSession(participants: Int, topics: Int) -> Session {
        let cities = (0..<40).map { "City \($0) — Ciudad \($0)" }
        var s = Session(meeting: Meeting(title: "Synthetic meeting", hostCity: "Bordeaux", venue: "Hangar 14",
                                         date: CalendarDate(year: 2013, month: 6, day: 27)!, area: .economy))
        s.rooms = (1...6).map { Room(id: RoomID($0), name: "Room \($0)", capacity: 40) }
        s.rounds = (1...3).map { Round(id: RoundID($0), start: ClockTime(hour: 9 + 2 * $0, minute: 0)!, minutes: 45) }
        s.participants = (1...max(1, participants)).map {
            Participant(id: ParticipantID($0), name: "Participant \($0) Ñandú", city: cities[$0 % cities.count],
                        organization: "Organisation \($0 % 97)", role: $0 % 3 == 0 ? "Mayor's office" : "")
        }
        s.topics = (1...max(1, topics)).map {
            Topic(id: TopicID($0), title: "Topic \($0): how cities share what works", description: "Why it matters, in two lines.\nAnd a second one.",
                  proposer: ParticipantID(1 + $0 % max(1, participants)), area: FocusArea.allCases[$0 % 6])
        }
        s.voting.capPerTopic = 3
        s.votingStatus = .open
        s.ballots = s.participants.map { p in
            let first = 1 + (p.id.rawValue * 7) % max(1, topics)
            let second = 1 + (p.id.rawValue * 13) % max(1, topics)
            let marks = first == second ? [DotMark(topic: TopicID(first), count: 3)]
                : [DotMark(topic: TopicID(min(first, second)), count: 3), DotMark(topic: TopicID(max(first, second)), count: 2)]
            return Ballot(participant: p.id, dots: marks)
        }
        let start = Date(timeIntervalSince1970: 1_372_320_000)
        s.log = s.participants.map { LogEntry(at: start.addingTimeInterval(Double($0.id.rawValue)), text: "Added participant \($0.name) (\($0.city))") }
        s.nextIDs.participant = participants + 1
        s.nextIDs.topic = topics + 1
        s.nextIDs.room = 7
        s.nextIDs.round = 4
        return s
    }

    private static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
