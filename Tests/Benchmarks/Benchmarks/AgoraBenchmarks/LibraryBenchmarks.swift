import AgoraCore
import AgoraStore
import Benchmark
import Foundation

/// `agora list` over 1000 session files ≤ 1 s; exporting projects across them ≤ 2 s. The
/// folder is written once in setup (copies of the demo meeting in many cities).
func libraryBenchmarks() {
    let folder = LibraryFolder()
    let setup: Benchmark.BenchmarkSetupHook = {
        if folder.url == nil {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("agora-bench-library-\(getpid())")
            try SyntheticLibrary.write(count: 1000, to: url)
            folder.url = url
        }
    }
    let teardown: Benchmark.BenchmarkTeardownHook = {
        if let url = folder.url { try? FileManager.default.removeItem(at: url); folder.url = nil }
    }
    Benchmark("List 1000 session files", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 10),
              closure: { benchmark in
                  for _ in benchmark.scaledIterations {
                      blackHole(try SessionLibrary(folder: folder.url!).entries().count)
                  }
              }, setup: setup, teardown: teardown)
    for format in [ExportFormat.csv, .json, .html, .markdown] {
        Benchmark("Export projects of 1000 sessions (\(format.rawValue))",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 5),
                  closure: { benchmark in
                      for _ in benchmark.scaledIterations {
                          let sessions = try SessionLibrary(folder: folder.url!).load().compactMap { loaded -> NamedSession? in
                              if case .session(let named, _) = loaded { return named } else { return nil }
                          }
                          blackHole(try ExportRequest(subject: .projects, format: format).render(sessions, now: Date()).text.utf8.count)
                      }
                  }, setup: setup, teardown: teardown)
    }
}

final class LibraryFolder: @unchecked Sendable {
    var url: URL?
}
