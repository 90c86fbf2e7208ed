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
    mutating func reduce(_ op: PeopleOperation) throws -> String {
        switch op {
        case .add(let fields):
            let fields = try checked(fields, except: nil)
            try DomainRange.participants.checkRoom(forOneMore: participants.count)
            let id = ParticipantID(try nextIDs.take(\.participant, "participant"))
            participants.append(Participant(id: id, name: fields.name, city: fields.city,
                                            organization: fields.organization, role: fields.role))
            return "Added participant \(fields.name) (\(fields.city))"

        case .edit(let id, let fields):
            let index = try participantIndex(id)
            let fields = try checked(fields, except: id)
            participants[index].name = fields.name
            participants[index].city = fields.city
            participants[index].organization = fields.organization
            participants[index].role = fields.role
            return "Edited participant \(id): \(fields.name) (\(fields.city))"

        case .remove(let id):
            let index = try participantIndex(id)
            let person = participants.remove(at: index)
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

    private func checked(_ fields: ParticipantFields, except: ParticipantID?) throws -> ParticipantFields {
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
        let key = (TextRules.searchKey(fields.name), TextRules.searchKey(fields.city))
        if let twin = participants.first(where: {
            $0.id != except && (TextRules.searchKey($0.name), TextRules.searchKey($0.city)) == key
        }) {
            throw AgoraError.invalid("\(twin.name) (\(twin.city)) is already participant \(twin.id)")
        }
        return fields
    }

    func participantIndex(_ id: ParticipantID) throws -> Int {
        guard let index = participants.firstIndex(where: { $0.id == id }) else {
            throw AgoraError.notFound("There is no participant \(id)")
        }
        return index
    }

    /// The participant's name, or "participant N" if they are gone.
    public func name(of id: ParticipantID) -> String { participant(id)?.name ?? "participant \(id)" }
}
