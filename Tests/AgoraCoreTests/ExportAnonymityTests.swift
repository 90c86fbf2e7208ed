import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// `--anonymize` hides what identifies a person indirectly, in every export.
@Suite("Export anonymity")
struct ExportAnonymityTests {
    /// The demo where one organization has two members and the rest one each.
    static func session() -> NamedSession {
        var s = DemoSession.make()
        s.participants[0].organization = "Shared Agency"
        s.participants[1].organization = "shared agency"
        s.participants[2].role = "Deputy mayor for the economy"
        for i in s.participants.indices { s.participants[i].email = "person\(i)@example.org" }
        // An e-mail written in free text is withheld too.
        s.experiences[0].action += " Contact person0@example.org."
        return NamedSession(name: "demo", session: s)
    }

    static func everyExport(_ named: NamedSession) throws -> [String] {
        var texts: [String] = []
        for (subject, formats) in ExportRequest.formats {
            for format in formats {
                texts.append(try ExportRequest(subject: subject, format: format, anonymize: true).render([named], now: ExportFixtures.now).text)
            }
        }
        return texts
    }

    @Test func organizationsOfOnePersonRolesProposersAndSharersAreHidden() throws {
        let named = Self.session()
        let s = named.session
        let a = s.anonymized()
        #expect(a.participants.allSatisfy { $0.name.isEmpty && $0.role.isEmpty && $0.email == nil })
        #expect(a.participants[0].organization == "Shared Agency" && a.participants[1].organization == "shared agency")
        // Organizations of one person, except those the meeting's own texts name (an
        // experience may say what an agency did: that text is kept).
        let texts = s.experiences.flatMap { [$0.title, $0.challenge, $0.action, $0.result] }
            + s.projects.flatMap { [$0.title, $0.description] + $0.activities.map(\.owner) }
        let lonely = s.participants.dropFirst(2).map(\.organization).filter { org in !org.isEmpty && !texts.contains { $0.contains(org) } }
        #expect(!lonely.isEmpty)
        #expect(a.participants.dropFirst(2).allSatisfy { $0.organization.isEmpty })
        #expect(a.topics.allSatisfy { $0.proposer == nil })
        #expect(a.experiences.allSatisfy { $0.sharedBy == nil })
        // And no export carries a name, a lone organization or a role.
        for text in try Self.everyExport(named) {
            for p in s.participants where !p.name.isEmpty { #expect(!text.contains(p.name), "a name: \(p.name)") }
            for org in lonely where org.count > 3 {
                // An organization may also be a city or a project owner by chance; the demo's are not.
                #expect(!text.contains(org), "an organization of one person: \(org)")
            }
            #expect(!text.contains("Deputy mayor"))
            #expect(!text.contains("@example.org"), "an e-mail address")
        }
    }
}
