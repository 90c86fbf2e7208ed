import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// Regressions of issue 9 (findings 1, 2 and 4), through the real binary: a huge number on the
/// command line is refused with its range and leaves the session readable; a file holding one
/// is refused at load by every verb, with its place, instead of crashing them.
@Suite("CLI: hostile numbers and files")
struct HostileNumbersCLITests {
    static let readVerbs: [[String]] = [
        ["show", "m.json"],
        ["results", "m.json", "--show-hidden"],
        ["schedule", "m.json", "--seed", "1"],
        ["export", "m.json", "--what", "report", "--format", "markdown"],
    ]

    func demo(_ dir: TemporaryFolder) throws {
        let made = try AgoraBinary.run(["demo", "--save", "m.json"], in: dir.url)
        #expect(made.status == 0, "\(made.stderr)")
    }

    /// Finding 1: `agora tally FILE 1 9223372036854775807` exited 0, and every read verb then
    /// died of an arithmetic overflow.
    @Test func aHugeTallyIsRefusedAndTheSessionStaysReadable() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        #expect(try AgoraBinary.run(["voting", "m.json", "open"], in: dir.url).status == 0)
        let before = try Data(contentsOf: dir.url.appendingPathComponent("m.json"))
        let tally = try AgoraBinary.run(["tally", "m.json", "1", "9223372036854775807"], in: dir.url)
        #expect(tally.status == 1)
        #expect(tally.stderr == "agora: A wall count is 0 to 1000000 (got 9223372036854775807)\n")
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("m.json")) == before)
        for verb in Self.readVerbs {
            let run = try AgoraBinary.run(verb, in: dir.url)
            #expect(run.status == 0, "\(verb): \(run.stderr)")
        }
        let edge = try AgoraBinary.run(["tally", "m.json", "1", "1000000"], in: dir.url)
        #expect(edge.status == 0, "\(edge.stderr)")
        #expect(try AgoraBinary.run(["results", "m.json", "--show-hidden"], in: dir.url).status == 0)
    }

    /// Finding 1: `agora group FILE --min 9 --max 9223372036854775807` crashed in the grouping
    /// explanation.
    @Test func aHugeGroupSizeIsRefused() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let group = try AgoraBinary.run(["group", "m.json", "--min", "9", "--max", "9223372036854775807"], in: dir.url)
        #expect(group.status == 1)
        #expect(group.stderr == "agora: The largest group size is 1 to 10000 people (got 9223372036854775807)\n")
        let negative = try AgoraBinary.run(["group", "m.json", "--min=-9223372036854775808"], in: dir.url)
        #expect(negative.status == 1)
        #expect(negative.stderr == "agora: The smallest group size cannot be negative\n")
    }

    /// A number too long for an `Int` in an option or argument said only "The value … is
    /// invalid"; it now says the quantity's range, as a number that fits but is out of range
    /// does. Still a usage error (exit 2), and nothing is written.
    @Test(arguments: [
        (["tally", "m.json", "1", "99999999999999999999"], "A wall count is 0 to 1000000 (got 99999999999999999999)"),
        (["group", "m.json", "--max", "99999999999999999999"], "The largest group size is 1 to 10000 people (got 99999999999999999999)"),
        (["group", "m.json", "--min", "many"], "The smallest group size is 0 to 10000 people (got many)"),
        (["select", "m.json", "--count", "99999999999999999999"], "The number of topics is 0 to 10000 (got 99999999999999999999)"),
        (["settings", "m.json", "--dots", "99999999999999999999"], "The dots per participant is 1 to 1000 (got 99999999999999999999)"),
        (["new", "n.json", "--title", "T", "--city", "Lyon", "--date", "2026-05-20", "--rounds", "99999999999999999999"],
         "The number of rounds is 0 to 50 (got 99999999999999999999)"),
    ])
    func aNumberTooLongForAnIntSaysTheRange(arguments: [String], range: String) throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let before = try Data(contentsOf: dir.url.appendingPathComponent("m.json"))
        let run = try AgoraBinary.run(arguments, in: dir.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains(range), "\(run.stderr)")
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("m.json")) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("n.json").path))
    }

    /// The settings' "n or none" options read the same way: the range, not "not a number".
    @Test func aCapTooLongForAnIntSaysTheRange() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let run = try AgoraBinary.run(["settings", "m.json", "--cap", "99999999999999999999"], in: dir.url)
        #expect(run.status != 0)
        #expect(run.stderr.contains("--cap: The cap per topic is 1 to 1000 (got 99999999999999999999)"), "\(run.stderr)")
    }

    /// Findings 1 and 4: files holding 2^63−1 as a ballot, a wall count or a round length (or a
    /// capacity of −5) crashed or misled the read verbs; each is now refused at load, by each verb.
    @Test(arguments: [
        ("\"minutes\" : 50", "\"minutes\" : 9223372036854775807", "$.rounds[0].minutes: the value 9223372036854775807 is out of range; a round's length is 1 to 1440 minutes"),
        ("\"count\" : 3", "\"count\" : 9223372036854775807", "$.ballots[0].dots[0].count: the value 9223372036854775807 is out of range; a number of dots is 1 to 1000"),
        ("\"wallCounts\" : [\n    {\n      \"count\" : 2", "\"wallCounts\" : [\n    {\n      \"count\" : 9223372036854775807", "$.wallCounts[0].count: the value 9223372036854775807 is out of range; a wall count is 1 to 1000000"),
        ("\"capacity\" : 10", "\"capacity\" : -5", "$.rooms[0].capacity: the value -5 is out of range; a room's capacity is 1 to 10000 seats"),
    ])
    func aFileWithAHugeNumberIsRefusedByEveryVerb(_ old: String, _ new: String, _ message: String) throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let url = dir.url.appendingPathComponent("m.json")
        var text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(text.range(of: old))
        text.replaceSubrange(range, with: new)
        try Data(text.utf8).write(to: url)
        for verb in Self.readVerbs + [["tally", "m.json", "1", "3"]] {
            let run = try AgoraBinary.run(verb, in: dir.url)
            #expect(run.status == 1, "\(verb)")
            // The line and column depend on the demo's contents; the rest is exact.
            #expect(run.stderr.hasPrefix("agora: m.json:"), "\(verb): \(run.stderr)")
            #expect(run.stderr.hasSuffix(": \(message). Correct that value in a text editor; Agora did not change the file.\n"),
                    "\(verb): \(run.stderr)")
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }

    /// Finding 1: `agora open` died at once (SIGILL) on a session whose numbers overflowed.
    /// Run in a pseudo-terminal (util-linux `script`), as the interactive view needs one.
    @Test(.enabled(if: NeededTool.runs(FileManager.default.isExecutableFile(atPath: "/usr/bin/script")), "needs util-linux script"))
    func openRefusesTheFileInsteadOfCrashing() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let url = dir.url.appendingPathComponent("m.json")
        var text = try String(contentsOf: url, encoding: .utf8)
        text.replaceSubrange(try #require(text.range(of: "\"minutes\" : 50")), with: "\"minutes\" : 9223372036854775807")
        try Data(text.utf8).write(to: url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(AgoraBinary.url.path)' open m.json", "/dev/null"]
        process.currentDirectoryURL = dir.url
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(output)")
        #expect(output.contains("$.rounds[0].minutes: the value 9223372036854775807 is out of range; a round's length is 1 to 1440 minutes"), "\(output)")
    }

    /// Finding 2: 10 000 `[ overflowed the stack of every verb (SIGSEGV).
    @Test func deepNestingIsAMessageNotACrash() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try Data(String(repeating: "[", count: 10_000).utf8).write(to: dir.url.appendingPathComponent("m.json"))
        for verb in Self.readVerbs {
            let run = try AgoraBinary.run(verb, in: dir.url)
            #expect(run.status == 1, "\(verb)")
            #expect(run.stderr.contains("$[0][0][0][0][0][0][0][0]…: lists and objects are nested deeper than 64 levels"),
                    "\(verb): \(run.stderr)")
        }
    }

    /// Finding 7: an invisible name is refused on the command line.
    @Test func anInvisibleNameIsRefused() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let add = try AgoraBinary.run(["participant", "add", "m.json", "\u{200B}", "--city", "Rabat"], in: dir.url)
        #expect(add.status == 1)
        #expect(add.stderr == "agora: A participant needs a name\n")
    }
}
