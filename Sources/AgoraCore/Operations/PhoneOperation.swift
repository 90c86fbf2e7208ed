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
            return logged(PhoneRulesText.phrase(open ? "phones.joiningOpen" : "phones.joiningClosed"))
        case .setWalkInsAllowed(let allowed):
            access.walkInsAllowed = allowed
            return logged(PhoneRulesText.phrase(allowed ? "phones.walkInsAllowed" : "phones.walkInsRefused"))
        case .setProposalsOpen(let open):
            access.proposalsOpen = open
            return logged(PhoneRulesText.phrase(open ? "phones.proposalsOpen" : "phones.proposalsClosed"))
        case .setOpenForInterest(let id, let open):
            guard let project = project(id) else { throw AgoraError.notFound(WorkText.phrase("work.noProject", ["id": "\(id)"])) }
            access.projectsOpenForInterest.removeAll { $0 == id }
            if open { access.projectsOpenForInterest.insert(id, at: access.projectsOpenForInterest.firstIndex { $0 > id } ?? access.projectsOpenForInterest.endIndex) }
            return logged(PhoneRulesText.phrase(open ? "phones.interestOpen" : "phones.interestClosed", ["title": project.title]))
        case .release(let id):
            let person = try participantIndex(id)
            guard access.isClaimed(id) else { throw AgoraError.rule(PhoneRulesText.phrase("phones.notClaimed", ["name": participants[person].name])) }
            access.claims.removeAll { $0.participant == id }
            return logged(PhoneRulesText.phrase("phones.released", ["name": participants[person].name]))
        case .block(let id):
            let person = try participantIndex(id)
            guard let claim = access.claims.first(where: { $0.participant == id }) else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.notClaimed", ["name": participants[person].name]))
            }
            access.claims.removeAll { $0.participant == id }
            access.blockedDevices.insert(claim.device, at: access.blockedDevices.firstIndex { $0 > claim.device } ?? access.blockedDevices.endIndex)
            return logged(PhoneRulesText.phrase("phones.blocked", ["name": participants[person].name]))
        case .unblockAll:
            guard !access.blockedDevices.isEmpty else { throw AgoraError.rule(PhoneRulesText.phrase("phones.noneBlocked")) }
            let count = access.blockedDevices.count
            access.blockedDevices = []
            return logged(PhoneRulesText.phrase("phones.unblocked", ["count": "\(count)"]))

        case .claim(let id, let device):
            try requireCanJoin(device, access)
            let person = try participantIndex(id)
            guard !access.isClaimed(id) else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.claimedElsewhere", ["name": participants[person].name]),
                                      hint: PhoneRulesText.phrase("phones.claimedElsewhere.hint", ["name": participants[person].name]))
            }
            access.claims.insert(DeviceClaim(participant: id, device: device),
                                 at: access.claims.firstIndex { $0.participant > id } ?? access.claims.endIndex)
            return logged(PhoneRulesText.phrase("phones.joined", ["name": participants[person].name]))
        case .walkIn(let fields, let device):
            try requireCanJoin(device, access)
            guard access.walkInsAllowed else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.walkInsClosed"), hint: PhoneRulesText.phrase("phones.walkInsClosed.hint"))
            }
            _ = try reduce(Operation.people(.add(fields)))
            let person = participants[participants.endIndex - 1]
            access.claims.insert(DeviceClaim(participant: person.id, device: device),
                                 at: access.claims.firstIndex { $0.participant > person.id } ?? access.claims.endIndex)
            return logged(PhoneRulesText.phrase("phones.registered", ["name": person.name, "city": person.city]))

        case .act(let action, let device):
            guard !access.isBlocked(device) else { throw AgoraError.rule(PhoneRulesText.phrase("phones.isBlocked"), hint: PhoneRulesText.phrase("phones.askFacilitator")) }
            guard let id = access.participant(of: device), let person = participant(id) else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.notJoined"), hint: PhoneRulesText.phrase("phones.notJoined.hint"))
            }
            return try perform(action, as: person, access)
        }
    }

    private func requireCanJoin(_ device: DeviceKey, _ access: PhoneAccess) throws {
        guard !access.isBlocked(device) else { throw AgoraError.rule(PhoneRulesText.phrase("phones.isBlocked"), hint: PhoneRulesText.phrase("phones.askFacilitator")) }
        guard access.joiningOpen else { throw AgoraError.rule(PhoneRulesText.phrase("phones.joiningClosedNow"), hint: PhoneRulesText.phrase("phones.askFacilitator")) }
        if let current = access.participant(of: device) {
            throw AgoraError.rule(PhoneRulesText.phrase("phones.alreadyJoined", ["name": name(of: current)]))
        }
    }

    private mutating func perform(_ action: PhoneAction, as person: Participant, _ access: PhoneAccess) throws -> String {
        switch action {
        case .vote(let dots, let ranking):
            guard votingStatus == .open else {
                throw AgoraError.rule(VotingText.phrase(votingStatus == .closed ? "voting.isClosed" : "voting.notStarted"))
            }
            guard dots.allSatisfy({ $0.count >= 0 }) else { throw AgoraError.invalid(PhoneRulesText.phrase("phones.negativeDots")) }
            let marks = dots.filter { $0.count > 0 }
            guard Set(marks.map(\.topic)).count == marks.count else {
                throw AgoraError.invalid(PhoneRulesText.phrase("phones.topicTwice"))
            }
            ballots.removeAll { $0.participant == person.id }
            if voting.method == .ranked {
                guard marks.isEmpty else { throw AgoraError.rule(VotingText.phrase("voting.rankedOnly"), hint: PhoneRulesText.phrase("phones.rankInstead")) }
                if !ranking.isEmpty { _ = try reduce(VotingOperation.setRanking(person.id, ranking)) }
                return logged(PhoneRulesText.phrase("phones.ranked", ["name": person.name, "count": "\(ranking.count)"]))
            }
            guard ranking.isEmpty else {
                throw AgoraError.rule(VotingText.phrase("voting.notRanked.\(voting.method.rawValue)"))
            }
            let used = marks.reduce(0) { $0 + $1.count }
            if voting.method == .dots, used > voting.dotsPerParticipant {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.overBudget", ["name": person.name, "used": "\(used)",
                                                                              "budget": "\(voting.dotsPerParticipant)"]),
                                      hint: PhoneRulesText.phrase("phones.overBudget.hint", ["extra": "\(used - voting.dotsPerParticipant)"]))
            }
            for mark in marks { _ = try reduce(VotingOperation.addDots(person.id, mark.topic, count: mark.count)) }
            return logged(PhoneRulesText.phrase("phones.voted.\(voting.method.rawValue)", ["name": person.name, "count": "\(used)"]))
        case .propose(let title, let description):
            guard access.proposalsOpen else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.proposalsClosedNow"), hint: PhoneRulesText.phrase("phones.proposalsClosedNow.hint"))
            }
            return try reduce(TopicOperation.propose(TopicFields(title: title, description: description, proposer: person.id)))
        case .share(let title, let challenge, let action, let result, let tags):
            return try reduce(WorkOperation.addExperience(ExperienceFields(
                city: person.city, title: title, sharedBy: person.id, challenge: challenge,
                action: action, result: result, tags: tags)))
        case .markInterest(let id):
            guard let index = projects.firstIndex(where: { $0.id == id }) else { throw AgoraError.notFound(WorkText.phrase("work.noProject", ["id": "\(id)"])) }
            guard access.isOpenForInterest(id) else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.notOpenForInterest", ["title": projects[index].title]), hint: PhoneRulesText.phrase("phones.askFacilitator"))
            }
            let key = TextRules.searchKey(person.city)
            guard !projects[index].allCities.contains(where: { TextRules.searchKey($0) == key }) else {
                throw AgoraError.rule(PhoneRulesText.phrase("phones.cityAlreadyIn", ["city": person.city, "title": projects[index].title]))
            }
            projects[index].interestedCities.append(person.city)
            return logged(PhoneRulesText.phrase("phones.interested", ["city": person.city, "title": projects[index].title, "name": person.name]))
        }
    }
}
