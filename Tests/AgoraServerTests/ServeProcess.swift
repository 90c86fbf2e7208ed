import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Synchronization

/// `agora serve` run as a user would, with its output read line by line as it comes.
final class ServeProcess: Sendable {
    let process: Process
    private let lines = Mutex<[String]>([])
    private let errors = Mutex("")

    init(_ arguments: [String], in folder: URL) throws {
        process = Process()
        process.executableURL = AgoraBinary.url
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        Thread.detachNewThread { [self] in
            var pending = Data()
            while true {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { break }
                pending.append(data)
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    lines.withLock { $0.append(line) }
                    pending = Data(pending[(newline + 1)...])
                }
            }
        }
        Thread.detachNewThread { [self] in
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errors.withLock { $0 = String(decoding: data, as: UTF8.self) }
        }
    }

    var output: [String] { lines.withLock { $0 } }
    var stderr: String { errors.withLock { $0 } }

    /// The first line that satisfies `match`, waiting up to `timeout` seconds.
    func waitForLine(timeout: Double = 60, _ match: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = output.first(where: match) { return line }
            if !process.isRunning, let line = output.first(where: match) { return line }
            if !process.isRunning { return nil }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    /// The join URL: the first line, which starts with http://.
    func joinURL() -> String? { waitForLine { $0.hasPrefix("http://") } }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    func waitForExit(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }
}

enum Scripts {
    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts") }

    /// Runs a python script of the Scripts folder; returns its status and output.
    @discardableResult
    static func python(_ script: String, _ arguments: [String], onLine: (@Sendable (String) -> Void)? = nil) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder.appendingPathComponent(script).path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Mutex(Data())
        let reader = Thread { errors.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        reader.start()
        var all = Data(), pending = Data()
        while true {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            all.append(data); pending.append(data)
            while let newline = pending.firstIndex(of: 0x0A) {
                onLine?(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                pending = Data(pending[(newline + 1)...])
            }
        }
        process.waitUntilExit()
        while reader.isExecuting { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: all, as: UTF8.self), String(decoding: errors.withLock { $0 }, as: UTF8.self))
    }

}

/// A session file with `people` participants (ids 1…people), `topics` topics, voting open.
func writeVotingSession(_ url: URL, people: Int, topics: Int) throws {
    var s = Fixture.emptySession()
    for i in 1...people { s.must(.people(.add(ParticipantFields(name: "Phone owner \(i)", city: "City \(i % 7)")))) }
    for i in 1...topics { s.must(.topics(.propose(TopicFields(title: "Topic \(i)")))) }
    s.must(.voting(.open))
    try SessionStore.create(at: url, session: s).close()
}

/// Runs blocking work (a child process, a socket read, a sleep loop) on a thread of its own,
/// so that it does not hold one of the few cooperative threads the servers under test need.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
