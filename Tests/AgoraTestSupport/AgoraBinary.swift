import Foundation

/// The built `agora` executable, and a way to run it as a user would.
public enum AgoraBinary {
    /// `agora` in the build folder that holds the running test bundle.
    public static let url: URL = {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["AGORA_BINARY"] { candidates.append(URL(fileURLWithPath: env)) }
        // The test bundle lives in .build/<triple>/debug/AgoraPackageTests.xctest; agora beside it.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("agora"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("agora"))
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        preconditionFailure("The agora binary was not found next to the tests (looked at \(candidates.map(\.path))). Run `swift build` first.")
    }()

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `agora ARGS` in `directory` with a fixed clock and waits for it.
    @discardableResult
    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                           stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["AGORA_NOW"] = "2013-05-20T09:00:00Z"
        env["NO_COLOR"] = "1"
        // English whatever the developer's locale; a test that wants another language says so.
        env["AGORA_LANG"] = "en"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed when the value is discarded by the caller (`remove()`).
public struct TemporaryFolder: Sendable {
    public let url: URL
    public init(_ name: String = "agora-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    public func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: file(name))
    }
    public func read(_ name: String) throws -> String { try String(contentsOf: file(name), encoding: .utf8) }
    public func remove() { try? FileManager.default.removeItem(at: url) }
}
