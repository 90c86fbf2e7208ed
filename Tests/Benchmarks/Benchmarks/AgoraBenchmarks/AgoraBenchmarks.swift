import Benchmark

/// Every benchmark of Agora, by area. Add a new area as a function in its own file and call it here.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))
    storeBenchmarks()
    changeBenchmarks()
    engineBenchmarks()
    tuiBenchmarks()
    libraryBenchmarks()
}
