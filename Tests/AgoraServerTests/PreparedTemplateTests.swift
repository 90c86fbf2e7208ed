import AgoraCore
import AgoraTestSupport
import Foundation
import Mustache
import Testing
@testable import AgoraServer

/// The templates prepared for a language when the server starts (strings and language menu
/// written in, values escaped byte by byte) give every page the same bytes as the plain
/// templates, and still escape every value.
@Suite("Phone pages: prepared templates")
struct PreparedTemplateTests {
    static let hostile = [
        "<script>alert(\"x\")</script>", "O'Brien & \"Co\"", "{{t.skip}} {{{me}}} }}{{", "Zoë 🇫🇷 مرحبا &amp;",
    ]

    /// A meeting whose every field a page shows holds markup, quotes, ampersands and mustache tags.
    static func hostileMeeting() -> Session {
        var s = Fixture.emptySession()
        s.meeting.title = hostile[0]
        for (i, text) in hostile.enumerated() {
            s.must(.people(.add(ParticipantFields(name: text, city: hostile[(i + 1) % hostile.count]))))
            s.must(.topics(.propose(TopicFields(title: text, description: i.isMultiple(of: 2) ? "" : hostile[(i + 2) % hostile.count]))))
        }
        s.must(.setup(.setVotingRules(VotingRules(method: .dots, dotsPerParticipant: 5, capPerTopic: 3, hideTalliesUntilClose: false))))
        s.must(.phones(.setProposalsOpen(true)))
        s.must(.phones(.setWalkInsAllowed(true)))
        s.must(.voting(.open))
        return s
    }

    /// Every page of every language, with every optional part (notice, error, typed forms,
    /// results, each voting method), as the given pages render it.
    static func everyPage(_ pages: PhonePages, _ s: Session) -> [String: String] {
        let me = s.participants[1], form = ["name": hostile[1], "city": hostile[2], "title": hostile[0], "description": hostile[3]]
        var approval = s, ranked = s
        approval.voting.method = .approval
        ranked.voting.method = .ranked
        return [
            "join": pages.join(s, query: "", csrf: "c1"),
            "join searched": pages.join(s, query: hostile[1], csrf: "c1", error: hostile[2], form: form),
            "code": pages.code(s, typed: hostile[0], error: hostile[3]),
            "home": pages.home(s, me: me, notice: hostile[2]),
            "vote": pages.vote(s, me: me, csrf: "c2"),
            "vote refused": pages.vote(s, me: me, csrf: "c2", error: hostile[0], typed: [s.topics[0].id: 2]),
            "vote approval": pages.vote(approval, me: me, csrf: "c2", notice: hostile[1]),
            "vote ranked": pages.vote(ranked, me: me, csrf: "c2"),
            "propose": pages.propose(s, me: me, csrf: "c3", error: hostile[3], form: form),
            "plan": pages.plan(s, me: me),
            "share": pages.share(s, me: me, csrf: "c4", form: form),
            "projects": pages.projects(s, me: me, csrf: "c5"),
            "wall": pages.wall(s),
            "wall part": pages.wallPart(s),
            "message": pages.message(s, title: hostile[2], error: hostile[0]),
        ]
    }

    @Test(arguments: Language.allCases)
    func everyPageIsTheSameBytesAsThePlainTemplatesGive(language: Language) throws {
        let s = Self.hostileMeeting()
        let plain = Self.everyPage(try PhonePages(text: PhoneText(language), base: "/tok", prepared: false), s)
        let prepared = Self.everyPage(try PhonePages(text: PhoneText(language), base: "/tok"), s)
        for (name, page) in plain {
            #expect(prepared[name] == page, "\(language) \(name) differs")
            #expect(!page.isEmpty)
        }
        // The pages did show the hostile values, escaped, and no tag typed by a participant ran.
        let vote = try #require(prepared["vote"])
        #expect(vote.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(vote.contains("O&#39;Brien &amp; &quot;Co&quot;"))
        #expect(vote.contains("{{t.skip}} {{{me}}} }}{{"))
        #expect(!vote.contains("<script>"))
    }

    /// A string of the table is written into the template escaped, braces included, so a
    /// translation can neither add markup nor become a mustache tag.
    @Test func aStringWrittenIntoATemplateIsEscapedAndCannotBecomeATag() {
        let strings = ["skip": "<b>{{csrf}}</b> & \"more\""]
        let prepared = PreparedTemplates.withStrings("<a>{{t.skip}}</a>{{t.nope}}", strings)
        #expect(prepared == "<a>&lt;b&gt;&#123;&#123;csrf&#125;&#125;&lt;/b&gt; &amp; &quot;more&quot;</a>")
    }

    /// Escaping looks at bytes: a quote that a combining mark follows (one grapheme for Swift's
    /// `Character`) is still escaped, and nothing else changes.
    @Test func aQuoteFollowedByACombiningMarkIsEscaped() throws {
        #expect(PageEscaping.escape("a\"\u{301} onload=x") == "a&quot;\u{301} onload=x")
        #expect(PageEscaping.escape("'\u{308}<\u{338}&\u{20DD}") == "&#39;\u{308}&lt;\u{338}&amp;\u{20DD}")
        #expect(PageEscaping.escape("Zoë 🇫🇷 no special") == "Zoë 🇫🇷 no special")
        _ = PageEscaping.registered
        let template = try MustacheTemplate(string: PageEscaping.pragma + "<input value=\"{{v}}\">")
        #expect(template.render(["v": "\"\u{301} autofocus onfocus=alert(1) x=\""]) ==
                "<input value=\"&quot;\u{301} autofocus onfocus=alert(1) x=&quot;\">")
    }

    /// Over the Big List of Naughty Strings: no special character is left raw, the entities
    /// read back to the very string, and the result is mustache's own escaping except where
    /// that one leaves a special character raw (behind a combining mark).
    @Test func everyNaughtyStringIsEscapedAsMustacheDoesOrMoreStrictly() throws {
        let plain = try MustacheTemplate(string: "{{v}}")
        let entities = ["&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]
        func unescaped(_ html: String) -> String {
            entities.reduce(html) { $0.replacingOccurrences(of: $1.key, with: $1.value) }.replacingOccurrences(of: "&amp;", with: "&")
        }
        func rawSpecials(_ html: String) -> Int {
            let ampersands = html.unicodeScalars.filter { $0 == "&" }.count
            let references = (Array(entities.keys) + ["&amp;"]).map { html.components(separatedBy: $0).count - 1 }.reduce(0, +)
            return html.unicodeScalars.filter { "<>\"'".unicodeScalars.contains($0) }.count + ampersands - references
        }
        var stricter = 0
        for string in HostileStrings.all {
            let ours = PageEscaping.escape(string)
            #expect(rawSpecials(ours) == 0, "\(string)")
            #expect(unescaped(ours) == string)
            let theirs = plain.render(["v": string])
            if ours != theirs {
                stricter += 1
                #expect(rawSpecials(theirs) > 0, "ours differs from mustache's on \(string) while mustache's leaves nothing raw")
            }
        }
        #expect(HostileStrings.all.count > 400)
        #expect(stricter < HostileStrings.all.count / 10)
    }
}
