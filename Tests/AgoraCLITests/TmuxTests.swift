import AgoraTestSupport
import Foundation
import Testing

/// End-to-end tests of `agora open` in a real terminal (tmux): start, help, palette,
/// resize sweep, each termination signal with the terminal modes checked by `stty -g`.
@Suite(.serialized, .enabled(if: NeededTool.runs(TmuxSession.isAvailable), "tmux is not installed: skipping the end-to-end TUI tests"))
final class TmuxTests {
    let folder: URL

    deinit { try? FileManager.default.removeItem(at: folder) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try AgoraBinary.run(["demo", "--save", "demo.json"], in: folder)
        #expect(made.status == 0, "agora demo failed: \(made.stderr)")
    }

    /// The shell line that records the terminal modes around `agora open`, then its exit status.
    func command(_ arguments: String = "open demo.json", environment: String = "") -> String {
        "stty -g > before; \(environment) LANG=C.UTF-8 LC_ALL=C.UTF-8 '\(AgoraBinary.url.path)' \(arguments); "
            + "echo EXIT=$? > status; stty -g > after; exec sleep 600"
    }

    func read(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Waits for the meeting to open (on its Topics tab), then goes to the Overview tab (the
    /// last one: three screens back from Topics).
    func openOverview(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(tmux.waitFor("[3 Topics]") != nil, "did not start: \(tmux.screen())", sourceLocation: sourceLocation)
        tmux.send("[", "[", "[")
        #expect(tmux.waitFor("16 participants") != nil, "no overview: \(tmux.screen())", sourceLocation: sourceLocation)
    }

    func expectModesRestored(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(tmux.waitForFile("after"), "agora did not exit", sourceLocation: sourceLocation)
        _ = tmux.waitUntil { _ in !read("after").isEmpty }
        #expect(!read("before").isEmpty, sourceLocation: sourceLocation)
        #expect(read("before") == read("after"), "stty -g differs after agora exited", sourceLocation: sourceLocation)
    }

    @Test func startsShowsTheOverviewAndQuits() {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        openOverview(tmux)
        let screen = tmux.screen()
        #expect(screen.contains("Claire Dubois"), "\(screen)")
        #expect(screen.contains("? help"))
        tmux.send("j", "j")
        #expect(tmux.waitFor("›     3 Aino Virtanen") != nil, "\(tmux.screen())")
        tmux.send("q")
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=0"))
    }

    @Test func helpOverlayOpensAndCloses() {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        openOverview(tmux)
        tmux.send("?")
        let help = tmux.waitFor("Help — Esc to close")
        #expect(help?.contains("next row") == true, "\(tmux.screen())")
        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("Help — Esc to close") && $0.contains("Claire Dubois") } != nil)
        tmux.send("C-c")
        expectModesRestored(tmux)
    }

