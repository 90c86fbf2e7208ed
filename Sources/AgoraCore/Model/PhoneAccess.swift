/// What the room may do from its phones, and which phone speaks for whom.
///
/// Kept in the session file (an optional `phones` object; files without it load with the
/// defaults) rather than in the serving process, so that a phone's claim, a blocked phone and
/// the facilitator's switches survive a restart or a crash of `agora serve`: after a SIGKILL
/// the same phones go on voting with the same cookies, and a released or blocked phone stays
/// so. The file never holds a phone's secret, only its ``DeviceKey`` (a SHA-256 digest of it).
public struct PhoneAccess: Codable, Equatable, Sendable {
    /// New phones may claim a participant.
    public var joiningOpen: Bool
    /// A phone may add its owner as a new participant (name, city, organization).
    public var walkInsAllowed: Bool
    /// Phones may propose topics.
    public var proposalsOpen: Bool
    /// Which phone speaks for which participant; sorted by participant, one phone each.
    public var claims: [DeviceClaim]
    /// Phones the facilitator blocked: they can do nothing more. Sorted.
    public var blockedDevices: [DeviceKey]
    /// Candidate projects in which phones may mark their city's interest. Sorted.
    public var projectsOpenForInterest: [ProjectID]

    public init(joiningOpen: Bool = true, walkInsAllowed: Bool = false, proposalsOpen: Bool = false,
                claims: [DeviceClaim] = [], blockedDevices: [DeviceKey] = [],
                projectsOpenForInterest: [ProjectID] = []) {
        self.joiningOpen = joiningOpen; self.walkInsAllowed = walkInsAllowed
        self.proposalsOpen = proposalsOpen; self.claims = claims
        self.blockedDevices = blockedDevices; self.projectsOpenForInterest = projectsOpenForInterest
    }

    /// The participant a phone speaks for, if it claimed one.
    public func participant(of device: DeviceKey) -> ParticipantID? {
        claims.first { $0.device == device }?.participant
    }

    public func isBlocked(_ device: DeviceKey) -> Bool { blockedDevices.contains(device) }
    public func isClaimed(_ participant: ParticipantID) -> Bool { claims.contains { $0.participant == participant } }
    public func isOpenForInterest(_ project: ProjectID) -> Bool { projectsOpenForInterest.contains(project) }
}

/// One phone speaking for one participant.
public struct DeviceClaim: Codable, Equatable, Sendable {
    public var participant: ParticipantID
    public var device: DeviceKey
    public init(participant: ParticipantID, device: DeviceKey) { self.participant = participant; self.device = device }
}

/// A phone, as the session knows it: the SHA-256 digest of the phone's random secret, as 64
/// lowercase hexadecimal digits. The secret itself stays in the phone's cookie; the server
/// hashes it, so neither the file nor the journal can be used to act as that phone.
public struct DeviceKey: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let digest: String

    /// - Returns: nil unless `digest` is 64 lowercase hexadecimal digits.
    public init?(digest: String) {
        guard digest.utf8.count == 64, digest.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        self.digest = digest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = DeviceKey(digest: text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "“\(text)” is not a device key (64 lowercase hexadecimal digits)")
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digest)
    }

    public static func < (a: DeviceKey, b: DeviceKey) -> Bool { a.digest < b.digest }
    /// The first 8 digits: enough to tell phones apart in a log, not enough to act as one.
    public var description: String { "phone " + digest.prefix(8) }
}

extension Session {
    /// The phone rules in force (the defaults when the file has none).
    public var phoneAccess: PhoneAccess { phones ?? PhoneAccess() }
}
