/// A planned topic whose backers outnumber the seats of its room, with what would fix it
/// (issue 12, item 19). Backers are the distinct participants whose ballot gives the topic a
/// point (``Scheduler/backers(in:)``), the same count the scheduler places rooms by.
public struct SeatShortage: Equatable, Sendable {
    /// What the Plan screen offers for a room too small.
    public enum Remedy: Equatable, Sendable {
        /// A room free in that round, with more seats: the smallest that seats every backer,
        /// or else the largest free one.
        case move(to: RoomID)
        /// Swap rooms with a topic of the same round in a bigger room, whose backers fit in
        /// this smaller room: the swap that leaves the most seats to spare.
        case swap(with: TopicID, room: RoomID)
    }

    public var slot: Slot
    public var backers: Int
    public var seats: Int
    /// Nil when no free room is bigger and no swap fits.
    public var remedy: Remedy?

    /// "“Open data” has 12 backers for 8 seats in Chartrons; Garonne (10 seats) is free in round 1".
    public func message(in session: Session) -> String {
        let title = session.topic(slot.topic)?.title ?? "topic \(slot.topic)"
        let roomName = session.room(slot.room)?.name ?? "room \(slot.room)"
        let round = session.roundNumber(slot.round).map(String.init) ?? "?"
        let head = "“\(title)” has \(CountedNoun.backer(backers)) for \(CountedNoun.seat(seats)) in \(roomName)"
        switch remedy {
        case .move(let room)?:
            let other = session.room(room)
            return head + "; \(other?.name ?? "room \(room)") (\(CountedNoun.seat(other?.capacity ?? 0))) is free in round \(round)"
        case .swap(let topic, let room)?:
            return head + "; swap rooms with “\(session.topic(topic)?.title ?? "topic \(topic)")” in \(session.room(room)?.name ?? "room \(room)")"
        case nil:
            return head + "; no bigger room is free in round \(round)"
        }
    }
}

extension Session {
    /// The planned topics whose backers outnumber their room's seats, in plan order (round,
    /// then room).
    public func seatShortages() -> [SeatShortage] {
        let backers = Scheduler.backers(in: self)
        let seatsOf = Dictionary(rooms.map { ($0.id, $0.capacity) }, uniquingKeysWith: { a, _ in a })
        var found: [SeatShortage] = []
        for slot in schedule {
            let need = backers[slot.topic] ?? 0, seats = seatsOf[slot.room] ?? 0
            guard need > seats else { continue }
            let inRound = schedule.filter { $0.round == slot.round }
            let used = Set(inRound.map(\.room))
            let free = rooms.filter { !used.contains($0.id) && $0.capacity > seats }
            var remedy: SeatShortage.Remedy?
            if let fits = free.filter({ $0.capacity >= need }).min(by: { $0.capacity < $1.capacity })
                ?? free.max(by: { $0.capacity < $1.capacity }) {
                remedy = .move(to: fits.id)
            } else {
                let swaps = inRound.filter { other in
                    let otherSeats = seatsOf[other.room] ?? 0
                    return otherSeats > seats && (backers[other.topic] ?? 0) <= seats
                }
                let spare = { (other: Slot) in min((seatsOf[other.room] ?? 0) - need, seats - (backers[other.topic] ?? 0)) }
                if let best = swaps.max(by: { spare($0) < spare($1) }) { remedy = .swap(with: best.topic, room: best.room) }
            }
            found.append(SeatShortage(slot: slot, backers: need, seats: seats, remedy: remedy))
        }
        return found
    }
}
