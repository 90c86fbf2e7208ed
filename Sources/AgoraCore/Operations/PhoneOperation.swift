/// Changes that come from the room's phones, and the facilitator's switches over them.
///
/// A phone never names a participant when it acts: it names its ``DeviceKey`` and the reducer
/// finds whom that phone claimed. So a phone can only vote, propose, share and mark interest as
/// its own person, and the rules below (joining open, not blocked, proposals open…) live here,
/// once, for the server and any other front end.
public enum PhoneOperation: Codable, Equatable, Sendable {
    // The facilitator's switches.
    case setJoiningOpen(Bool)
    case setWalkInsAllowed(Bool)
    case setProposalsOpen(Bool)
    case setOpenForInterest(ProjectID, Bool)
    /// Frees a participant whose phone claimed them, so that another phone can.
    case release(ParticipantID)
    /// Blocks the phone that claimed a participant (and frees the participant).
    case block(ParticipantID)
    /// Lets every blocked phone in again.
    case unblockAll

    // A phone.
    /// A phone claims a participant already on the list.
    case claim(ParticipantID, device: DeviceKey)
    /// A phone adds its owner as a new participant and claims them (when walk-ins are allowed).
    case walkIn(ParticipantFields, device: DeviceKey)
    /// A phone acts as the participant it claimed.
    case act(PhoneAction, device: DeviceKey)
}

/// What a phone can do as its participant.
public enum PhoneAction: Codable, Equatable, Sendable {
    /// Replaces the phone's ballot: dots (or approvals, one per topic) or a ranking, best first.
    /// An empty ballot takes every vote back.
    case vote(dots: [DotMark], ranking: [TopicID])
    case propose(title: String, description: String)
    /// Shares an experience of the participant's city.
    case share(title: String, challenge: String, action: String, result: String, tags: [String])
    /// Marks the participant's city as interested in a project open for interest.
    case markInterest(ProjectID)
}

extension Session {
    mutating func reduce(_ op: PhoneOperation) throws -> String {
        var access = phoneAccess
        defer { phones = access }
        switch op {
        case .setJoiningOpen(let open):
            access.joiningOpen = open
            return open ? "Phones may join" : "Joining from phones closed"
        case .setWalkInsAllowed(let allowed):
            access.walkInsAllowed = allowed
            return allowed ? "Walk-ins may register from their phones" : "Walk-ins no longer register from phones"
        case .setProposalsOpen(let open):
            access.proposalsOpen = open
            return open ? "Topic proposals from phones opened" : "Topic proposals from phones closed"
        case .setOpenForInterest(let id, let open):
            guard let project = project(id) else { throw AgoraError.notFound("There is no project \(id)") }
            access.projectsOpenForInterest.removeAll { $0 == id }
            if open { access.projectsOpenForInterest.insert(id, at: access.projectsOpenForInterest.firstIndex { $0 > id } ?? access.projectsOpenForInterest.endIndex) }
            return open ? "Project “\(project.title)” open for interest from phones" : "Project “\(project.title)” closed for interest"
        case .release(let id):
            let person = try participantIndex(id)
            guard access.isClaimed(id) else { throw AgoraError.rule("No phone has claimed \(participants[person].name)") }
            access.claims.removeAll { $0.participant == id }
            return "Released \(participants[person].name) from their phone"
        case .block(let id):
            let person = try participantIndex(id)
            guard let claim = access.claims.first(where: { $0.participant == id }) else {
                throw AgoraError.rule("No phone has claimed \(participants[person].name)")
            }
            access.claims.removeAll { $0.participant == id }
            access.blockedDevices.insert(claim.device, at: access.blockedDevices.firstIndex { $0 > claim.device } ?? access.blockedDevices.endIndex)
            return "Blocked the phone of \(participants[person].name)"
        case .unblockAll:
            guard !access.blockedDevices.isEmpty else { throw AgoraError.rule("No phone is blocked") }
            let count = access.blockedDevices.count
            access.blockedDevices = []
            return "Unblocked \(count == 1 ? "1 phone" : "\(count) phones")"

        case .claim(let id, let device):
            try requireCanJoin(device, access)
            let person = try participantIndex(id)
            guard !access.isClaimed(id) else {
                throw AgoraError.rule("\(participants[person].name) has already joined from another phone",
                                      hint: "Ask the facilitator to release \(participants[person].name)")
            }
            access.claims.insert(DeviceClaim(participant: id, device: device),
                                 at: access.claims.firstIndex { $0.participant > id } ?? access.claims.endIndex)
            return "\(participants[person].name) joined from a phone"
        case .walkIn(let fields, let device):
            try requireCanJoin(device, access)
            guard access.walkInsAllowed else {
                throw AgoraError.rule("Registering from a phone is not open", hint: "Find your name in the list, or ask the facilitator")
            }
            _ = try reduce(Operation.people(.add(fields)))
            let person = participants[participants.endIndex - 1]
            access.claims.insert(DeviceClaim(participant: person.id, device: device),
                                 at: access.claims.firstIndex { $0.participant > person.id } ?? access.claims.endIndex)
            return "\(person.name) (\(person.city)) registered from a phone"

        case .act(let action, let device):
            guard !access.isBlocked(device) else { throw AgoraError.rule("This phone is blocked", hint: "Ask the facilitator") }
            guard let id = access.participant(of: device), let person = participant(id) else {
                throw AgoraError.rule("This phone has not joined the meeting", hint: "Join first")
            }
            return try perform(action, as: person, access)
        }
    }

