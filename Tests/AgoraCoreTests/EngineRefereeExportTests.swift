import AgoraTestSupport
import Foundation
import Testing
import AgoraCore

/// Benchmarks the engines and writes grouped sessions for `Scripts/group_referee.py`.
/// Runs only when `AGORA_REFEREE_DIR` names a folder; meant for a release build:
///
///     AGORA_REFEREE_DIR=/tmp/referee swift test -c release -Xswiftc -enable-testing --filter EngineRefereeExport
///     python3 Tests/AgoraCoreTests/Scripts/group_referee.py --solver both /tmp/referee/*.json
@Suite(.enabled(if: ProcessInfo.processInfo.environment["AGORA_REFEREE_DIR"] != nil))
struct EngineRefereeExportTests {
    static func milliseconds(best runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return best
    }

    @Test func writeGroupedSessionsAndTimings() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["AGORA_REFEREE_DIR"]!)
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
                let first = try Grouper.groupsForEveryRound(s, seed: 1)
                for r in first { s.must(r.operation) }
                for a in s.assignments where a.participant.rawValue % 23 == 0 {
                    s.must(.groups(.setLock(a.participant, round: a.round, true)))
                }
            }
            var perRound: [String: Double] = [:]
            var results: [GroupingResult] = []
            for round in s.rounds where s.schedule.contains(where: { $0.round == round.id }) {
                var result: GroupingResult?
                perRound[String(round.id.rawValue)] = try Self.milliseconds { result = try Grouper.groups(for: s, round: round.id, seed: 1) }
                results.append(result!)
            }
            let all = try Self.milliseconds { _ = try Grouper.groupsForEveryRound(s, seed: 1) }
            for r in results { s.must(r.operation) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(s).write(to: folder.appendingPathComponent(c.name + ".json"))
            try encoder.encode(perRound).write(to: folder.appendingPathComponent(c.name + ".timing.json"))
            let interest = results.map(\.totalInterest)
            report.append("\(c.name): all \(results.count) rounds grouped in \(String(format: "%.2f", all)) ms; interest per round \(interest)")
        }
        let plan = Session.synthetic(participants: 5000, topics: 60, rounds: 6, rooms: 10, cities: 20, seed: 1)
        var conflicts = 0
        let planMs = try Self.milliseconds { conflicts = try Scheduler.schedule(plan, seed: 1).conflicts }
        report.append("schedule-5000x60 (6 rounds × 10 rooms): \(String(format: "%.2f", planMs)) ms, \(conflicts) conflicts")
        try (report.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("benchmarks.txt"),
                                                           atomically: false, encoding: .utf8)
        print(report.joined(separator: "\n"))
    }
}
