import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The publishable meeting report, in Markdown and as a printable HTML page, with the
/// secretariat's framing: golden files, the order of its parts, html5lib as referee, and
/// anonymity.
@Suite("Meeting report")
struct ExportReportTests {
    /// The demo meeting with the framing its network's secretariat wrote (after the 2013 report).
    static let framing = ReportFraming(
        context: """
        With the aim of boosting the exchange of knowledge and collaboration between cities, the committee organizes thematic working meetings run as a “Mini BarCamp”.

        Each meeting is centred on one of the six key areas of the Smart Cities Study. This first one, in Bordeaux, was on the “Smart Economy” axis: talent, new sectors & green technologies, spaces for entrepreneurs.
        """,
        synthesis: """
        The cities agreed that the traditional economy and the digital one must meet more often.
        Two projects came out of the groups, both now in progress.

        Other cities are welcome to join them <and to propose new ones>.
        """,
        contact: "UCLG Committee on Digital and Knowledge-based Cities, Secretariat: digitalcities@example.org")

    static let framed: NamedSession = {
        var s = DemoSession.make()
        s.must(.setup(.setFraming(framing)))
        return NamedSession(name: "bordeaux-2013", session: s)
    }()

    static func render(_ format: ExportFormat, _ sessions: [NamedSession] = [framed], anonymize: Bool = false) throws -> String {
        try ExportRequest(subject: .report, format: format, anonymize: anonymize).render(sessions, now: ExportFixtures.now).text
    }

    @Test(arguments: [(ExportFormat.markdown, "md"), (.html, "html")])
    func goldenFilesOfTheFramedDemo(_ format: ExportFormat, _ ext: String) throws {
        try ExportFixtures.expectGolden(try Self.render(format), "demo-report-framed.\(ext)")
        try ExportFixtures.expectGolden(try Self.render(format, anonymize: true), "demo-report-framed-anonymized.\(ext)")
    }

