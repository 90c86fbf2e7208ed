import Foundation

/// Finds the built `agora` executable for tests that run it.
enum CrashBinary {
    struct Missing: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "The agora executable was not found (looked in: \(searched.joined(separator: ", "))). "
                + "Build it first with `swift build`, or set AGORA_BINARY to its path."
        }
    }

    /// `AGORA_BINARY` if set; else `agora` beside the test bundle (SwiftPM puts both in the
    /// same build folder); else `.build/debug/agora` of the package.
    static func locate() throws -> URL {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["AGORA_BINARY"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {  // …/debug/AgoraPackageTests.xctest[/Contents/MacOS/…]
            candidates.append(folder.appendingPathComponent("agora"))
            folder.deleteLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("agora"))
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/agora"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        throw Missing(searched: candidates.map(\.path))
    }
}
