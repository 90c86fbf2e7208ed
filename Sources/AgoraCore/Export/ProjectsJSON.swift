import Foundation

/// Projects as JSON, described by `Sources/AgoraCore/Schema/projects.schema.json`
/// (JSON Schema draft 2020-12): pretty-printed, keys sorted, so the same input gives the same bytes.
public enum ProjectsJSON {
    /// The document: a format tag and version, then the projects.
    public struct Document: Codable, Equatable, Sendable {
        public var format = "agora-projects"
        public var version = 1
        public var projects: [ProjectRecord]
    }

    public static func render(_ projects: [ProjectRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = try! encoder.encode(Document(projects: projects))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