    @Test func aReportWithoutFramingHasNoFramingSections() throws {
        // The report of a session that never had one keeps its bytes (demo-report.md, ExportGoldenTests).
        for heading in ["## Context", "## Synthesis", "## Contact"] { #expect(!(try Self.render(.markdown, [ExportFixtures.demo])).contains(heading)) }
        for heading in ["<h2>Context</h2>", "<h2>Synthesis</h2>", "<h2>Contact</h2>"] { #expect(!(try Self.render(.html, [ExportFixtures.demo])).contains(heading)) }
    }

    /// Where each heading starts in `text`, or nil.
    static func order(of headings: [String], in text: String) -> [Int?] {
        headings.map { text.range(of: $0).map { text.distance(from: text.startIndex, to: $0.lowerBound) } }
    }

    @Test func contextAndSynthesisComeFirstAndTheContactLast() throws {
        let parts = ["Context", "Synthesis", "Meeting", "Method", "Topics and votes", "Plan and groups",
                     "Experiences shared", "Collaboration projects", "Contact"]
        let md = Self.order(of: parts.map { "\n## \($0)\n" }, in: try Self.render(.markdown))
        let html = Self.order(of: parts.map { "<h2>\($0)</h2>" }, in: try Self.render(.html))
        for positions in [md, html] {
            let found = positions.compactMap { $0 }
            #expect(found.count == parts.count, "\(positions)")
            #expect(found == found.sorted())
        }
        let text = try Self.render(.markdown)
        #expect(text.hasSuffix("## Contact\n\nUCLG Committee on Digital and Knowledge\\-based Cities, Secretariat: digitalcities@example.org\n")
                || text.hasSuffix("## Contact\n\nUCLG Committee on Digital and Knowledge-based Cities, Secretariat: digitalcities@example.org\n"))
        // Paragraphs of the framing stay paragraphs; markup typed into it stays text.
        #expect(text.contains("Two projects came out of the groups, both now in progress.\n\nOther cities are welcome to join them \\<and to propose new ones\\>."))
    }

    @Test func thePageIsPrintReadyAndSelfContained() throws {
        let page = try Self.render(.html)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<title>UCLG Digital Cities — first working meeting</title>"))
        #expect(page.contains("@media print"))
        #expect(page.contains(".major, article.meeting + article.meeting { break-before: page; page-break-before: always; }"))
        #expect(page.components(separatedBy: "<section class=\"major\">").count - 1 == 4)
        for chrome in ["<script", "<nav", "<link", "<img", "<iframe", "src=", "href=", "http://", "https://", "url("] {
            #expect(!page.contains(chrome), "\(chrome)")
        }
        #expect(page.contains("<p class=\"text\">Other cities are welcome to join them &lt;and to propose new ones&gt;.</p>"))
        #expect(page.contains("talent, new sectors &amp; green technologies"))
    }

    @Test func aFolderReportHasOnePartPerMeetingEachOnItsOwnPage() throws {
        let page = try Self.render(.html, ExportFixtures.folder)
        #expect(page.components(separatedBy: "<article class=\"meeting\">").count - 1 == 3)
        #expect(page.contains("<h1>Meeting reports</h1>"))
        #expect(page.contains("<h2>UCLG Digital Cities — first working meeting</h2>"))
        #expect(page.contains("<h3>Collaboration projects</h3>"))
    }

    /// html5lib (the WHATWG parsing algorithm, strict: any parse error fails) reads the page;
    /// returns what it found.
    struct Parsed: Decodable {
        var elements: [String]; var attributes: [String]; var title: String
        var framing: [String]; var contact: String; var cards: Int
    }

    static func parse(_ page: String) throws -> Parsed {
        let result = try Python.run("""
            import json, sys, html5lib
            doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(sys.stdin.buffer.read().decode('utf-8'))
            elements = sorted({e.tag for e in doc.iter()})
            attributes = sorted({a for e in doc.iter() for a in e.attrib})
            framing = [''.join(p.itertext()) for s in doc.iter('section') if s.get('class') == 'framing' for p in s.iter('p')]
            contact = [''.join(p.itertext()) for f in doc.iter('footer') if f.get('class') == 'contact' for p in f.iter('p')]
            cards = sum(1 for s in doc.iter('section') if s.get('class') == 'card')
            print(json.dumps({'elements': elements, 'attributes': attributes, 'title': doc.find('head/title').text,
                              'framing': framing, 'contact': contact[0] if contact else '', 'cards': cards}))
            """, input: page)
        try #require(result.status == 0, "html5lib: \(result.stderr)")
        return try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
    }

    static let allowedElements: Set = ["html", "head", "meta", "title", "style", "body", "header", "article", "section", "footer",
                                       "h1", "h2", "h3", "h4", "h5", "h6", "p", "strong", "table", "thead", "tbody", "tr", "th", "td",
                                       "dl", "dt", "dd", "ul", "ol", "li", "span"]

    @Test func html5libReadsTheReportWithoutAParseErrorAndFindsTheFramingAsWritten() throws {
        guard Python.has("html5lib") else { Issue.record("python3 html5lib is not installed (.ci/run installs it)"); return }
        let parsed = try Self.parse(try Self.render(.html))
        #expect(Set(parsed.elements).isSubset(of: Self.allowedElements), "\(Set(parsed.elements).subtracting(Self.allowedElements))")
        #expect(Set(parsed.attributes).isSubset(of: ["lang", "charset", "name", "content", "class", "scope"]))
        #expect(parsed.title == "UCLG Digital Cities — first working meeting")
        let f = Self.framing
        #expect(parsed.framing == (f.context + "\n\n" + f.synthesis).components(separatedBy: "\n\n"))
        #expect(parsed.contact == f.contact)
        let demo = Self.framed.session
        #expect(parsed.cards == demo.experiences.count + demo.projects.count)
    }

    @Test func hostileFramingAndMeetingTextsComeBackAsTextFromHtml5lib() throws {
        guard Python.has("html5lib") else { Issue.record("python3 html5lib is not installed (.ci/run installs it)"); return }
        let strings = HostileStrings.all
        var sessions: [NamedSession] = []
        for (n, hostile) in ExportParseBackTests.hostile.prefix(4).enumerated() {
            var s = hostile.session
            // Each part one hostile string as the reducer cleans it (one paragraph: no blank line).
            s.framing = ReportFraming(context: "a " + strings[n * 3], synthesis: "b " + strings[n * 3 + 1], contact: "c " + strings[n * 3 + 2])
            sessions.append(NamedSession(name: hostile.name, session: s))
        }
        for named in sessions {
            let parsed = try Self.parse(MeetingReportHTML.render([named]))
            #expect(Set(parsed.elements).isSubset(of: Self.allowedElements), "\(Set(parsed.elements).subtracting(Self.allowedElements))")
            #expect(Set(parsed.attributes).isSubset(of: ["lang", "charset", "name", "content", "class", "scope"]))
            #expect(parsed.cards == named.session.experiences.count + named.session.projects.count)
            #expect(parsed.contact == ExportParseBackTests.htmlVisible(named.session.framing!.contact))
        }
        let folder = try Self.parse(MeetingReportHTML.render(sessions))
        #expect(folder.cards == sessions.reduce(0) { $0 + $1.session.experiences.count + $1.session.projects.count })
    }

    @Test func anAnonymizedReportNamesNobodyOfTheDemo() throws {
        var s = Self.framed.session
        for i in s.participants.indices { s.participants[i].email = "person\(i)@example.org" }
        var framing = Self.framing
        framing.synthesis += "\nClaire Dubois and Mikko Laine will lead; write to person3@example.org."
        s.must(.setup(.setFraming(framing)))
        let named = NamedSession(name: "bordeaux-2013", session: s)
        let lone = Dictionary(grouping: s.participants.map(\.organization), by: { $0 }).filter { $0.value.count == 1 }.keys
        for format in [ExportFormat.markdown, .html] {
            let text = try Self.render(format, [named], anonymize: true)
            for p in s.participants {
                #expect(!text.contains(p.name), "\(format): a name, \(p.name)")
                #expect(!text.contains(p.role), "\(format): a role, \(p.role)")
                #expect(!text.contains(p.email!), "\(format): an e-mail, \(p.email!)")
            }
            // Organizations of one person are not listed (a project may still name the city's agency in its own words).
            let listed = text.components(separatedBy: "\n").first { $0.contains("Organizations:") } ?? ""
            for org in lone { #expect(!listed.contains(org), "\(format): an organization of one person, \(org)") }
            #expect(!text.contains("Proposed by") || !s.topics.compactMap(\.proposer).contains { text.contains(s.participant($0)!.name) })
            #expect(text.replacingOccurrences(of: "\\", with: "").contains("[name withheld] and [name withheld] will lead; write to [name withheld]."))
            // The secretariat's own contact line is kept: it names no participant.
            #expect(text.contains("digitalcities@example.org"))
        }
    }
}
