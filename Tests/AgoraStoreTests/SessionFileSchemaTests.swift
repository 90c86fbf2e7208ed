import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// Every file the program writes validates against `session.schema.json`, checked by an
/// independent referee: Python's `jsonschema` (draft 2020-12), run as a child process.
@Suite("Session file schema")
struct SessionFileSchemaTests {
    static var schemaURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AgoraCore/Schema/session.schema.json")
    }

    static let referee = """
    import json, sys
    import jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    failed = 0
    for path in sys.argv[2:]:
        for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
            failed += 1
            print(f"{path}: {error.json_path}: {error.message[:300]}")
    print(f"checked {len(sys.argv) - 2} files, {failed} errors")
    sys.exit(1 if failed else 0)
    """

    /// Runs the referee over `files`; returns its exit status and output.
    static func validate(_ files: [URL]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", referee, schemaURL.path] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static func write(_ sessions: [(String, Session)]) throws -> (URL, [URL]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [URL] = []
        for (name, session) in sessions {
            let url = folder.appendingPathComponent("\(name).json")
            try SessionFile.encode(session).write(to: url)
            files.append(url)
        }
        return (folder, files)
    }

    @Test func everyWrittenFileValidates() throws {
        var sessions = try SessionFileTests.fixtures()
        for seed in UInt64(1)...6 {
            sessions.append(("random-\(seed)", RandomSessions.session(seed: seed, steps: 150).session))
        }
        let (folder, files) = try Self.write(sessions)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.validate(files)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked \(files.count) files, 0 errors"), "\(result.output)")
    }

    @Test func theRefereeRejectsWhatTheSchemaForbids() throws {
        // The schema is strict: an unknown key, a wrong enum word and a bad time stamp all fail.
        var text = String(decoding: try SessionFile.encode(try SessionFileErrorTests.small()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 1, \"extra\" : true")
            .replacingOccurrences(of: "\"area\" : \"economy\"", with: "\"area\" : \"smart\"")
            .replacingOccurrences(of: "2013-06-27T08:00:00Z", with: "2013-06-27 08:00")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try Data(text.utf8).write(to: file)
        let result = try Self.validate([file])
        #expect(result.status == 1)
        #expect(result.output.contains("$.meeting.area"), "\(result.output)")
        #expect(result.output.contains("$.log[0].at"), "\(result.output)")
        #expect(result.output.contains("'extra' was unexpected"), "\(result.output)")
    }
}
