import AgoraCore
import Foundation

/// A made-up sessions library for benchmarks: `count` session files of realistic size
/// (``DemoSession`` — 16 people, 9 topics, a plan, groups, experiences and two projects —
/// moved to a different city, date and title for each file). The same arguments write the same bytes.
public enum SyntheticLibrary {
    static let cities = ["Bordeaux", "Lappeenranta", "Barcelona", "Montevideo", "Rabat", "Durban", "Guangzhou",
                         "Bogotá", "Lyon", "Porto Alegre", "Seoul", "Mexico City", "Quito", "Dakar", "Tunis", "Lisbon"]

    /// Writes `count` files named `session-0001.json`… into `folder` (created if needed).
    public static func write(count: Int, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let demo = DemoSession.make()
        for i in 0..<count {
            var s = demo
            let city = cities[i % cities.count]
            s.meeting.hostCity = city
            s.meeting.title = "Working meeting \(i + 1) — \(city)"
            s.meeting.area = FocusArea.allCases[i % FocusArea.allCases.count]
            s.meeting.date = CalendarDate(year: 2013 + i % 12, month: 1 + (i / 12) % 12, day: 1 + (i / 144) % 28)!
            for p in s.projects.indices {
                s.projects[p].leadCity = cities[(i + p) % cities.count]
                s.projects[p].status = ProjectStatus.allCases[(i + p) % ProjectStatus.allCases.count]
            }
            let name = "session-" + String(repeating: "0", count: max(0, 4 - String(i + 1).count)) + String(i + 1) + ".json"
            try SessionFile.encode(s).write(to: folder.appendingPathComponent(name))
        }
    }
}
