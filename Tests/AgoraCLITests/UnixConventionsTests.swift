import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The command line behaves like a Unix tool: `-` for standard input and output, a library
/// made on first use, spreadsheet-safe CSV, lists whose items hold commas, and completions.
@Suite("CLI Unix conventions")
struct UnixConventionsTests {
    func newMeeting(_ dir: TemporaryFolder) throws {
        let r = try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux", "--date", "2013-05-20",
                                     "--area", "economy", "--tz", "Europe/Paris"], in: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// Runs a shell pipeline in `dir` with the built `agora` as `$AGORA`.
    struct Output { var status: Int32; var stdout: String; var stderr: String }

    func shell(_ script: String, in dir: TemporaryFolder) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "set -e; " + script]
        process.currentDirectoryURL = dir.url
        var env = ProcessInfo.processInfo.environment
        env["AGORA"] = AgoraBinary.url.path
        env["AGORA_NOW"] = "2013-05-20T09:00:00Z"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                                  stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func aDashReadsStandardInputAndWritesStandardOutputInAPipe() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try newMeeting(dir)
        let r = try shell("""
            printf 'name,city,organization\\nAna,Bordeaux,"=HYPERLINK(""x"")"\\nBo,"Washington, D.C.",City\\n' | "$AGORA" import m.json participants -
            "$AGORA" group m.json > /dev/null 2>&1 || true
            "$AGORA" project add m.json "Shared sensors" --lead Bordeaux --partner "Washington, D.C." --partners "Durban; Saint-Louis, Senegal" > /dev/null
            "$AGORA" export m.json --what projects --format csv -o - | python3 -c "import csv,sys; r=list(csv.reader(sys.stdin)); print(r[1][r[0].index('partner_cities')])"
            """, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Imported 2 participants") || r.stdout.contains("2 participants"), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("Durban; Saint-Louis, Senegal; Washington, D.C.\n"), "\(r.stdout)")
        let show = try AgoraBinary.run(["show", "m.json"], in: dir.url)
        #expect(show.stdout.contains("Washington, D.C."))
        // A problem in standard input is located in <stdin>.
        let bad = try AgoraBinary.run(["import", "m.json", "participants", "-"], in: dir.url, stdin: "name,city\nCy\n")
        #expect(bad.status == 1 && bad.stderr.hasPrefix("agora: <stdin>:2:"), "\(bad.stderr)")
    }

    @Test func csvExportsAreGuardedWithOptionalByteOrderMark() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try newMeeting(dir)
        #expect(try AgoraBinary.run(["project", "add", "m.json", "=HYPERLINK(\"http://x\")", "--lead", "@Bordeaux"], in: dir.url).status == 0)
        let guarded = try AgoraBinary.run(["export", "m.json", "--what", "projects", "--format", "csv", "-o", "-"], in: dir.url)
        #expect(guarded.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "\(guarded.stdout)")
        #expect(guarded.stdout.contains(",'@Bordeaux,"))
        let raw = try AgoraBinary.run(["export", "m.json", "--what", "projects", "--format", "csv", "--no-formula-guard", "--bom", "-o", "p.csv"], in: dir.url)
        #expect(raw.status == 0, "\(raw.stderr)")
        let bytes = try Data(contentsOf: dir.url.appendingPathComponent("p.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).contains(",\"=HYPERLINK(\"\"http://x\"\")\","))
        let ics = try AgoraBinary.run(["export", "m.json", "--what", "followups", "--format", "ics", "--bom"], in: dir.url)
        #expect(ics.status == 2 && ics.stderr.contains("--bom applies to CSV only"))
    }

    @Test func listOnAFreshHomeMakesTheLibraryAndSaysItIsEmpty() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let home = dir.url.appendingPathComponent("home")
        let r = try AgoraBinary.run(["list"], in: dir.url, environment: ["HOME": home.path, "XDG_DATA_HOME": "", "AGORA_HOME": ""])
        #expect(r.status == 0, "\(r.stderr)")
        let library = home.appendingPathComponent(".local/share/agora/sessions").path
        #expect(r.stdout == "No sessions yet in \(library). Start one with agora new FILE (or agora demo --save FILE).\n")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: library, isDirectory: &isDirectory) && isDirectory.boolValue)
        // The same again: now it exists and is empty.
        #expect(try AgoraBinary.run(["list"], in: dir.url, environment: ["HOME": home.path, "XDG_DATA_HOME": "", "AGORA_HOME": ""]).status == 0)
        // A folder named on the command line is never created.
        let typo = try AgoraBinary.run(["list", "no-such-folder"], in: dir.url)
        #expect(typo.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("no-such-folder").path))
    }

    @Test func completionsListEnumeratedValuesAndCompleteFiles() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let bash = try AgoraBinary.run(["--generate-completion-script", "bash"], in: dir.url)
        #expect(bash.status == 0)
        for values in [["dots", "approval", "ranked"], ["yes", "no"], FocusArea.allCases.map(\.rawValue),
                       ExportFormat.allCases.map(\.rawValue), ExportSubject.allCases.map(\.rawValue), ProjectStatus.allCases.map(\.rawValue)] {
            let list = values.map { "'\($0)'" }.joined(separator: "$'\\n'")
            #expect(bash.stdout.contains("__agora_add_completions -W \(list)"), "no completion for \(values)")
        }
        // Session files complete as *.json files (and folders).
        #expect(bash.stdout.contains("-fX '!*.@(json)'"))
        let zsh = try AgoraBinary.run(["--generate-completion-script", "zsh"], in: dir.url)
        #expect(zsh.status == 0 && zsh.stdout.contains("_files"))
    }
}
