import AgoraCore
import AgoraTestSupport
import Testing

@Suite("Plan and group rules")
struct PlanAndGroupRulesTests {
    let r1 = RoundID(1), r2 = RoundID(2), garonne = RoomID(1), chartrons = RoomID(2)
    let data = TopicID(1), green = TopicID(2), talent = TopicID(3)

    func planned() -> Session {
        var s = Fixture.session()
        s.must(.plan(.setSelection([data, green, talent])))
        s.must(.plan(.setSchedule([Slot(round: r1, room: garonne, topic: data), Slot(round: r1, room: chartrons, topic: green),
                                   Slot(round: r2, room: garonne, topic: talent)])))
        return s
    }

    @Test func aScheduleNeedsSelectedTopicsInFreeSlots() {
        var s = Fixture.session()
        s.must(.plan(.setSelection([data, green])))
        #expect(s.failure(of: .plan(.setSchedule([Slot(round: r1, room: garonne, topic: talent)])))?.description
                == "Topic 3 “Talent retention” is not selected. Select it before planning it")
        #expect(s.failure(of: .plan(.setSchedule([Slot(round: r1, room: garonne, topic: data),
                                                  Slot(round: r1, room: garonne, topic: green)])))?.message
                == "Two topics are planned in Garonne at 10:00")
        #expect(s.failure(of: .plan(.setSchedule([Slot(round: r1, room: garonne, topic: data),
                                                  Slot(round: r2, room: garonne, topic: data)])))?.message
                == "Topic 1 “Data mining for SMEs” is planned twice")
    }

    @Test func placingOnAnOccupiedSlotSwaps() {
        var s = planned()
        s.must(.plan(.place(talent, round: r1, room: garonne, pinned: true)))
        #expect(s.schedule == [Slot(round: r1, room: garonne, topic: talent, pinned: true),
                               Slot(round: r1, room: chartrons, topic: green),
                               Slot(round: r2, room: garonne, topic: data)])
    }

    @Test func deselectingATopicClearsItsSlotAndGroup() {
        var s = planned()
        s.must(.groups(.move(ParticipantID(1), round: r1, topic: data, lock: false)))
        s.must(.plan(.setSelection([green, talent])))
        #expect(s.schedule.map(\.topic) == [green, talent])
        #expect(s.assignments.isEmpty)
        #expect(s.log.last?.text == "Selected 2 topics; 1 unselected topic left the plan")
    }

    @Test func lockedMembersMustKeepTheirPlace() {
        var s = planned()
        s.must(.groups(.move(ParticipantID(1), round: r1, topic: data, lock: true)))
        let regroup = GroupOperation.setGroups(r1, [Assignment(round: r1, participant: ParticipantID(1), topic: green)])
        #expect(s.failure(of: .groups(regroup))?.description
                == "Ana is locked in “Data mining for SMEs” in round 1. Unlock them first to move them")
        s.must(.groups(.setLock(ParticipantID(1), round: r1, false)))
        s.must(.groups(regroup))
        #expect(s.assignments == [Assignment(round: r1, participant: ParticipantID(1), topic: green)])
    }

    @Test func aGroupOnlyForATopicOfThatRound() {
        let s = planned()
        #expect(s.failure(of: .groups(.move(ParticipantID(1), round: r2, topic: data, lock: false)))?.message
                == "“Data mining for SMEs” does not run in round 2")
        let twice = GroupOperation.setGroups(r1, [Assignment(round: r1, participant: ParticipantID(2), topic: data),
                                                   Assignment(round: r1, participant: ParticipantID(2), topic: green)])
        #expect(s.failure(of: .groups(twice))?.message == "Bo is placed twice in round 1")
    }

    @Test func absentPeopleGetNoGroup() {
        var s = planned()
        s.must(.groups(.move(ParticipantID(3), round: r1, topic: data, lock: false)))
        s.must(.people(.setPresent(ParticipantID(3), false)))
        #expect(s.assignments.isEmpty)
        #expect(s.failure(of: .groups(.move(ParticipantID(3), round: r1, topic: data, lock: false)))?.description
                == "Chen is marked absent. Mark them present first")
    }

    @Test func roomsAndRoundsInUseCannotBeRemoved() {
        let s = planned()
        #expect(s.failure(of: .setup(.removeRoom(garonne)))?.description
                == "Room Garonne has topics planned in it. Move them to another room or clear the plan first")
        #expect(s.failure(of: .setup(.removeRound(r2)))?.message == "Round 2 has topics planned in it")
        #expect(s.failure(of: .setup(.addRoom(name: "garonne", capacity: 4)))?.message == "There is already a room called garonne")
        #expect(s.failure(of: .setup(.addRoom(name: "Attic", capacity: 0)))?.message == "Room Attic needs at least 1 seat (got 0)")
    }
}
