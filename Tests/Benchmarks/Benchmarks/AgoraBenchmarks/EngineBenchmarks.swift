import AgoraCore
import Benchmark
import Foundation

/// Grouping must be exact and fast: 5000 × 200 over 6 rounds in ≤ 1 s (whole CLI process,
/// measured separately with hyperfine), 30 × 10 in ≤ 10 ms of solve time; scheduling 60
/// topics in 6 rounds × 10 rooms with 5000 participants in ≤ 1 s.
func engineBenchmarks() {
    let small = planned(Session.synthetic(participants: 30, topics: 10, rounds: 1, rooms: 10, cities: 5, seed: 3,
                                                   groupRules: GroupRules(minSize: 1, maxSize: 6, maxPerCity: 3)))
    Benchmark("Grouping 30×10 (one round)", configuration: .init(metrics: [.wallClock], maxIterations: 2000)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Grouper.groups(for: small, round: small.rounds[0].id, seed: 1).totalInterest)
        }
    }
    // The synthetic session's own rules: groups bounded by room sizes, a limit per city.
    let large = planned(Session.synthetic(participants: 5000, topics: 200, rounds: 6, rooms: 34, cities: 20, seed: 1))
    Benchmark("Grouping 5000×200 (6 rounds)", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Grouper.groupsForEveryRound(large, seed: 1).count)
        }
    }
    let toSchedule = selected(Session.synthetic(participants: 5000, topics: 60, rounds: 6, rooms: 10, cities: 40, seed: 9))
    Benchmark("Scheduling 60 topics, 6×10, 5000 people", configuration: .init(metrics: [.wallClock], maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Scheduler.schedule(toSchedule, seed: 1).conflicts)
        }
    }
}

/// The session with its top topics selected.
func selected(_ s: Session) -> Session {
    var s = s
    if s.selectedTopics.isEmpty { try! s.apply(.plan(.setSelection(Selection.choose(in: s))), at: Date(timeIntervalSince1970: 1_369_040_400)) }
    return s
}

/// The session selected and scheduled, ready for grouping.
func planned(_ s: Session) -> Session {
    var s = selected(s)
    if s.schedule.isEmpty { try! s.apply(try Scheduler.schedule(s, seed: 1).operation, at: Date(timeIntervalSince1970: 1_369_040_400)) }
    return s
}
