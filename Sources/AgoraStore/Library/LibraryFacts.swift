import AgoraCore
import Foundation

/// The facts `agora list` shows, read from a session file without building the session.
///
/// Listing a thousand sessions should not decode a thousand full sessions: this reads the
/// schema version and the meeting, and only counts the participants, topics and projects. A
/// file it cannot read this way — or one with a journal beside it (open elsewhere, with
/// changes not yet folded in) — is read in full instead, so that counts include the journal
/// and an unreadable file gets the store's exact reason.
struct LibraryFacts: Decodable {
    var facts: LibraryEntry.Facts

    enum Key: String, CodingKey { case schemaVersion, meeting, participants, topics, projects }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard (1...Session.currentSchemaVersion).contains(version) else {
            throw DecodingError.dataCorruptedError(forKey: .schemaVersion, in: c, debugDescription: "unsupported version")
        }
        let meeting = try c.decode(Meeting.self, forKey: .meeting)
        func count(_ key: Key) throws -> Int {
            let list = try c.nestedUnkeyedContainer(forKey: key)
            guard let n = list.count else { throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "no count") }
            return n
        }
        facts = LibraryEntry.Facts(title: meeting.title, date: meeting.date, city: meeting.hostCity, area: meeting.area,
                                   participants: try count(.participants), topics: try count(.topics), projects: try count(.projects))
    }

    /// The facts of the file at `url`, or nil when it must be read in full.
    static func read(_ url: URL) -> LibraryEntry.Facts? {
        let journal = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".journal")
        guard !FileManager.default.fileExists(atPath: journal.path),
              let data = try? Data(contentsOf: url),
              // A file the loader's strict reader refuses (a value out of range, an unknown key)
              // is read in full, so that the list shows it unreadable with the loader's reason.
              (try? StrictJSONReader.check(data, shape: SessionShape.session)) != nil else { return nil }
        return try? JSONDecoder().decode(LibraryFacts.self, from: data).facts
    }
}
