import Foundation

/// Changes to who is in the room.
public enum PeopleOperation: Codable, Equatable, Sendable {
    case add(ParticipantFields)
    case edit(ParticipantID, ParticipantFields)
    /// Removes the person with their ballot and group places; topics and experiences they
    /// proposed or shared stay, without their name.
    case remove(ParticipantID)
    case setPresent(ParticipantID, Bool)
}

extension Session {
    mutating func reduce(_ op: PeopleOperation, lookups: inout BatchLookups?) throws -> String {
        switch op {
        case .add(let fields):
            let fields = try checked(fields, except: nil, lookups: &lookups)
            try DomainRange.participants.checkRoom(forOneMore: participants.count)
            let id = ParticipantID(try nextIDs.take(\.participant, "participant"))
            lookups?.participantKeys?[ParticipantKey(fields), default: []].append(id)
            participants.append(Participant(id: id, name: fields.name, city: fields.city,
                                            organization: fields.organization, role: fields.role,
                                            email: fields.email.flatMap { $0.isEmpty ? nil : $0 }))
            return "Added participant \(fields.name) (\(fields.city))"

        case .edit(let id, let fields):
            let index = try participantIndex(id)
            let fields = try checked(fields, except: id, lookups: &lookups)
            lookups?.forget(participants[index])
            lookups?.participantKeys?[ParticipantKey(fields), default: []].append(id)
            participants[index].name = fields.name
            participants[index].city = fields.city
            participants[index].organization = fields.organization
            participants[index].role = fields.role
            if let email = fields.email { participants[index].email = email.isEmpty ? nil : email }
            return "Edited participant \(id): \(fields.name) (\(fields.city))"

        case .remove(let id):
            let index = try participantIndex(id)
            let person = participants.remove(at: index)
            lookups?.forget(person)
            ballots.removeAll { $0.participant == id }
            assignments.removeAll { $0.participant == id }
            for i in topics.indices where topics[i].proposer == id { topics[i].proposer = nil }
            for i in experiences.indices where experiences[i].sharedBy == id { experiences[i].sharedBy = nil }
            return "Removed participant \(person.name) (\(person.city))"

        case .setPresent(let id, let present):
            let index = try participantIndex(id)
            participants[index].present = present
            if !present { assignments.removeAll { $0.participant == id } }
            return "\(participants[index].name) is \(present ? "present" : "absent")"
        }
    }

    private func checked(_ fields: ParticipantFields, except: ParticipantID?,
                         lookups: inout BatchLookups?) throws -> ParticipantFields {
        var fields = fields
        fields.name = TextRules.singleLine(fields.name)
        fields.city = TextRules.singleLine(fields.city)
        fields.organization = TextRules.singleLine(fields.organization)
        fields.role = TextRules.singleLine(fields.role)
        guard !TextRules.isBlank(fields.name) else { throw AgoraError.invalid("A participant needs a name") }
        try TextLimit.line.check(fields.name, field: "A participant's name")
        guard !TextRules.isBlank(fields.city) else {
            throw AgoraError.invalid("\(fields.name) needs a city", hint: "Cities are how groups are mixed")
        }
        try TextLimit.line.check(fields.city, field: "\(fields.name)'s city")
        try TextLimit.line.check(fields.organization, field: "\(fields.name)'s organization")
        try TextLimit.line.check(fields.role, field: "\(fields.name)'s role")
        if let email = fields.email {
            fields.email = TextRules.singleLine(email).trimmingCharacters(in: .whitespaces)
            try TextLimit.line.check(fields.email!, field: "\(fields.name)'s e-mail")
            if let problem = ParticipantFields.emailProblem(fields.email!) {
                throw AgoraError.invalid("\(fields.name)'s e-mail: \(problem)", hint: "Correct it, or leave it blank")
            }
        }
        let key = ParticipantKey(fields)
        if let twin = participant(withKey: key, except: except, lookups: &lookups) {
            throw AgoraError.invalid("\(twin.name) (\(twin.city)) is already participant \(twin.id)")
        }
        return fields
    }

    /// The first other participant with the same name and city (case and accents aside): by
    /// the batch's index when in a batch, else by a walk through the participants.
    private func participant(withKey key: ParticipantKey, except: ParticipantID?,
                             lookups: inout BatchLookups?) -> Participant? {
        guard lookups != nil else {
            return participants.first { $0.id != except && ParticipantKey($0) == key }
        }
        if lookups!.participantKeys == nil {
            var keys: [ParticipantKey: [ParticipantID]] = [:]
            for p in participants { keys[ParticipantKey(p), default: []].append(p.id) }
            lookups!.participantKeys = keys
        }
        return lookups!.participantKeys![key]?.first { $0 != except }.flatMap(participant)
    }

    func participantIndex(_ id: ParticipantID) throws -> Int {
        guard let index = participants.firstIndex(sortedBy: { $0.id }, equalTo: id) else {
            throw AgoraError.notFound("There is no participant \(id)")
        }
        return index
    }

    /// The participant's name, or "participant N" if they are gone.
    public func name(of id: ParticipantID) -> String { participant(id)?.name ?? "participant \(id)" }
}

/// What makes two participants the same person: name and city, case and accents aside.
struct ParticipantKey: Hashable {
    var name: String
    var city: String
    init(_ fields: ParticipantFields) {
        name = TextRules.searchKey(fields.name); city = TextRules.searchKey(fields.city)
    }
    init(_ p: Participant) {
        name = TextRules.searchKey(p.name); city = TextRules.searchKey(p.city)
    }
}

extension BatchLookups {
    /// Takes `person` out of the index (removed, or renamed).
    mutating func forget(_ person: Participant) {
        let key = ParticipantKey(person)
        participantKeys?[key]?.removeAll { $0 == person.id }
        if participantKeys?[key]?.isEmpty == true { participantKeys?[key] = nil }
    }
}
