import AgoraCore
import Foundation

/// Groups synthetic sessions (30 to 5000 people, with locks and tight rules), times the Grouper
/// and the Scheduler, and writes each grouped session with its timings for
/// `Tests/AgoraCoreTests/Scripts/group_referee.py`, which checks them against other solvers.
enum RefereeExport {
    static let date = Date(timeIntervalSince1970: 1_369_036_800)

    /// The best of `runs` timings of `body`, in milliseconds.
    static func milliseconds(best runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return best
    }

    /// Writes NAME.json, NAME.timing.json and benchmarks.txt to `folder`; returns the report.
    static func write(to folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var report: [String] = []
        typealias Case = (name: String, people: Int, topics: Int, rounds: Int, rooms: Int, cities: Int, locks: Bool,
                          rules: GroupRules?)
        let cases: [Case] = [
            ("groups-30x10", 30, 10, 2, 5, 4, false, nil),
            ("groups-300x20-locked", 300, 20, 2, 10, 6, true, nil),
            ("groups-300x20-tight", 300, 20, 2, 10, 6, false, GroupRules(minSize: 10, maxSize: 40, maxPerCity: 13)),
            ("groups-5000x200", 5000, 200, 6, 34, 20, false, nil),
        ]
        for c in cases {
            var s = Session.synthetic(participants: c.people, topics: c.topics, rounds: c.rounds, rooms: c.rooms,
                                      cities: c.cities, seed: 1, groupRules: c.rules)
            if c.locks {
                for r in try Grouper.groupsForEveryRound(s, seed: 1) { try s.apply(r.operation, at: date) }
                for a in s.assignments where a.participant.rawValue % 23 == 0 {
                    try s.apply(.groups(.setLock(a.participant, round: a.round, true)), at: date)
                }
            }
            var perRound: [String: Double] = [:]
            var results: [GroupingResult] = []
            for round in s.rounds where s.schedule.contains(where: { $0.round == round.id }) {
                var result: GroupingResult?
                perRound[String(round.id.rawValue)] = try milliseconds { result = try Grouper.groups(for: s, round: round.id, seed: 1) }
                if let result { results.append(result) }
            }
            let all = try milliseconds { _ = try Grouper.groupsForEveryRound(s, seed: 1) }
            for r in results { try s.apply(r.operation, at: date) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(s).write(to: folder.appendingPathComponent(c.name + ".json"))
            try encoder.encode(perRound).write(to: folder.appendingPathComponent(c.name + ".timing.json"))
            let interest = results.map(\.totalInterest)
            report.append("\(c.name): all \(results.count) rounds grouped in \(String(format: "%.2f", all)) ms; interest per round \(interest)")
        }
        let plan = Session.synthetic(participants: 5000, topics: 60, rounds: 6, rooms: 10, cities: 20, seed: 1)
        var conflicts = 0
        let planMs = try milliseconds { conflicts = try Scheduler.schedule(plan, seed: 1).conflicts }
        report.append("schedule-5000x60 (6 rounds × 10 rooms): \(String(format: "%.2f", planMs)) ms, \(conflicts) conflicts")
        let text = report.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("benchmarks.txt"))
        return text
    }
}
