import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// End-to-end tests of `agora review DIR` in a real terminal (tmux): a folder with two
/// sessions and a broken file; list, open one read-only, come back, quit, terminal restored,
/// and nothing written in the folder.
@Suite(.serialized, .enabled(if: NeededTool.runs(TmuxSession.isAvailable), "tmux is not installed: skipping the end-to-end TUI tests"))
final class ReviewTmuxTests {
    let folder: URL
    var sessions: URL { folder.appendingPathComponent("sessions") }

    deinit { try? FileManager.default.removeItem(at: folder) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-review-tmux-\(UUID().uuidString)")
        let sessions = folder.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try SessionFile.encode(DemoSession.make()).write(to: sessions.appendingPathComponent("bordeaux-2013.json"))
        var later = DemoSession.make()
        later.meeting.title = "Second working meeting — mobility"
        later.meeting.hostCity = "Rabat"
        later.meeting.date = CalendarDate(year: 2014, month: 4, day: 10)!
        later.meeting.area = .mobility
        try SessionFile.encode(later).write(to: sessions.appendingPathComponent("rabat-2014.json"))
        try Data("{ \"schemaVersion\": 1, \"meeting\": ".utf8).write(to: sessions.appendingPathComponent("broken.json"))
    }

    /// The shell line that records the terminal modes around `agora review`, then its exit status.
    func command(_ arguments: String) -> String {
        "stty -g > before; LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(AgoraBinary.url.path)' \(arguments); "
            + "echo EXIT=$? > status; stty -g > after; echo DONE; exec sleep 600"
    }

    func read(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// The folder's files and their bytes.
    func snapshot() throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: sessions.appendingPathComponent($0))) })
    }

    @Test func listsOpensReadOnlyAndQuitsLeavingTheFolderAsItWas() throws {
        let before = try snapshot()
        let tmux = TmuxSession(command("review sessions"), in: folder)
        defer { tmux.kill() }
        let list = tmux.waitFor("2 sessions, 1 unreadable")
        #expect(list?.contains("Second working meet") == true, "\(list ?? tmux.screen())")
        #expect(list?.contains("UCLG Digital Cities") == true)
        #expect(list?.contains("unreadable broken.json") == true)
        tmux.send("End")
        #expect(tmux.waitFor("⚠ sessions/broken.json") != nil, "\(tmux.screen())")
        tmux.send("Home")
        tmux.send("Enter")
        let opened = tmux.waitFor("[1 Setup]")
        #expect(opened?.contains("‹ Second working meeting — mobility") == true, "\(opened ?? tmux.screen())")
        tmux.send("]")
        #expect(tmux.waitFor("[2 People]") != nil, "\(tmux.screen())")
        tmux.send("Escape")
        #expect(tmux.waitFor("[1 Sessions]") != nil, "\(tmux.screen())")
        tmux.send("2")
        #expect(tmux.waitFor("4 projects") != nil, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitForFile("after"), "agora did not exit")
        _ = tmux.waitUntil { _ in !read("after").isEmpty }
        #expect(!read("before").isEmpty)
        #expect(read("before") == read("after"), "stty -g differs after agora exited")
        #expect(read("status").contains("EXIT=0"), "status: \(read("status"))")
        #expect(try snapshot() == before, "the review wrote into the sessions folder")
    }

    @Test func refusesToStartWithoutATerminal() throws {
        let result = try AgoraBinary.run(["review", "sessions"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "agora: the interactive view needs a terminal; `agora list sessions` shows the sessions as a table\n")
    }

    @Test func aMissingFolderIsExplainedBeforeTheTerminalIsTaken() throws {
        let result = try AgoraBinary.run(["review", "--dir", "nowhere"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("There is no sessions folder nowhere"), "\(result.stderr)")
    }
}
