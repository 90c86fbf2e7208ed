import AgoraCore
import AgoraTUI
import Benchmark

/// Render + present per keystroke on a 5000-participant session (target p99 ≤ 5 ms), on the
/// in-memory terminal; bytes per selection move are counted by `RenderBenchmark` (≤ 4 KB).
func tuiBenchmarks() {
    Benchmark("Keystroke render+present (5000 participants, 120×40)",
              configuration: .init(metrics: [.wallClock], maxIterations: 4000)) { benchmark in
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let port = MemorySessionPort(RenderBenchmark.session(participants: 5000))
        let runtime = AppRuntime(screens: [OverviewScreen()], terminal: terminal, port: port,
                                 themeLoader: { _ in (ThemeCatalog.defaultTheme, nil) })
        runtime.present()
        var down = true, i = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            i += 1
            if i % 1000 == 0 { down.toggle() }
            runtime.handle(.key(down ? .down : .up))
            runtime.present()
        }
        benchmark.stopMeasurement()
        blackHole(terminal.lastChangedCells)
    }
}
