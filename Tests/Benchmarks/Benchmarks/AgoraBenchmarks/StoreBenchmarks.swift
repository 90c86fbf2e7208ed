import AgoraCore
import AgoraStore
import Benchmark
import Foundation

/// Autosave cost per change must not grow with the session (journal append + fsync), and a
/// 5000-participant × 200-topic session loads and saves in ≤ 300 ms each.
func storeBenchmarks() {
    // One open store per size, opened in setup and shared by every sample: a sample is one
    // acknowledged change (apply, journal append, fsync), as a facilitator's keystroke makes it.
    for people in [50, 5000] {
        let open = OpenStore()
        Benchmark("Autosave per change (\(people) participants)",
                  configuration: .init(metrics: [.wallClock], maxIterations: 3000),
                  closure: { benchmark in
                      for _ in benchmark.scaledIterations {
                          open.changes += 1
                          let n = open.changes
                          // Someone steps out or comes back: a small change, valid in any phase.
                          try open.store!.apply(.people(.setPresent(ParticipantID(n % 40 + 1), n % 80 >= 40)))
                      }
                  },
                  setup: {
                      open.folder = try BenchFolder()
                      open.store = try SessionStore.create(
                          at: open.folder!.file("s.json"),
                          session: Session.synthetic(participants: people, topics: 20, rounds: 2, rooms: 10, cities: 8, seed: 1))
                      open.store!.foldEvery = 1_000_000
                  },
                  teardown: {
                      try open.store?.close()
                      open.folder?.remove()
                  })
    }

    let big = Session.synthetic(participants: 5000, topics: 200, rounds: 6, rooms: 34, cities: 40, seed: 7)
    Benchmark("Full save 5000×200", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 20)) { benchmark in
        let folder = try BenchFolder()
        let store = try SessionStore.create(at: folder.file("big.json"), session: big)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { try store.save() }
        benchmark.stopMeasurement()
        try store.close()
        folder.remove()
    }
    Benchmark("Full load 5000×200", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 20)) { benchmark in
        let folder = try BenchFolder()
        try SessionStore.create(at: folder.file("big.json"), session: big).close()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try SessionStore.open(at: folder.file("big.json"), mode: .readOnly).session.participants.count)
        }
        benchmark.stopMeasurement()
        folder.remove()
    }
}

/// The store a benchmark keeps open between its samples.
final class OpenStore: @unchecked Sendable {
    var folder: BenchFolder?
    var store: SessionStore?
    var changes = 0
}

struct BenchFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    func remove() { try? FileManager.default.removeItem(at: url) }
}
