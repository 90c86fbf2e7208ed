import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// Exports read back by independent parsers (python3's csv, html.parser, jsonschema and the
/// `icalendar` package), with ordinary and hostile text (the Big List of Naughty Strings).
@Suite("Exports parsed back")
struct ExportParseBackTests {
    /// The demo with every free-text field it exports replaced by hostile strings.
    static func hostileSession(offset: Int) -> NamedSession {
        let strings = HostileStrings.all
        var n = offset
        func next() -> String { n += 1; return strings[n % strings.count] }
        var s = DemoSession.make()
        s.meeting.title = next(); s.meeting.venue = next(); s.meeting.hostCity = next()
        for i in s.topics.indices { s.topics[i].title = next(); s.topics[i].description = next() }
        for i in s.rooms.indices { s.rooms[i].name = next() }
        for i in s.participants.indices { s.participants[i].organization = next(); s.participants[i].city = next() }
        for i in s.experiences.indices {
            s.experiences[i].title = next(); s.experiences[i].city = next(); s.experiences[i].challenge = next()
            s.experiences[i].action = next(); s.experiences[i].result = next(); s.experiences[i].tags = [next(), next()]
        }
        for i in s.projects.indices {
            s.projects[i].title = next(); s.projects[i].question = next(); s.projects[i].leadCity = next()
            s.projects[i].partnerCities = [next(), next()]; s.projects[i].description = next()
            s.projects[i].nextSteps = [next(), next()]
            for j in s.projects[i].activities.indices {
                s.projects[i].activities[j].text = next(); s.projects[i].activities[j].owner = next()
            }
        }
        return NamedSession(name: "hostile-\(offset)", session: s)
    }

    /// Enough sessions to use every hostile string at least once.
    static let hostile: [NamedSession] = stride(from: 0, to: HostileStrings.all.count, by: 120).map(hostileSession)

