import Foundation

/// Changes to which topics run, and when and where.
public enum PlanOperation: Codable, Equatable, Sendable {
    /// The topics that run; every other active topic goes back to proposed. Slots and groups
    /// of topics that are no longer selected are cleared.
    case setSelection([TopicID])
    /// Keeps a topic in (or out of) the selection, whatever its votes.
    case setSelectionPin(TopicID, SelectionPin?)
    /// Replaces the whole schedule. Groups of topics no longer in their round are cleared.
    case setSchedule([Slot])
    /// Puts a topic in a room and round; a topic already there swaps into the topic's old slot.
    case place(TopicID, round: RoundID, room: RoomID, pinned: Bool)
    case unschedule(TopicID)
    case setSlotPin(TopicID, Bool)
    /// Starts, pauses, extends or stops the round timer at the moment `at` (carried by the
    /// operation so that replaying the journal gives the same timer).
    case timer(RoundTimer.Change, at: Date)
}

extension Session {
    mutating func reduce(_ op: PlanOperation) throws -> String {
        switch op {
        case .setSelection(let chosen):
            guard Set(chosen).count == chosen.count else { throw AgoraError.invalid(PlanText.phrase("plan.selectedTwice")) }
            for id in chosen {
                let index = try topicIndex(id)
                guard topics[index].isActive else {
                    throw AgoraError.rule(PlanText.phrase("plan.cannotSelect", ["id": "\(id)", "title": topics[index].title],
                                                          parts: ["status": TopicText.status(topics[index].status)]))
                }
            }
            let chosenSet = Set(chosen)
            for i in topics.indices where topics[i].isActive {
                topics[i].status = chosenSet.contains(topics[i].id) ? .selected : .proposed
            }
            let before = schedule.count
            schedule.removeAll { !chosenSet.contains($0.topic) }
            dropAssignmentsOutsideSchedule()
            let cleared = before - schedule.count
            return logged(PlanText.phrase(cleared > 0 ? "plan.selectedCleared" : "plan.selected",
                                          ["count": "\(chosen.count)", "cleared": "\(cleared)"]))

        case .setSelectionPin(let id, let pin):
            let index = try topicIndex(id)
            guard topics[index].isActive else {
                throw AgoraError.rule(PlanText.phrase("plan.cannotPin", ["id": "\(id)"], parts: ["status": TopicText.status(topics[index].status)]))
            }
            topics[index].selectionPin = pin
            let values = ["id": "\(id)", "title": topics[index].title]
            switch pin {
            case .pinned: return logged(PlanText.phrase("plan.pinned", values))
            case .dropped: return logged(PlanText.phrase("plan.dropped", values))
            case nil: return logged(PlanText.phrase("plan.followsVotes", values))
            }

        case .setSchedule(let slots):
            try validate(slots)
            schedule = slots.sorted(by: Session.slotOrder)
            dropAssignmentsOutsideSchedule()
            return logged(PlanText.phrase("plan.planned", ["count": "\(slots.count)", "rounds": "\(Set(slots.map(\.round)).count)"]))

        case .place(let id, let roundID, let roomID, let pinned):
            let index = try topicIndex(id)
            guard topics[index].status == .selected else {
                throw AgoraError.rule(PlanText.phrase("plan.notSelected", ["id": "\(id)", "title": topics[index].title]),
                                      hint: PlanText.phrase("plan.notSelected.hint"))
            }
            guard round(roundID) != nil else { throw missingRound(roundID) }
            guard room(roomID) != nil else { throw missingRoom(roomID) }
            var slots = schedule
            let old = slots.firstIndex { $0.topic == id }
            let occupant = slots.firstIndex { $0.round == roundID && $0.room == roomID }
            if let occupant, occupant != old {
                if let old {
                    slots[occupant].round = slots[old].round
                    slots[occupant].room = slots[old].room
                } else {
                    slots.remove(at: occupant)
                }
            }
            slots.removeAll { $0.topic == id }
            slots.append(Slot(round: roundID, room: roomID, topic: id, pinned: pinned))
            try validate(slots)
            schedule = slots.sorted(by: Session.slotOrder)
            dropAssignmentsOutsideSchedule()
            return logged(PlanText.phrase(pinned ? "plan.placedPinned" : "plan.placed",
                                          ["title": topics[index].title, "round": "\(roundNumber(roundID)!)", "room": room(roomID)!.name]))

        case .unschedule(let id):
            let index = try topicIndex(id)
            guard schedule.contains(where: { $0.topic == id }) else {
                throw AgoraError.rule(PlanText.phrase("plan.notInPlan", ["id": "\(id)", "title": topics[index].title]))
            }
            schedule.removeAll { $0.topic == id }
            dropAssignmentsOutsideSchedule()
            return logged(PlanText.phrase("plan.tookOut", ["title": topics[index].title]))

        case .setSlotPin(let id, let pinned):
            guard let slot = schedule.firstIndex(where: { $0.topic == id }) else {
                throw AgoraError.rule(PlanText.phrase("plan.idNotInPlan", ["id": "\(id)"]))
            }
            schedule[slot].pinned = pinned
            return logged(PlanText.phrase(pinned ? "plan.slotPinned" : "plan.slotUnpinned", ["id": "\(id)"]))

        case .timer(let change, let now):
            var next = roundTimer
            let words = next.apply(change, rounds: rounds, at: now)
            if let left = next.remaining(at: now), !DomainRange.timerSeconds.contains(Int(left.rounded(.up))) {
                throw AgoraError.rule(PlanText.phrase("plan.timerTooLong", ["minutes": "\(Int(left.rounded(.up)) / 60)"]),
                                      hint: PlanText.phrase("plan.timerTooLong.hint"))
            }
            try DomainRange.timerRound.check(next.round)
            timer = next == RoundTimer() ? nil : next
            return words
        }
    }

    static func slotOrder(_ a: Slot, _ b: Slot) -> Bool { (a.round, a.room) < (b.round, b.room) }

    private func validate(_ slots: [Slot]) throws {
        var usedPlaces = Set<[Int]>(), usedTopics = Set<TopicID>()
        for slot in slots {
            guard let r = round(slot.round) else { throw missingRound(slot.round) }
            guard let room = room(slot.room) else { throw missingRoom(slot.room) }
            guard let topic = topic(slot.topic) else { throw AgoraError.notFound(TopicText.phrase("topic.none", ["id": "\(slot.topic)"])) }
            guard topic.status == .selected else {
                throw AgoraError.rule(PlanText.phrase("plan.notSelected", ["id": "\(topic.id)", "title": topic.title]),
                                      hint: PlanText.phrase("plan.notSelected.hintPlan"))
            }
            guard usedTopics.insert(slot.topic).inserted else {
                throw AgoraError.rule(PlanText.phrase("plan.plannedTwice", ["id": "\(topic.id)", "title": topic.title]))
            }
            guard usedPlaces.insert([slot.round.rawValue, slot.room.rawValue]).inserted else {
                throw AgoraError.rule(PlanText.phrase("plan.placeTaken", ["room": room.name, "start": "\(r.start)"]))
            }
        }
    }

    /// Groups only exist for topics that run in that round.
    mutating func dropAssignmentsOutsideSchedule() {
        let running = Set(schedule.map { [$0.round.rawValue, $0.topic.rawValue] })
        assignments.removeAll { !running.contains([$0.round.rawValue, $0.topic.rawValue]) }
    }
}
