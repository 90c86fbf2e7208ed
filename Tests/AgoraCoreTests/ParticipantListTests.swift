@testable import AgoraCore
import AgoraTestSupport
import Foundation
import PropertyBased
import Testing

/// The rule "nobody is added twice" (same name and city, case and accents aside) looks up
/// ``ParticipantList``'s index instead of walking every name. Under any mix of adds, edits,
/// removals, presence changes, batches, undo, redo and changes made from outside, the index
/// holds exactly the list's keys, and every add is refused exactly when a walk through the
/// participants finds a twin, naming the same one.
@Suite("Participant index")
struct ParticipantListTests {
    static let names = ["Ana", "ana", "Aña", "ÁNA", "Bruno", "Chloé", "chloe", "Zoë", "東京", "Ana Lima"]
    static let cities = ["Bordeaux", "bordeaux", "Bôrdeaux", "Porto", "Oporto"]
    static let steps = Gen.int(in: 0...1_000_000).array(of: 3).array(of: 1...80)

    /// The naive rule: the other participant with the same key and the smallest id.
    static func walk(_ s: Session, _ name: String, _ city: String, except: ParticipantID?) -> ParticipantID? {
        let key = (TextRules.searchKey(name), TextRules.searchKey(city))
        return s.participants.filter {
            $0.id != except && (TextRules.searchKey($0.name), TextRules.searchKey($0.city)) == key
        }.map(\.id).min()
    }

    /// Applies an add or an edit and checks that the reducer refused it exactly when the walk
    /// finds a twin, and named that twin.
    static func checkTwinRule(_ h: inout SessionHistory, _ op: AgoraCore.Operation,
                              name: String, city: String, except: ParticipantID?) {
        let twin = walk(h.session, name, city, except: except)
        do {
            try h.apply(op, at: Fixture.date)
            #expect(twin == nil, "\(op) was accepted although participant \(twin!) has that name and city")
        } catch let error as AgoraError {
            if let twin {
                #expect(error.message.hasSuffix("is already participant \(twin)"), "\(error.message)")
            } else {
                #expect(!error.message.contains("is already participant"), "\(error.message)")
            }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theIndexAgreesWithAWalkThroughEveryone() async {
        await propertyCheck(count: TestEffort.runs(ci: 25, local: 200), input: Self.steps) { steps in
            var h = SessionHistory(Fixture.session(), depth: 30)
            for step in steps {
                let (a, b, c) = (step[0], step[1], step[2])
                let name = Self.names[b % Self.names.count], city = Self.cities[c % Self.cities.count]
                let people = h.session.participants
                let someone = people.isEmpty ? nil : people[b % people.count].id
                switch a % 10 {
                case 0, 1, 2:
                    Self.checkTwinRule(&h, .people(.add(ParticipantFields(name: name, city: city))),
                                       name: name, city: city, except: nil)
                case 3:
                    if let someone {
                        Self.checkTwinRule(&h, .people(.edit(someone, ParticipantFields(name: name, city: city))),
                                           name: name, city: city, except: someone)
                    }
                case 4:
                    if let someone { try? h.apply(.people(.remove(someone)), at: Fixture.date) }
                case 5:
                    if let someone { try? h.apply(.people(.setPresent(someone, c % 2 == 0)), at: Fixture.date) }
                case 6:
                    // A batch of adds (as an import), some of them twins of each other.
                    let rows = (0..<(c % 4 + 1)).map { i in
                        AgoraCore.Operation.people(.add(ParticipantFields(name: Self.names[(b + i * c) % Self.names.count], city: city)))
                    }
                    _ = try? h.apply(.batch(summary: "Imported", operations: rows), at: Fixture.date)
                case 7: _ = try? h.undo(at: Fixture.date)
                case 8: _ = try? h.redo(at: Fixture.date)
                default:
                    // A change from outside the people operations (as a decoder or an export
                    // makes): the index must not go stale.
                    if !people.isEmpty {
                        var s = h.session
                        s.participants[b % people.count].name = name
                        #expect(!s.$participants.isIndexed)
                        #expect(s.$participants.indexAgreesWithList())
                        h = SessionHistory(s, depth: 30)
                    }
                }
                #expect(h.session.$participants.indexAgreesWithList(), "after step \(step)")
            }
        }
    }

    /// Presence, removal and undo keep the index built: no add after them walks everyone.
    @Test func theIndexStaysBuiltThroughChangesAndUndo() throws {
        let loaded = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(Fixture.session()))
        var h = SessionHistory(loaded)
        #expect(!h.session.$participants.isIndexed)   // as loaded: built on first need
        try h.apply(.people(.add(ParticipantFields(name: "Olga", city: "Oporto"))), at: Fixture.date)
        #expect(h.session.$participants.isIndexed)
        let olga = h.session.participants.last!.id
        try h.apply(.people(.setPresent(olga, false)), at: Fixture.date)
        try h.apply(.people(.edit(olga, ParticipantFields(name: "Olga Silva", city: "Oporto"))), at: Fixture.date)
        #expect(h.session.$participants.isIndexed)
        #expect(throws: AgoraError.self) {
            try h.apply(.people(.add(ParticipantFields(name: "OLGA SILVA", city: "oporto"))), at: Fixture.date)
        }
        try h.undo(at: Fixture.date)   // the rename
        #expect(h.session.$participants.isIndexed)
        try h.apply(.people(.add(ParticipantFields(name: "Olga Silva", city: "Oporto"))), at: Fixture.date)
        try h.apply(.people(.remove(olga)), at: Fixture.date)
        try h.apply(.people(.add(ParticipantFields(name: "olga", city: "OPORTO"))), at: Fixture.date)
        #expect(h.session.$participants.isIndexed && h.session.$participants.indexAgreesWithList())
    }

    /// The index is neither saved nor compared: the same list is the same session.
    @Test func theIndexIsNotPartOfTheSession() throws {
        var a = Fixture.session()
        a.must(.people(.add(ParticipantFields(name: "Olga", city: "Oporto"))))
        var b = a
        b.participants = a.participants   // drops b's index
        #expect(a.$participants.isIndexed && !b.$participants.isIndexed)
        #expect(a == b)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(a) == encoder.encode(b))
        let decoded = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(a))
        #expect(decoded == a && !decoded.$participants.isIndexed)
    }
}
