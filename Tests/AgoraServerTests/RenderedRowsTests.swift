import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

/// The long lists' rows are rendered once and kept by the values they show: a page made from
/// kept rows is the page made afresh, and a row whose values changed is rendered again.
@Suite("Phone pages: rendered rows")
struct RenderedRowsTests {
    static func meeting() -> Session {
        var s = Fixture.emptySession()
        for n in 1...30 { s.must(.people(.add(ParticipantFields(name: "Person \(n)", city: n.isMultiple(of: 2) ? "Lyon" : "Nantes")))) }
        for n in 1...12 { s.must(.topics(.propose(TopicFields(title: "Topic <\(n)>", description: n.isMultiple(of: 3) ? "About \(n) & more" : "")))) }
        s.must(.voting(.open))
        return s
    }

    @Test func aPageFromKeptRowsIsThePageMadeAfresh() throws {
        var s = Self.meeting()
        let me = s.participants[0]
        s.must(.voting(.addDots(me.id, s.topics[2].id, count: 2)))
        let pages = try PhonePages(base: "/tok")
        let vote = pages.vote(s, me: me, csrf: "c"), join = pages.join(s, query: "", csrf: "c")
        let kept = pages.rows.count
        // 12 topics, 30 people, and the menu at the foot of the vote page.
        #expect(kept == 12 + 30 + pages.navigation(s).count)
        // The same pages again come from the kept rows, byte for byte, and keep nothing new.
        #expect(pages.vote(s, me: me, csrf: "c") == vote)
        #expect(pages.join(s, query: "", csrf: "c") == join)
        #expect(pages.rows.count == kept)
        // And they are what pages with no kept rows make.
        let fresh = try PhonePages(base: "/tok")
        #expect(fresh.vote(s, me: me, csrf: "c") == vote)
        #expect(vote.contains(#"<label for="t3">Topic &lt;3&gt;</label>"#))
        #expect(vote.contains(#"name="t3" type="number" inputmode="numeric" min="0" max="3" value="2">"#))
        #expect(vote.contains(#"<p class="small">About 3 &amp; more</p>"#))
        #expect(join.contains(#"value="1">I am Person 1 (Nantes)</button>"#))
    }

    @Test func aRowWhoseValuesChangedIsRenderedAgain() throws {
        var s = Self.meeting()
        let me = s.participants[0]
        let pages = try PhonePages(base: "/tok")
        _ = pages.vote(s, me: me, csrf: "c")
        // The facilitator renames a topic; the phone's dots on another change its value.
        s.must(.topics(.edit(s.topics[0].id, TopicFields(title: "Renamed \"topic\"", description: ""))))
        s.must(.voting(.addDots(me.id, s.topics[1].id, count: 1)))
        let vote = pages.vote(s, me: me, csrf: "c")
        #expect(vote.contains(#"<label for="t1">Renamed &quot;topic&quot;</label>"#))
        #expect(!vote.contains("Topic &lt;1&gt;"))
        #expect(vote.contains(#"name="t2" type="number" inputmode="numeric" min="0" max="3" value="1">"#))
        #expect(vote == (try PhonePages(base: "/tok")).vote(s, me: me, csrf: "c"))
        // A person who claimed a phone leaves the join list.
        s.must(.phones(.claim(s.participants[0].id, device: DeviceKey(digest: String(repeating: "a", count: 64))!)))
        #expect(!pages.join(s, query: "", csrf: "c").contains("Person 1 (Nantes)"))
    }

    @Test func theRowsKeptStayWithinTheLimit() {
        let rows = RenderedRows(limit: 10)
        for n in 0..<25 { _ = rows.html([["row", String(n)]]) { "<li>\($0[1])</li>" } }
        #expect(rows.count <= 10)
        // A list longer than the limit is still whole.
        let long = rows.html((0..<15).map { ["row", String($0)] }) { "<li>\($0[1])</li>" }
        #expect(long.renderText == (0..<15).map { "<li>\($0)</li>" }.joined())
    }

    @Test func threadsSharingTheRowsGetWholePages() async throws {
        let s = Self.meeting()
        let pages = try PhonePages(base: "/tok")
        let expected = (try PhonePages(base: "/tok")).vote(s, me: s.participants[3], csrf: "c")
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { pages.vote(s, me: s.participants[3], csrf: "c") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
