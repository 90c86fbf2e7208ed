import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// Sessions the export tests render, and the golden files they are compared with.
enum ExportFixtures {
    /// The moment of every export in the tests (DTSTAMP): what `AGORA_NOW` fixes for the CLI.
    static let now = ISO8601DateFormatter().date(from: "2013-05-20T09:00:00Z")!

    /// The Bordeaux 2013 demo meeting, named as its file would be.
    static let demo = NamedSession(name: "bordeaux-2013", session: DemoSession.make())

    /// A later meeting in Lappeenranta on Smart Environment: the demo's people and plan with
    /// other projects (weekly and yearly cadences, a dropped project, an undated activity, one in
    /// "the fall of 2014").
    static let lappeenranta: NamedSession = {
        var s = DemoSession.make()
        s.meeting = Meeting(title: "UCLG Digital Cities — second working meeting", hostCity: "Lappeenranta",
                            venue: "Lappeenranta University", date: CalendarDate("2014-03-12")!, area: .environment)
        s.uid = "agora-lappeenranta-2014"
        s.timeZone = "Europe/Helsinki"
        s.experiences = [Experience(id: ExperienceID(1), fields: ExperienceFields(
            city: "Lappeenranta", title: "Green public procurement", sharedBy: ParticipantID(3),
            challenge: "Public buyers did not ask for clean technology.",
            action: "Tenders now score energy use over the life of the product.",
            result: "A third of the city's purchases are green.", tags: ["greentech", "procurement"]))]
        s.projects = [
            Project(id: ProjectID(1), fields: ProjectFields(
                title: "Greentech business encounters", leadCity: "Lappeenranta",
                question: "How can cleantech firms of our cities find partners abroad?",
                partnerCities: ["Bordeaux", "Durban"], interestedCities: [],
                activities: [
                    Activity(kind: .exchange, text: "Weekly call of the cluster managers", cadence: Cadence(every: 1, unit: .week),
                             due: CalendarDate("2014-04-01"), owner: "Greentech cluster"),
                    Activity(kind: .event, text: "Greentech day", cadence: Cadence(every: 1, unit: .year),
                             due: CalendarDate("2014-09-18"), owner: "Lappeenranta"),
                    Activity(kind: .other, text: "Map the cleantech firms of each city"),
                    {
                        var study = ActivityText.parse("Joint study of the cleantech clusters in the fall of 2014",
                                                       meetingDate: CalendarDate("2014-03-12"))
                        study.owner = "Bordeaux"
                        return study
                    }(),
                ],
                nextSteps: ["Send the invitation"], status: .agreed)),
            Project(id: ProjectID(2), fields: ProjectFields(
                title: "Shared air-quality sensors", leadCity: "Durban", question: "Can cities share one sensor network design?",
                status: .dropped)),
        ]
        return NamedSession(name: "lappeenranta-2014", session: s)
    }()

    /// A small meeting on the demo's day in the demo's city, with no projects: it sorts
    /// before the demo by title ("Smart Economy working meeting" < "UCLG…").
    static let small = NamedSession(name: "bordeaux-small", session: Fixture.session())

    static let folder = [lappeenranta, demo, small]

    /// The golden files' folder, beside this source file.
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `text` with the golden file `name`; with `AGORA_UPDATE_GOLDEN=1` in the
    /// environment, rewrites it instead (then review the diff before committing).
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let difference = ReferenceFile.difference(text, file: goldenFolder.appendingPathComponent(name),
                                                     updateVariable: "AGORA_UPDATE_GOLDEN") {
            Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
        }
    }
}

/// Runs python3 on a script, feeding `input` on stdin; returns its exit status and outputs.
enum Python {
    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ script: String, input: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin; process.standardOutput = stdout; process.standardError = stderr
        try process.run()
        // Write and read on separate threads so neither pipe fills up and blocks.
        let writer = Thread { stdin.fileHandleForWriting.write(Data(input.utf8)); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let errData = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: errData.text)
    }

    /// Whether `import module` works.
    static func has(_ module: String) -> Bool {
        (try? run("import \(module)", input: ""))?.status == 0
    }

    /// Reads a pipe to its end on a thread of its own.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread { [self] in data = handle.readDataToEndOfFile(); done.signal() }.start()
        }
        var text: String { done.wait(); return String(decoding: data, as: UTF8.self) }
    }
}
