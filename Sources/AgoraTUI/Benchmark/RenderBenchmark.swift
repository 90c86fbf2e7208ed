import AgoraCore
import Foundation

/// Measures render + present per keystroke on a large session, for the README figures.
///
/// It opens an ``OverviewScreen`` on a generated session of `participants` people in a
/// ``MemoryTerminal`` and presses ↓ `keystrokes` times (then ↑ as many), timing each
/// handle + render + present, and reading the terminal's count of cells and estimated bytes
/// written per move. A benchmark runner calls ``run(participants:keystrokes:size:)``;
/// nothing here is a timed test.
public enum RenderBenchmark {
    public struct Result: Sendable, CustomStringConvertible {
        public var keystrokes: Int
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
        public var maxMilliseconds: Double
        /// The most cells written by one selection move.
        public var maxChangedCells: Int
        /// The most bytes (estimated, see ``MemoryTerminal/lastPresentBytes``) one move would send.
        public var maxBytesPerMove: Int
        public var description: String {
            String(format: "%d keystrokes: p50 %.3f ms, p99 %.3f ms, max %.3f ms; per selection move ≤ %d cells, ≤ %d bytes",
                   keystrokes, p50Milliseconds, p99Milliseconds, maxMilliseconds, maxChangedCells, maxBytesPerMove)
        }
    }

    /// A session with `count` participants from a handful of cities, and 40 topics.
    public static func session(participants count: Int) -> Session {
        var s = Session(meeting: Meeting(title: "Benchmark meeting", hostCity: "Bordeaux",
                                         date: CalendarDate(year: 2013, month: 6, day: 12)!, area: .economy))
        let cities = ["Bordeaux", "Lyon", "São Paulo", "Durban", "Québec", "北京", "Málaga", "Dakar"]
        for i in 0..<count {
            s.participants.append(Participant(id: ParticipantID(i + 1), name: "Participant \(i + 1)",
                                              city: cities[i % cities.count], organization: "Org \(i % 97)"))
        }
        for i in 0..<40 { s.topics.append(Topic(id: TopicID(i + 1), title: "Topic \(i + 1)")) }
        s.nextIDs.participant = count + 1; s.nextIDs.topic = 41
        return s
    }

    public static func run(participants: Int = 5000, keystrokes: Int = 2000,
                           size: Size = Size(width: 120, height: 40)) -> Result {
        let terminal = MemoryTerminal(size: size)
        let port = MemorySessionPort(session(participants: participants))
        let runtime = AppRuntime(screens: [OverviewScreen()], terminal: terminal, port: port,
                                 themeLoader: { _ in (ThemeCatalog.defaultTheme, nil) })
        runtime.present()
        var times: [Double] = []
        var maxCells = 0, maxBytes = 0
        let clock = ContinuousClock()
        for i in 0..<keystrokes {
            let key: Key = i < keystrokes / 2 ? .down : .up
            let elapsed = clock.measure {
                runtime.handle(.key(key))
                runtime.present()
            }
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            maxCells = max(maxCells, terminal.lastChangedCells)
            maxBytes = max(maxBytes, terminal.lastPresentBytes)
        }
        times.sort()
        func percentile(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        return Result(keystrokes: keystrokes, p50Milliseconds: percentile(0.5), p99Milliseconds: percentile(0.99),
                      maxMilliseconds: times.last ?? 0, maxChangedCells: maxCells, maxBytesPerMove: maxBytes)
    }
}
