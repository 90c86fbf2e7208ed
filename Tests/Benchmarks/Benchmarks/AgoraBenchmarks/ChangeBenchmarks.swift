import AgoraCore
import Benchmark
import Foundation

/// A change costs the same at 50 and at 5000 participants (ratio ≤ 1.5): the reducer and the
/// undo step, in memory (the journal's share is `Autosave per change`). A CSV import of
/// 100 000 participant rows takes ≤ 2 s for the whole command and grows linearly: here its
/// Core part (read, check every row, apply the batch) at 10 000 and 100 000 rows.
func changeBenchmarks() {
    for people in [50, 5000] {
        let session = Session.synthetic(participants: people, topics: 20, rounds: 2, rooms: 10, cities: 8, seed: 1)
        Benchmark("Change at \(people) participants (reducer + undo step)",
                  configuration: .init(metrics: [.wallClock], maxIterations: 20_000)) { benchmark in
            var history = SessionHistory(session)
            let date = Date(timeIntervalSince1970: 1_369_040_400)
            var n = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                n += 1
                // Someone steps out or comes back: a small change, valid in any phase.
                try history.apply(.people(.setPresent(ParticipantID(n % 40 + 1), n % 80 >= 40)), at: date)
            }
            benchmark.stopMeasurement()
            blackHole(history.session.log.count)
        }
    }
    for rows in [10_000, 100_000] {
        var csv = "name,city,organization\n"
        for i in 1...rows { csv += "Participant \(i),City \(i % 97),Organization \(i % 13)\n" }
        let bytes = Array(csv.utf8)
        let empty = Session.synthetic(participants: 0, topics: 1, rounds: 1, rooms: 1, cities: 1, seed: 1)
        Benchmark("Import \(rows) participant rows (read, check, apply)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 10)) { benchmark in
            for _ in benchmark.scaledIterations {
                var s = empty
                try s.apply(CSVImport.operation(.participants, csv: bytes, source: "people.csv", into: s),
                            at: Date(timeIntervalSince1970: 1_369_040_400))
                blackHole(s.participants.count)
            }
        }
    }
}