    @Test func projectsCSVReadsBackWithPythonsCSVModule() throws {
        let sessions = [ExportFixtures.demo] + Self.hostile
        let records = ProjectRecord.all(in: sessions)
        let csv = ProjectsCSV.render(records)
        let result = try Python.run("""
            import csv, io, json, sys
            data = sys.stdin.buffer.read().decode('utf-8')
            print(json.dumps(list(csv.reader(io.StringIO(data, newline='')))))
            """, input: csv)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
        let lf = { (s: String) in s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        // Guarded by default: a cell that starts like a formula comes back with a leading '.
        let expected = [ProjectsCSV.header] + records.map { ProjectsCSV.row($0).map(CSVStyle.guarded).map(lf) }
        #expect(rows.count == expected.count)
        #expect(rows.map { $0.map(lf) } == expected)
    }

    @Test func projectsJSONFollowsItsSchema() throws {
        guard Python.has("jsonschema") else { Issue.record("python3 jsonschema is not installed"); return }
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/AgoraCore/Schema/projects.schema.json")
        for sessions in [[ExportFixtures.demo], ExportFixtures.folder, Self.hostile] {
            let json = ProjectsJSON.render(ProjectRecord.all(in: sessions))
            let result = try Python.run("""
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '\(schema.path)'))
                jsonschema.Draft202012Validator.check_schema(schema)
                doc = json.loads(sys.stdin.buffer.read().decode('utf-8'))
                errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
                for e in errors[:5]: print(e.message, list(e.path))
                sys.exit(1 if errors else 0)
                """, input: json)
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let back = try JSONDecoder().decode(ProjectsJSON.Document.self, from: Data(json.utf8))
            #expect(back.projects == ProjectRecord.all(in: sessions))
        }
    }

    /// HTML text as python's html.parser gives it back: what ``HTMLText/escape(_:)`` keeps.
    static func htmlVisible(_ s: String) -> String {
        String(String.UnicodeScalarView(s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .unicodeScalars.filter { !HTMLTextRules.forbidden($0) }))
    }

    @Test func hostileTextInHTMLComesBackAsTextWithoutInjectedTags() throws {
        // Each string alone in a paragraph: the parser must see one <p> each, holding exactly the text.
        let strings = HostileStrings.all
        let page = "<!DOCTYPE html><html><body>" + strings.map { "<p>\(HTMLText.escape($0))</p>" }.joined() + "</body></html>"
        let result = try Python.run("""
            import json, sys
            from html.parser import HTMLParser
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True); self.tags = []; self.texts = []; self.inp = False
                def handle_starttag(self, tag, attrs):
                    self.tags.append(tag)
                    if tag == 'p': self.inp = True; self.texts.append('')
                def handle_endtag(self, tag):
                    if tag == 'p': self.inp = False
                def handle_data(self, data):
                    if self.inp: self.texts[-1] += data
                def handle_comment(self, data): self.tags.append('!--')
                def handle_decl(self, decl): self.tags.append('!' + decl)
                def unknown_decl(self, data): self.tags.append('?')
                def handle_pi(self, data): self.tags.append('?')
            p = P(); p.feed(sys.stdin.buffer.read().decode('utf-8')); p.close()
            print(json.dumps({'tags': p.tags, 'texts': p.texts}))
            """, input: page)
        try #require(result.status == 0, "\(result.stderr)")
        struct Parsed: Decodable { var tags: [String]; var texts: [String] }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
        #expect(parsed.tags == ["!DOCTYPE html", "html", "body"] + Array(repeating: "p", count: strings.count))
        #expect(parsed.texts.count == strings.count)
        for (text, original) in zip(parsed.texts, strings) where text != Self.htmlVisible(original) {
            Issue.record("HTML text changed: \(original.debugDescription) came back as \(text.debugDescription)")
        }
    }

    @Test func hostileProjectsAndCompendiumPagesHaveOnlyTheirOwnTags() throws {
        let projects = ProjectRecord.all(in: Self.hostile)
        let compendium = ExperienceCompendium(Self.hostile)
        for (page, cards) in [(ProjectsHTML.render(projects), projects.count), (ExperiencesHTML.render(compendium), compendium.count)] {
            let result = try Python.run("""
                import json, sys
                from html.parser import HTMLParser
                class P(HTMLParser):
                    def __init__(self): super().__init__(); self.tags = set(); self.attrs = set(); self.sections = 0; self.other = 0
                    def handle_starttag(self, tag, attrs):
                        self.tags.add(tag); self.attrs.update(a for a, _ in attrs)
                        if tag == 'section': self.sections += 1
                    def handle_comment(self, data): self.other += 1
                    def handle_pi(self, data): self.other += 1
                    def unknown_decl(self, data): self.other += 1
                p = P(); p.feed(sys.stdin.buffer.read().decode('utf-8')); p.close()
                print(json.dumps({'tags': sorted(p.tags), 'attrs': sorted(p.attrs), 'sections': p.sections, 'other': p.other}))
                """, input: page)
            try #require(result.status == 0, "\(result.stderr)")
            struct Parsed: Decodable { var tags: [String]; var attrs: [String]; var sections: Int; var other: Int }
            let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
            let allowed: Set = ["html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "table", "thead",
                                "tbody", "tr", "th", "td", "section", "dl", "dt", "dd", "ul", "ol", "li", "span", "footer"]
            #expect(Set(parsed.tags).isSubset(of: allowed), "unexpected elements: \(Set(parsed.tags).subtracting(allowed))")
            #expect(Set(parsed.attrs).isSubset(of: ["lang", "charset", "name", "content", "class", "scope"]))
            #expect(parsed.sections == cards)
            #expect(parsed.other == 0)
        }
    }
}

/// The characters ``HTMLText`` drops, restated for the test (C0 controls but tab and LF, DEL,
/// C1, and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF that html5lib refuses).
enum HTMLTextRules {
    static func forbidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n") || (0x7F...0x9F).contains(s.value)
            || (0xFDD0...0xFDEF).contains(s.value) || s.value & 0xFFFE == 0xFFFE
    }
}
