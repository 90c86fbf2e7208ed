import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The command line is a contract: other tools and scripts call these verbs.
@Suite("CLI contract")
struct CLIContractTests {
    func newMeeting(_ dir: TemporaryFolder) throws {
        let r = try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux",
                                     "--date", "2013-05-20", "--area", "economy", "--rooms", "Garonne:10,Chartrons:8",
                                     "--rounds", "2", "--dots", "3"], in: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Created m.json: “Smart Economy”, Bordeaux, 2013-05-20\n")
    }

    @Test func aMeetingFromTheCommandLine() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try newMeeting(dir)
        for (name, city) in [("Ana", "Bordeaux"), ("Bo", "Lappeenranta"), ("Chen", "Guangzhou")] {
            #expect(try AgoraBinary.run(["participant", "add", "m.json", name, "--city", city], in: dir.url).status == 0)
        }
        let topic = try AgoraBinary.run(["topic", "add", "m.json", "Data mining for SMEs", "--by", "ana"], in: dir.url)
        #expect(topic.stdout == "1  Data mining for SMEs\n")
        #expect(try AgoraBinary.run(["topic", "add", "m.json", "Greentech encounters", "--by", "2"], in: dir.url).status == 0)
        let vote = try AgoraBinary.run(["vote", "m.json", "bo", "data", "data", "green"], in: dir.url)
        #expect(vote.stdout == "Bo: 3 of 3 dots used\n", "\(vote.stderr)")
        let over = try AgoraBinary.run(["vote", "m.json", "bo", "green"], in: dir.url)
        #expect(over.status == 1)
        #expect(over.stderr == "agora: Bo has used all 3 dots of 3. Take a dot back from another topic first\n")
        #expect(try AgoraBinary.run(["experience", "add", "m.json", "--city", "Bordeaux", "--title", "Grand Junction",
                                     "--by", "ana", "--topic", "data", "--tag", "SMEs"], in: dir.url).status == 0)
        let project = try AgoraBinary.run(["project", "add", "m.json", "Linking ICT industries", "--lead", "Bordeaux",
                                           "--partners", "Barcelona,Guangzhou", "--activity", "Online exchange every four months",
                                           "--topic", "data", "--status", "agreed"], in: dir.url)
        #expect(project.stdout == "1  Linking ICT industries — led by Bordeaux\n", "\(project.stderr)")
        // Tallies are hidden while voting is open (the session's default rule)…
        #expect(try !AgoraBinary.run(["show", "m.json"], in: dir.url).stdout.contains("Ana  2  proposed"))
        #expect(try AgoraBinary.run(["voting", "m.json", "close"], in: dir.url).status == 0)
        // … and shown once it closes.
        let show = try AgoraBinary.run(["show", "m.json"], in: dir.url)
        #expect(show.status == 0)
        #expect(show.stdout.contains("Participants (3, 3 cities)"))
        #expect(show.stdout.contains("  1  Data mining for SMEs  Ana  2  proposed"))
        #expect(show.stdout.contains("  1  Linking ICT industries — led by Bordeaux [agreed]"))
        #expect(show.stdout.contains("     1. Online exchange every four months (every 4 months)\n"))
        // The journal is folded into the file when a command ends; the lock file may stay
        // (the lock is the flock on it, released at exit).
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
        #expect(names.filter { $0 != "m.json.lock" } == ["m.json"])
    }

    @Test func exitStatusesAndMessages() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try newMeeting(dir)
        let again = try AgoraBinary.run(["new", "m.json", "--title", "X", "--city", "Y", "--date", "2013-05-20", "--area", "economy"], in: dir.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("m.json"))
        #expect(again.stderr.contains("already exists"))
        let usage = try AgoraBinary.run(["participant", "add", "m.json", "Ana"], in: dir.url)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("Missing expected argument '--city <city>'"))
        let badDate = try AgoraBinary.run(["new", "n.json", "--title", "X", "--city", "Y", "--date", "20-05-2013", "--area", "economy"], in: dir.url)
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--date: “20-05-2013” is not a date of the form YYYY-MM-DD"))
        let noDay = try AgoraBinary.run(["new", "n.json", "--title", "X", "--city", "Y", "--date", "2026-02-30", "--area", "economy"], in: dir.url)
        #expect(noDay.status == 2)
        #expect(noDay.stderr.contains("--date: “2026-02-30” is not a date: 2026-02 has 28 days"))
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("n.json").path))
        let unknown = try AgoraBinary.run(["topic", "add", "m.json", "X", "--by", "zoe"], in: dir.url)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "agora: No participant is called “zoe”. Use the number shown by `agora show`, or the start of the name\n")
        let missing = try AgoraBinary.run(["show", "nope.json"], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.json"))
    }

    @Test func importIsAllOrNothingAndSaysWhere() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try newMeeting(dir)
        try dir.write("people.csv", "\u{FEFF}name,city,organization\r\nAna,Bordeaux,Métropole\r\n\"Lee, Min\",Busan,\r\n")
        let ok = try AgoraBinary.run(["import", "m.json", "participants", "people.csv"], in: dir.url)
        #expect(ok.stdout == "Imported 2 participants from people.csv\n", "\(ok.stderr)")
        let before = try dir.read("m.json")
        try dir.write("more.csv", "name,city\nZoe,Rabat\nYan,\n")
        let bad = try AgoraBinary.run(["import", "m.json", "participants", "more.csv"], in: dir.url)
        #expect(bad.status == 1)
        #expect(bad.stderr == "agora: more.csv:3:5: city: Yan needs a city. Cities are how groups are mixed. Nothing was imported.\n")
        #expect(try dir.read("m.json") == before)
        let kind = try AgoraBinary.run(["import", "m.json", "cities", "more.csv"], in: dir.url)
        #expect(kind.status == 2)
    }

    @Test func theDemoIsTheBordeauxMeeting() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let r = try AgoraBinary.run(["demo", "--save", "demo.json"], in: dir.url, environment: ["TERM": "dumb"])
        #expect(r.status == 0, "\(r.stderr)")
        let show = try AgoraBinary.run(["show", "demo.json"], in: dir.url)
        #expect(show.stdout.hasPrefix("UCLG Digital Cities — first working meeting\nBordeaux · Hangar 14, Bordeaux · 2013-05-20 · Smart Economy\n"))
        #expect(show.stdout.contains("Linking traditional and new ICT industries — led by Bordeaux [in-progress]"))
    }
}

@Suite("CLI: exports to files")
struct ExportFileTests {
    @Test func outputIsWrittenWholeOrTheFolderIsNamed() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        #expect(try AgoraBinary.run(["demo", "--save", "d.json"], in: dir.url).status == 0)
        let ok = try AgoraBinary.run(["export", "d.json", "--what", "projects", "--format", "csv", "-o", "p.csv"], in: dir.url)
        #expect(ok.status == 0, "\(ok.stderr)")
        let written = try dir.read("p.csv")
        #expect(written.hasPrefix("session,date,host_city,area,"))
        #expect(ok.stdout == "Wrote p.csv (\(written.utf8.count) bytes)\n")
        let bad = try AgoraBinary.run(["export", "d.json", "--what", "projects", "--format", "csv", "-o", "missing/p.csv"], in: dir.url)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Cannot create a temporary file for"))
        #expect(bad.stderr.contains("Check that the folder exists and is writable; nothing was changed."))
        // No temporary file is left beside the outputs.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasPrefix(".") }.isEmpty)
    }
}