    @Test func paletteRunsTheCLIVerbsWithCompletion() throws {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("[3 Topics]") != nil)
        tmux.send(":"); tmux.type("topic a"); tmux.send("Tab")
        #expect(tmux.waitFor(":topic add") != nil, "\(tmux.screen())")
        tmux.type("\"Water reuse in parks\" --by Cla"); tmux.send("Tab")
        #expect(tmux.waitFor("--by \"Claire Dubois\"") != nil, "\(tmux.screen())")
        tmux.send("Enter")
        #expect(tmux.waitFor("Water reuse in parks") != nil, "\(tmux.screen())")
        // The same error as the command line, and the palette stays open.
        tmux.send(":"); tmux.type("topic add \"Water reuse in parks\""); tmux.send("Enter")
        #expect(tmux.waitFor("is already topic") != nil, "\(tmux.screen())")
        tmux.send("Escape")                        // (Esc and q sent together would read as Alt-q)
        #expect(tmux.waitUntil { !$0.contains("is already topic") } != nil)
        // A quote left open would swallow "--by ana" into the title: refused, nothing run.
        tmux.send(":"); tmux.type("topic add \"Unclosed quote --by ana"); tmux.send("Enter")
        #expect(tmux.waitFor("The quote \" at column 11 is never closed, so nothing was run") != nil, "\(tmux.screen())")
        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("never closed") } != nil)
        // A word that is no verb: the real interpreter's message, with the verbs to use.
        tmux.send(":"); tmux.type("frobnicate"); tmux.send("Enter")
        #expect(tmux.waitFor("Unknown command 'frobnicate'. Commands: settings, show, participant") != nil, "\(tmux.screen())")
        #expect(!tmux.screen().contains("_stress") && !tmux.screen().contains("Commands: new"))
        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("frobnicate") } != nil)
        tmux.send("q")
        expectModesRestored(tmux)
        let saved = try String(contentsOf: folder.appendingPathComponent("demo.json"), encoding: .utf8)
        #expect(saved.contains("Water reuse in parks"))
        #expect(!saved.contains("Unclosed quote"))
    }

    @Test func resizeSweepDownToOneByOneAndBack() {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        openOverview(tmux)
        for (w, h) in [(60, 20), (40, 10), (39, 10), (30, 6), (10, 3), (1, 1), (2, 1), (1, 2), (5, 5), (120, 40), (80, 24)] {
            tmux.resize(w, h)
            if w >= 40 && h >= 10 {
                #expect(tmux.waitFor("Agora") != nil, "nothing drawn at \(w)×\(h)")
            } else if w >= 30 {
                #expect(tmux.waitFor("Terminal too small") != nil, "no notice at \(w)×\(h): \(tmux.screen())")
            }
        }
        #expect(tmux.waitFor("16 participants") != nil, "\(tmux.screen())")
        tmux.send("q")
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=0"))
    }

    @Test(arguments: [("INT", 130), ("TERM", 143), ("HUP", 129), ("QUIT", 131)])
    func signalsSaveAndRestoreTheTerminal(signal: String, status: Int) throws {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        openOverview(tmux)
        tmux.send("h")                                   // Claire Dubois is now absent
        #expect(tmux.waitFor("15 present") != nil, "\(tmux.screen())")
        let pid = try #require(tmux.childPID(named: "agora"))
        let number: Int32 = ["INT": SIGINT, "TERM": SIGTERM, "HUP": SIGHUP, "QUIT": SIGQUIT][signal]!
        kill(pid, number)
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=\(status)"), "status: \(read("status"))")
        let saved = try String(contentsOf: folder.appendingPathComponent("demo.json"), encoding: .utf8)
        #expect(saved.contains("\"present\" : false"), "the change was not saved on SIG\(signal)")
    }

    /// A crash (here a crash signal sent from outside) restores the terminal modes and the
    /// screen, then dies of the same signal (128 + its number).
    @Test(arguments: [("SEGV", SIGSEGV), ("ABRT", SIGABRT), ("BUS", SIGBUS), ("FPE", SIGFPE)])
    func crashesRestoreTheTerminal(name: String, signal: Int32) throws {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("[3 Topics]") != nil)
        let pid = try #require(tmux.childPID(named: "agora"))
        kill(pid, signal)
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=\(128 + signal)"), "SIG\(name): \(read("status"))")
    }

    @Test func bracketedPasteArrivesWhole() {
        let tmux = TmuxSession(command(), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("[3 Topics]") != nil)
        tmux.send(":")
        #expect(tmux.waitUntil { $0.split(separator: "\n").last?.hasPrefix(":") == true } != nil)
        // paste-buffer -p wraps the text in ESC[200~ … ESC[201~ because agora asked for it;
        // the line break becomes a space and nothing in the text runs as a key.
        _ = try? tmux.tmux(["set-buffer", "topic add \"Pasted q title\"\n--by Claire"])
        _ = try? tmux.tmux(["paste-buffer", "-p", "-t", "0"])
        #expect(tmux.waitFor(":topic add \"Pasted q title\" --by Claire") != nil, "\(tmux.screen())")
        tmux.send("Enter")
        #expect(tmux.waitFor("Pasted q title") != nil)
        tmux.send("q")
        expectModesRestored(tmux)
    }

    @Test func unknownThemeFallsBackWithAWarning() {
        let tmux = TmuxSession(command("open demo.json --theme nosuch", environment: "NO_COLOR=1"), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("no theme named 'nosuch'") != nil, "\(tmux.screen())")
        tmux.send("q")
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=0"))
    }

    @Test func unknownTerminalTypeIsExplained() {
        let tmux = TmuxSession(command(environment: "TERM=nosuchterm"), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("cannot use terminal type 'nosuchterm' (TERM). Try TERM=xterm-256color") != nil, "\(tmux.screen())")
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=1"))
    }

    @Test func aDumbTerminalIsRefusedWithAMessage() {
        let tmux = TmuxSession(command(environment: "TERM=dumb"), width: 200, in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("TERM=dumb cannot") != nil, "\(tmux.screen())")
        #expect(tmux.screen().contains("Try TERM=xterm-256color, or use the text commands"))
        expectModesRestored(tmux)
        #expect(read("status").contains("EXIT=1"))
    }

    @Test func refusesToStartWithoutATerminal() throws {
        let result = try AgoraBinary.run(["open", "demo.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "agora: the interactive view needs a terminal; use `agora show demo.json` for a text summary\n")
    }
}
