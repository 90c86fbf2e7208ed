import Foundation

/// The meeting's time zone: an IANA identifier ("Europe/Paris"), checked in one place.
public enum MeetingTimeZone {
    /// The zone of a session without one (files written before time zones existed): UTC, so
    /// that one file exports to the same bytes on every machine.
    public static let unset = "UTC"

    /// The IANA identifier for `typed`: an exact identifier in any case ("europe/paris"),
    /// "UTC", or an unambiguous place name ("Paris", "new york").
    /// - Throws: ``AgoraError`` naming close identifiers when `typed` names none or several.
    public static func identifier(typed: String) throws -> String {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let known = TimeZone.knownTimeZoneIdentifiers
        if ["utc", "z", "gmt"].contains(text.lowercased()) { return "UTC" }
        if let exact = known.first(where: { $0.lowercased() == text.lowercased() }) { return exact }
        let key = text.lowercased().replacingOccurrences(of: " ", with: "_")
        let places = known.filter { $0.lowercased().split(separator: "/").last.map(String.init) == key }
        if places.count == 1 { return places[0] }
        let close = (places.isEmpty ? known.filter { !key.isEmpty && $0.lowercased().contains(key) } : places).prefix(5)
        if text.isEmpty {
            throw AgoraError.invalid(SetupText.phrase("setup.tzEmpty"), hint: SetupText.phrase("setup.tzEmpty.hint"))
        }
        throw AgoraError.invalid(SetupText.phrase("setup.tzUnknown", ["text": text]),
                                 hint: close.isEmpty ? SetupText.phrase("setup.tzUnknown.hint")
                                                     : SetupText.phrase("setup.tzDidYouMean", ["zones": close.joined(separator: ", ")]))
    }

    /// The system's zone, as `new` and the start screen propose it (UTC when it has no IANA name).
    public static func system(_ zone: TimeZone = .current) -> String {
        TimeZone.knownTimeZoneIdentifiers.contains(zone.identifier) ? zone.identifier : unset
    }
}

extension Session {
    /// The meeting's clock: its time zone, or UTC when the file has none.
    public var clock: TimeZone { TimeZone(identifier: timeZone ?? MeetingTimeZone.unset) ?? TimeZone(identifier: "UTC")! }

    /// The session's name in calendar UIDs and schedule GUIDs: ``uid`` when the file has one;
    /// otherwise one made from the moment of its first change (which renaming or rescheduling
    /// does not touch), or, in a file without a log, from the meeting's date, city and title.
    public var calendarIdentity: String {
        if let uid, !uid.isEmpty { return uid }
        if let first = log.first { return SessionIdentity.make(created: first.at, title: "") }
        return Slug.meeting(meeting)
    }
}

/// How a new session's ``Session/uid`` is made: deterministic (no randomness, so replaying
/// a setup gives the same file), from the moment of creation and the title.
enum SessionIdentity {
    static func make(created: Date, title: String) -> String {
        let seconds = Int(created.timeIntervalSince1970.rounded(.down))
        return "agora-\(seconds)" + (title.isEmpty ? "" : "-" + Slug.hash(title))
    }
}