    private func requireCanJoin(_ device: DeviceKey, _ access: PhoneAccess) throws {
        guard !access.isBlocked(device) else { throw AgoraError.rule("This phone is blocked", hint: "Ask the facilitator") }
        guard access.joiningOpen else { throw AgoraError.rule("Joining is closed", hint: "Ask the facilitator") }
        if let current = access.participant(of: device) {
            throw AgoraError.rule("This phone has already joined as \(name(of: current))")
        }
    }

    private mutating func perform(_ action: PhoneAction, as person: Participant, _ access: PhoneAccess) throws -> String {
        switch action {
        case .vote(let dots, let ranking):
            guard votingStatus == .open else {
                throw AgoraError.rule(votingStatus == .closed ? "Voting is closed" : "Voting has not started yet")
            }
            guard dots.allSatisfy({ $0.count >= 0 }) else { throw AgoraError.invalid("A number of dots cannot be negative") }
            let marks = dots.filter { $0.count > 0 }
            guard Set(marks.map(\.topic)).count == marks.count else {
                throw AgoraError.invalid("A ballot names each topic at most once")
            }
            ballots.removeAll { $0.participant == person.id }
            if voting.method == .ranked {
                guard marks.isEmpty else { throw AgoraError.rule("This session uses ranked ballots", hint: "Rank the topics instead") }
                if !ranking.isEmpty { _ = try reduce(VotingOperation.setRanking(person.id, ranking)) }
                return "\(person.name) ranked \(ranking.count) topics from a phone"
            }
            guard ranking.isEmpty else {
                throw AgoraError.rule("This session uses \(voting.method.rawValue) voting, not ranked ballots")
            }
            let used = marks.reduce(0) { $0 + $1.count }
            if voting.method == .dots, used > voting.dotsPerParticipant {
                throw AgoraError.rule("\(person.name) placed \(used) dots; each person has \(voting.dotsPerParticipant)",
                                      hint: "Take \(used - voting.dotsPerParticipant) back")
            }
            for mark in marks { _ = try reduce(VotingOperation.addDots(person.id, mark.topic, count: mark.count)) }
            return "\(person.name) voted from a phone: \(used) \(voting.method.unit)"
        case .propose(let title, let description):
            guard access.proposalsOpen else {
                throw AgoraError.rule("Proposals are closed", hint: "Ask the facilitator to open them")
            }
            return try reduce(TopicOperation.propose(TopicFields(title: title, description: description, proposer: person.id)))
        case .share(let title, let challenge, let action, let result, let tags):
            return try reduce(WorkOperation.addExperience(ExperienceFields(
                city: person.city, title: title, sharedBy: person.id, challenge: challenge,
                action: action, result: result, tags: tags)))
        case .markInterest(let id):
            guard let index = projects.firstIndex(where: { $0.id == id }) else { throw AgoraError.notFound("There is no project \(id)") }
            guard access.isOpenForInterest(id) else {
                throw AgoraError.rule("“\(projects[index].title)” is not open for interest", hint: "Ask the facilitator")
            }
            let key = TextRules.searchKey(person.city)
            guard !projects[index].allCities.contains(where: { TextRules.searchKey($0) == key }) else {
                throw AgoraError.rule("\(person.city) is already in “\(projects[index].title)”")
            }
            projects[index].interestedCities.append(person.city)
            return "\(person.city) is interested in “\(projects[index].title)” (\(person.name), from a phone)"
        }
    }
}
