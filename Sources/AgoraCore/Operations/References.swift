/// How people name things on the command line and in the palette: by the number shown
/// ("7"), or by an unambiguous beginning of the name or title ("data min"), ignoring case
/// and accents. An exact name wins over longer names that start with it.
extension Session {
    public func resolveParticipant(_ reference: String) throws -> ParticipantID {
        try resolve(reference, kind: "participant", plural: "participants",
                    items: participants.map { ($0.id.rawValue, $0.name, true) }).map(ParticipantID.init)!
    }

    /// Active topics are preferred; a merged or withdrawn topic is found by its number only.
    public func resolveTopic(_ reference: String) throws -> TopicID {
        try resolve(reference, kind: "topic", plural: "topics",
                    items: topics.map { ($0.id.rawValue, $0.title, $0.isActive) }).map(TopicID.init)!
    }

    public func resolveRoom(_ reference: String) throws -> RoomID {
        try resolve(reference, kind: "room", plural: "rooms",
                    items: rooms.map { ($0.id.rawValue, $0.name, true) }).map(RoomID.init)!
    }

    /// Rounds are named by their position: "1" is the first round of the day.
    public func resolveRound(_ reference: String) throws -> RoundID {
        let text = TextRules.singleLine(reference)
        guard let n = Int(text), n >= 1, n <= rounds.count else {
            throw AgoraError(.notFound, "There is no round \(text)",
                             hint: rounds.isEmpty ? "Add rounds first" : "Rounds are numbered 1 to \(rounds.count)")
        }
        return rounds[n - 1].id
    }

    public func resolveExperience(_ reference: String) throws -> ExperienceID {
        try resolve(reference, kind: "experience", plural: "experiences",
                    items: experiences.map { ($0.id.rawValue, $0.title, true) }).map(ExperienceID.init)!
    }

    public func resolveProject(_ reference: String) throws -> ProjectID {
        try resolve(reference, kind: "project", plural: "projects",
                    items: projects.map { ($0.id.rawValue, $0.title, true) }).map(ProjectID.init)!
    }

    private func resolve(_ reference: String, kind: String, plural: String,
                         items: [(id: Int, name: String, preferred: Bool)]) throws -> Int? {
        let text = TextRules.singleLine(reference)
        guard !text.isEmpty else { throw AgoraError(.invalid, "Name a \(kind) by its number or name") }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if let number = Int(digits), digits.allSatisfy(\.isASCII) {
            guard items.contains(where: { $0.id == number }) else {
                throw AgoraError(.notFound, "There is no \(kind) \(number)")
            }
            return number
        }
        let key = TextRules.searchKey(text)
        let pool = items.contains { $0.preferred && TextRules.searchKey($0.name).hasPrefix(key) }
            ? items.filter(\.preferred) : items
        let exact = pool.filter { TextRules.searchKey($0.name) == key }
        if exact.count == 1 { return exact[0].id }
        let matches = exact.count > 1 ? exact : pool.filter { TextRules.searchKey($0.name).hasPrefix(key) }
        switch matches.count {
        case 0:
            throw AgoraError(.notFound, "No \(kind) is called “\(text)”",
                             hint: "Use the number shown by `agora show`, or the start of the name")
        case 1:
            return matches[0].id
        default:
            let shown = matches.prefix(5).map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            let more = matches.count > 5 ? ", …" : ""
            throw AgoraError(.ambiguous, "“\(text)” matches \(matches.count) \(plural): \(shown)\(more)",
                             hint: "Type more letters or use the number")
        }
    }
}
