/// Who has voted so far (issue 12, item 17): the present participants without a ballot, and a
/// count such as "31 of 40 voted". Absent participants are left out of both numbers (a ballot
/// they cast earlier still counts in the tally).
public struct VoterTurnout: Equatable, Sendable {
    /// Present participants with a non-empty ballot.
    public var voted: Int
    /// Present participants.
    public var present: Int
    /// Present participants without a ballot, in participant order.
    public var notVoted: [Participant]

    /// "31 of 40 voted".
    public var summary: String { "\(voted) of \(present) voted" }
}

extension Session {
    public var voterTurnout: VoterTurnout {
        // One pass over each list: looking each person's ballot up would walk every ballot for
        // each person without one (most of the room while phones are voting).
        var voters = Set<ParticipantID>()
        for b in ballots where !b.isEmpty { voters.insert(b.participant) }
        var voted = 0, present = 0
        var missing: [Participant] = []
        for p in participants where p.present {
            present += 1
            if voters.contains(p.id) { voted += 1 } else { missing.append(p) }
        }
        return VoterTurnout(voted: voted, present: present, notVoted: missing)
    }
}
