import AgoraCore
import AgoraPalette
import AgoraTestSupport
import AgoraTUI
import Foundation
import Testing

/// `agora report` sets the report's framing as the Outcomes screen's form does, and `agora
/// export --what report` publishes it.
@Suite("CLI report framing")
struct ReportCLITests {
    func demo(_ dir: TemporaryFolder) throws {
        let made = try AgoraBinary.run(["demo", "--save", "m.json"], in: dir.url)
        try #require(made.status == 0, "\(made.stderr)")
    }

    func framing(_ dir: TemporaryFolder) throws -> [String: String]? {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.url.appendingPathComponent("m.json"))) as! [String: Any]
        return json["framing"] as? [String: String]
    }

    @Test func setsEachPartKeepsTheOthersAndShowsThem() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let empty = try AgoraBinary.run(["report", "m.json"], in: dir.url)
        #expect(empty.status == 0 && empty.stdout == "No report framing yet. Set it with: agora report FILE --context … --synthesis … --contact …\n")
        #expect(try framing(dir) == nil)

        let set = try AgoraBinary.run(["report", "m.json", "--context", "The first of the committee's working meetings.",
                                       "--contact", "Committee Secretariat, digitalcities@example.org"], in: dir.url)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "Report framing: context and contact changed\n")
        // Long text from standard input, its paragraphs kept; the other parts stay.
        let piped = try AgoraBinary.run(["report", "m.json", "--synthesis", "-"], in: dir.url,
                                        stdin: "Two projects came out of the groups.\r\n\r\nBoth are in progress.\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(try framing(dir) == ["context": "The first of the committee's working meetings.",
                                     "synthesis": "Two projects came out of the groups.\n\nBoth are in progress.",
                                     "contact": "Committee Secretariat, digitalcities@example.org"])
        let show = try AgoraBinary.run(["report", "m.json"], in: dir.url)
        #expect(show.stdout == """
            Context:
            The first of the committee's working meetings.

            Synthesis:
            Two projects came out of the groups.

            Both are in progress.

            Contact: Committee Secretariat, digitalcities@example.org

            """)

        // The published report carries it: context first, contact last.
        let page = try AgoraBinary.run(["export", "m.json", "--what", "report", "--format", "html"], in: dir.url)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("<h2>Context</h2>\n<p class=\"text\">The first of the committee&#39;s working meetings.</p>"))
        #expect(page.stdout.hasSuffix("<h2>Contact</h2>\n<p>Committee Secretariat, digitalcities@example.org</p>\n</footer>\n</body>\n</html>\n"))
        let md = try AgoraBinary.run(["export", "m.json", "--what", "report", "--format", "markdown", "--anonymize"], in: dir.url)
        #expect(md.status == 0 && md.stdout.contains("## Synthesis\n\nTwo projects came out of the groups.\n\nBoth are in progress.\n"))
        #expect(!md.stdout.contains("Claire Dubois"))

        // "" empties one part; --clear all of them.
        #expect(try AgoraBinary.run(["report", "m.json", "--context", ""], in: dir.url).stdout == "Report framing: context changed\n")
        #expect(try framing(dir)?["context"] == "")
        #expect(try AgoraBinary.run(["report", "m.json", "--clear"], in: dir.url).stdout == "Report framing cleared\n")
        #expect(try framing(dir) == nil)
    }

    @Test func mistakesAreSaidWithTheOptionAndChangeNothing() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        #expect(try AgoraBinary.run(["report", "m.json", "--contact", "Secretariat"], in: dir.url).status == 0)
        let before = try Data(contentsOf: dir.url.appendingPathComponent("m.json"))

        let long = try AgoraBinary.run(["report", "m.json", "--contact", String(repeating: "x", count: 501)], in: dir.url)
        #expect(long.status == 1)
        #expect(long.stderr == "agora: The report's contact line is at most 500 characters (got 501). Shorten it\n")

        let twice = try AgoraBinary.run(["report", "m.json", "--context", "-", "--synthesis", "-"], in: dir.url, stdin: "x")
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("--context and --synthesis both read standard input (-); give one of them as text or from a file"), "\(twice.stderr)")

        let clear = try AgoraBinary.run(["report", "m.json", "--clear", "--synthesis", "S"], in: dir.url)
        #expect(clear.status == 2)
        #expect(clear.stderr.contains("--clear empties every part, so --synthesis cannot be given with it"), "\(clear.stderr)")

        // None of the refusals touched the file.
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("m.json")) == before)

        let emptyInput = try AgoraBinary.run(["report", "m.json", "--synthesis", "-"], in: dir.url, stdin: "")
        #expect(emptyInput.status == 0 && emptyInput.stdout == "Report framing: unchanged\n")   // empty input empties the part, as "" does
        let missing = try AgoraBinary.run(["report", "nowhere.json", "--context", "C"], in: dir.url)
        #expect(missing.status == 1 && missing.stderr.contains("nowhere.json"), "\(missing.stderr)")

        #expect(try framing(dir) == ["context": "", "synthesis": "", "contact": "Secretariat"])
    }

    @Test func thePaletteOffersTheVerbAndItsOptions() throws {
        // The palette reads the CLI's own description, so the verb is there with its options.
        let dump = try AgoraBinary.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory)
        let grammar = try PaletteGrammar(dumpHelp: Data(dump.stdout.utf8))
        let s = DemoSession.make()
        #expect(grammar.completions(for: "repo", in: s).map { $0.trimmingCharacters(in: .whitespaces) } == ["report"])
        #expect(grammar.completions(for: "report --c", in: s).map { $0.trimmingCharacters(in: .whitespaces) }
                == ["report --clear", "report --contact", "report --context"])
    }

    @Test func theHelpSaysHowToGiveLongText() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let help = try AgoraBinary.run(["report", "--help"], in: dir.url)
        #expect(help.stdout.contains("--synthesis <text>"))
        #expect(help.stdout.contains("- reads standard input"))
        let top = try AgoraBinary.run(["--help"], in: dir.url)
        #expect(top.stdout.contains("report") && top.stdout.contains("Show or set the report's framing"))
    }
}
