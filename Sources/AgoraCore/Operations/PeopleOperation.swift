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
    /// The list changes through `$participants`, which keeps its index by name and city.
    mutating func reduce(_ op: PeopleOperation) throws -> String {
        switch op {
        case .add(let fields):
            let fields = try checked(fields, except: nil)
            try DomainRange.participants.checkRoom(forOneMore: participants.count)
            let id = ParticipantID(try nextIDs.take(\.participant, "participant"))
            $participants.append(Participant(id: id, name: fields.name, city: fields.city,
                                             organization: fields.organization, role: fields.role,
                                             email: fields.email.flatMap { $0.isEmpty ? nil : $0 }))
            return logged(PeopleText.phrase("people.added", ["name": fields.name, "city": fields.city]))

        case .edit(let id, let fields):
            let index = try participantIndex(id)
            let fields = try checked(fields, except: id)
            $participants.update(at: index) { p in
                p.name = fields.name
                p.city = fields.city
                p.organization = fields.organization
                p.role = fields.role
                if let email = fields.email { p.email = email.isEmpty ? nil : email }
            }
            return logged(PeopleText.phrase("people.edited", ["id": "\(id)", "name": fields.name, "city": fields.city]))

        case .remove(let id):
            let index = try participantIndex(id)
            let person = $participants.remove(at: index)
            ballots.removeAll { $0.participant == id }
            assignments.removeAll { $0.participant == id }
            for i in topics.indices where topics[i].proposer == id { topics[i].proposer = nil }
            for i in experiences.indices where experiences[i].sharedBy == id { experiences[i].sharedBy = nil }
            return logged(PeopleText.phrase("people.removed", ["name": person.name, "city": person.city]))

        case .setPresent(let id, let present):
            let index = try participantIndex(id)
            $participants.update(at: index) { $0.present = present }
            if !present { assignments.removeAll { $0.participant == id } }
            return logged(PeopleText.phrase(present ? "people.present" : "people.absent", ["name": participants[index].name]))
        }
    }

    private mutating func checked(_ fields: ParticipantFields, except: ParticipantID?) throws -> ParticipantFields {
        var fields = fields
        fields.name = TextRules.singleLine(fields.name)
        fields.city = TextRules.singleLine(fields.city)
        fields.organization = TextRules.singleLine(fields.organization)
        fields.role = TextRules.singleLine(fields.role)
        guard !TextRules.isBlank(fields.name) else { throw AgoraError.invalid(PeopleText.phrase("people.needsName")) }
        try TextLimit.line.check(fields.name, field: PeopleText.phrase("people.field.name"))
        guard !TextRules.isBlank(fields.city) else {
            throw AgoraError.invalid(PeopleText.phrase("people.needsCity", ["name": fields.name]), hint: PeopleText.phrase("people.needsCity.hint"))
        }
        try TextLimit.line.check(fields.city, field: PeopleText.phrase("people.field.city", ["name": fields.name]))
        try TextLimit.line.check(fields.organization, field: PeopleText.phrase("people.field.organization", ["name": fields.name]))
        try TextLimit.line.check(fields.role, field: PeopleText.phrase("people.field.role", ["name": fields.name]))
        if let email = fields.email {
            fields.email = TextRules.singleLine(email).trimmingCharacters(in: .whitespaces)
            try TextLimit.line.check(fields.email!, field: PeopleText.phrase("people.field.email", ["name": fields.name]))
            if let problem = ParticipantFields.emailProblemPhrase(fields.email!) {
                throw AgoraError.invalid(PeopleText.phrase("people.badEmail", ["name": fields.name], parts: ["problem": problem]),
                                         hint: PeopleText.phrase("people.badEmail.hint"))
            }
        }
        if let twin = $participants.twin(of: ParticipantKey(fields), except: except).flatMap(participant) {
            throw AgoraError.invalid(PeopleText.phrase("people.twin", ["name": twin.name, "city": twin.city, "id": "\(twin.id)"]))
        }
        return fields
    }

    func participantIndex(_ id: ParticipantID) throws -> Int {
        guard let index = participants.firstIndex(sortedBy: { $0.id }, equalTo: id) else {
            throw AgoraError.notFound(PeopleText.phrase("people.none", ["id": "\(id)"]))
        }
        return index
    }

    /// The participant's name, or "participant N" if they are gone.
    public func name(of id: ParticipantID) -> String { participant(id)?.name ?? "participant \(id)" }
}
