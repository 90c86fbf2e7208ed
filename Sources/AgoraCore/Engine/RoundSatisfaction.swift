extension GroupingSatisfaction {
    /// How well the groups of `round` as they stand (formed, then moved by hand) follow
    /// people's ballots — the same counts the ``Grouper`` gives for the groups it forms.
    /// Present people without a group are not counted.
    public init(of session: Session, round: RoundID) {
        self.init()
        let topics = Set(session.schedule.filter { $0.round == round }.map(\.topic))
        let interests = session.interests
        let present = Set(session.participants.filter(\.present).map(\.id))
        for assignment in session.assignments where assignment.round == round && present.contains(assignment.participant) {
            participants += 1
            let marks = interests[assignment.participant] ?? []
            let best = marks.filter { topics.contains($0.topic) }.map(\.count).max() ?? 0
            guard best > 0 else { withoutPreference += 1; continue }
            withPreference += 1
            let got = marks.first { $0.topic == assignment.topic }?.count ?? 0
            if got > 0 { gotBackedTopic += 1 } else { gotNone += 1 }
            if got == best { gotTopChoice += 1 }
        }
    }
}
