import AgoraCore
import AgoraTestSupport
import Foundation
import PropertyBased
import Testing

/// ``ChunkedList`` behaves as an `Array` under any sequence of changes, a copy never sees the
/// changes of another, and it encodes to the same JSON bytes.
@Suite("Chunked list")
struct ChunkedListTests {
    static let steps = Gen.int(in: 0...1_000_000).array(of: 3).array(of: 1...80)

    @Test func behavesAsAnArrayAndCopiesStayApart() async {
        await propertyCheck(count: TestEffort.runs(60), input: Gen.int(in: 0...400), Self.steps) { start, steps in
            var list = ChunkedList(0..<start)
            var array = Array(0..<start)
            var copies: [(ChunkedList<Int>, [Int])] = []
            for step in steps {
                let (kind, a, b) = (step[0] % 8, step[1], step[2])
                copies.append((list, array))
                switch kind {
                case 0, 1: list.append(a); array.append(a)
                case 2:
                    let i = array.isEmpty ? 0 : b % (array.count + 1)
                    for k in 0..<(a % 150 + 1) { list.insert(a + k, at: i); array.insert(a + k, at: i) }
                case 3 where !array.isEmpty:
                    let i = b % array.count
                    #expect(list.remove(at: i) == array.remove(at: i))
                case 4 where !array.isEmpty:
                    let i = b % array.count
                    list[i] = a; array[i] = a
                case 5:
                    let k = a % 7 + 2
                    list.removeAll { $0 % k == 0 }; array.removeAll { $0 % k == 0 }
                case 6: list.sort(by: >); array.sort(by: >)
                case 7: list.append(contentsOf: (0..<(a % 200)).map { $0 + b }); array.append(contentsOf: (0..<(a % 200)).map { $0 + b })
                default: list.append(a); array.append(a)
                }
                #expect(Array(list) == array)
                #expect(list.count == array.count)
                if !array.isEmpty {
                    let i = a % array.count
                    #expect(list[i] == array[i])
                    #expect(list.firstIndex(where: { $0 == array[i] }) == array.firstIndex(of: array[i]))
                }
            }
            for (copy, expected) in copies { #expect(Array(copy) == expected) }
        }
    }

    /// Lists past one page (4096 elements): inserts split chunks and then pages, removals
    /// empty chunks and whole pages, and a copy taken at each step keeps its elements.
    @Test func largeListsSplitAndEmptyPagesAsAnArrayWould() {
        var rng = SeededGenerator(seed: 11)
        var list = ChunkedList(0..<9000)
        var array = Array(0..<9000)
        var copies: [(ChunkedList<Int>, [Int])] = []
        // About 70 splits of the chunks of the first page take it past 128 chunks.
        for n in 0..<6000 {
            let i = Int(rng.next() % UInt64(4096))
            list.insert(-n, at: i); array.insert(-n, at: i)
            if n % 1000 == 0 { copies.append((list, array)) }
        }
        #expect(Array(list) == array)
        for i in stride(from: 0, to: array.count, by: 97) { #expect(list[i] == array[i]) }
        // Empty the middle pages one element at a time, from the front of that range.
        for _ in 0..<7000 {
            let i = 3000 + Int(rng.next() % 50)
            #expect(list.remove(at: i) == array.remove(at: i))
        }
        #expect(Array(list) == array)
        list.removeAll { $0 % 3 == 0 }; array.removeAll { $0 % 3 == 0 }
        #expect(Array(list) == array && list.count == array.count)
        for i in stride(from: 0, to: array.count, by: 31) {
            #expect(list[i] == array[i])
            list[i] += 1; array[i] += 1
        }
        #expect(Array(list) == array)
        for (copy, expected) in copies { #expect(Array(copy) == expected) }
        let sorted = ChunkedList(Array(array).sorted())
        let probe = sorted[sorted.count / 2]
        #expect(sorted.firstIndex(sortedBy: { $0 }, equalTo: probe) == sorted.firstIndex(of: probe))
        #expect(ChunkedList((0..<20_000).map { $0 * 2 }).firstIndex(sortedBy: { $0 }, equalTo: 30_000) == 15_000)
    }

    @Test func sortedLookUpFindsByBinarySearchAndFallsBackWhenUnsorted() {
        let sorted = ChunkedList((0..<1000).map { $0 * 2 })
        #expect(sorted.firstIndex(sortedBy: { $0 }, equalTo: 842) == 421)
        #expect(sorted.firstIndex(sortedBy: { $0 }, equalTo: 843) == nil)
        let unsorted: ChunkedList = [5, 1, 9, 3]
        #expect(unsorted.firstIndex(sortedBy: { $0 }, equalTo: 5) == 0)
        #expect(unsorted.firstIndex(sortedBy: { $0 }, equalTo: 3) == 3)
    }

    @Test func encodesAndDecodesAsTheSameJSONArray() throws {
        let people = (1...300).map { Participant(id: ParticipantID($0), name: "P\($0)", city: "C\($0 % 7)") }
        var list = ChunkedList<Participant>()
        for p in people.reversed() { list.insert(p, at: 0) }  // a layout unlike appending
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        #expect(try encoder.encode(list) == encoder.encode(people))
        #expect(try JSONDecoder().decode(ChunkedList<Participant>.self, from: encoder.encode(people)) == list)
        #expect(list == ChunkedList(people))
        #expect(list != ChunkedList(people.dropLast()))
        #expect(Set([ChunkedList(0..<300), ChunkedList(Array(0..<300))]).count == 1)
    }

    /// Undo over a session whose lists span many chunks restores each earlier state exactly.
    @Test func undoRestoresEveryEarlierStateOfALargeSession() async {
        let large = Session.synthetic(participants: 400, topics: 12, rounds: 2, rooms: 4, cities: 6, seed: 5)
        await propertyCheck(count: TestEffort.runs(20), input: ReducerPropertyTests.steps) { steps in
            var h = SessionHistory(large, depth: 1000)
            var states: [Session] = []
            for choice in steps {
                let before = h.session
                if (try? h.apply(OperationGenerator.operation(for: h.session, choices: choice, text: "Zoë"), at: Fixture.date)) != nil {
                    states.append(before)
                }
            }
            while let expected = states.popLast() {
                try h.undo(at: Fixture.date)
                var back = h.session
                back.log = expected.log
                #expect(back == expected)
            }
        }
    }
}

/// A batch checks the same rules as the operations one by one, with look-ups built once.
@Suite("Batches")
struct BatchTests {
    @Test func aBatchOfPeopleChangesEndsAsTheSameChangesOneByOne() async {
        let names = ["Ana", "ana", "Anà", "Bo", "Zoë", "Zoe"], cities = ["Bordeaux", "bordeaux", "Rabat"]
        let ops = Gen.int(in: 0...1_000_000).array(of: 4).array(of: 1...30)
        await propertyCheck(count: TestEffort.runs(80), input: ops) { choices in
            let s = Fixture.session()
            var operations: [AgoraCore.Operation] = []
            for c in choices {
                let fields = ParticipantFields(name: names[c[1] % names.count], city: cities[c[2] % cities.count])
                let id = ParticipantID(c[3] % (s.participants.count + choices.count) + 1)
                switch c[0] % 4 {
                case 0, 1: operations.append(.people(.add(fields)))
                case 2: operations.append(.people(.edit(id, fields)))
                default: operations.append(.people(.remove(id)))
                }
            }
            var oneByOne: Session? = s
            for op in operations { oneByOne = try? oneByOne?.applying(op, at: Fixture.date) }
            let batch = try? s.applying(.batch(summary: "b", operations: operations), at: Fixture.date)
            #expect(batch?.participants == oneByOne?.participants)
            #expect((batch == nil) == (oneByOne == nil))
        }
    }

    @Test func aBatchRefusesATwinAndAcceptsANameFreedInsideIt() throws {
        let s = Fixture.session()
        let ana = try #require(s.participants.first)
        let twin = Operation.batch(summary: "b", operations: [.people(.add(ParticipantFields(name: "Zoë", city: "Rabat"))),
                                                               .people(.add(ParticipantFields(name: "ZOE", city: "rabat")))])
        #expect(throws: AgoraError(.invalid, "Item 2 of 2: Zoë (Rabat) is already participant \(s.nextIDs.participant)")) {
            try s.applying(twin, at: Fixture.date)
        }
        let freed = Operation.batch(summary: "b", operations: [
            .people(.edit(ana.id, ParticipantFields(name: "Ana Renamed", city: ana.city))),
            .people(.add(ParticipantFields(name: ana.name, city: ana.city))),
        ])
        let after = try s.applying(freed, at: Fixture.date)
        #expect(after.participants.map(\.name).filter { $0 == ana.name }.count == 1)
        #expect(after.participants.count == s.participants.count + 1)
    }
}
