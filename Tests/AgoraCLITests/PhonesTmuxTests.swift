import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// The interactive view serving phones, as a facilitator runs it: `agora open --serve` in
/// tmux shows the join QR code on the projector, three phones vote over HTTP, and the Vote tab
/// shows their ballots as they arrive, with no key pressed; `W` stops and starts serving.
@Suite(.serialized, .enabled(if: NeededTool.runs(TmuxSession.isAvailable), "tmux is not installed: skipping the end-to-end TUI tests"))
final class PhonesTmuxTests {
    let folder: URL
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("AgoraServerTests/Scripts")

    deinit { try? FileManager.default.removeItem(at: folder) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-phones-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var s = Fixture.emptySession()
        for (name, city) in [("Ana Silva", "Lisbon"), ("Bo Berg", "Oslo"), ("Chen Li", "Lyon"), ("Dora Kim", "Oslo")] {
            s.must(.people(.add(ParticipantFields(name: name, city: city))))
        }
        for title in ["Data mining", "Open budgets", "Bike lanes"] { s.must(.topics(.propose(TopicFields(title: title)))) }
        s.must(.voting(.open))
        try SessionStore.create(at: folder.appendingPathComponent("m.json"), session: s).close()
    }

    func command(_ arguments: String) -> String {
        "LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 '\(AgoraBinary.url.path)' \(arguments); echo EXIT=$? > status; exec sleep 600"
    }

    /// Runs a python script of AgoraServerTests/Scripts; returns its status and output.
    func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.scripts.appendingPathComponent(script).path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The join URL as the projector's join view prints it ("Join: http://…").
    static func joinURL(in screen: String) -> String? {
        screen.split(separator: "\n").lazy.compactMap { line -> String? in
            guard let range = line.range(of: "Join: http://") else { return nil }
            return String(line[range.lowerBound...].dropFirst("Join: ".count)).trimmingCharacters(in: .whitespaces)
        }.first
    }

    @Test func threePhonesVoteAndTheVoteTabShowsTheirBallotsWithNoKey() throws {
        let tmux = TmuxSession(command("open m.json --serve --bind 127.0.0.1"), in: folder)
        defer { tmux.kill() }
        guard let projector = tmux.waitFor("Code: ", timeout: 30), let url = Self.joinURL(in: projector) else {
            Issue.record("no join view: \(tmux.screen())"); return
        }
        #expect(url.hasPrefix("http://127.0.0.1:") && url.hasSuffix("/"), "\(url)")
        #expect(projector.contains("JOIN FROM YOUR PHONE"), "\(projector)")

        // What the wall shows decodes back to the exact URL (the terminal text, as projected).
        if Python.has(["zxingcpp", "PIL"]) {
            let lines = projector.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                .filter { $0.contains("█") }
            let indent = lines.map { $0.prefix { $0 == " " }.count }.min() ?? 0
            let qr = folder.appendingPathComponent("qr.txt")
            try (lines.map { String($0.dropFirst(indent)) }.joined(separator: "\n") + "\n").write(to: qr, atomically: false, encoding: .utf8)
            let decoded = try python("qr_decode.py", [qr.path])
            #expect(decoded.output.trimmingCharacters(in: .newlines) == url, "\(decoded.output)")
        } else {
            Issue.record("python zxing-cpp and Pillow are needed (.ci/run installs them)")
        }

        // Back to the meeting, on the Vote tab: nobody has voted.
        // (Esc alone, then the next key: together they would read as Alt-4.)
        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("JOIN FROM") } != nil, "\(tmux.screen())")
        tmux.send("4")
        #expect(tmux.waitFor("0 of 4 voted") != nil, "\(tmux.screen())")
        #expect(tmux.screen().contains("serving phones"), "the header says it serves: \(tmux.screen())")

        // Three phones join and vote; no key is pressed while they do.
        let phones = try python("phones.py", [url, "--first", "1", "--count", "3", "--topics", "3"])
        #expect(phones.status == 0)
        #expect(phones.output.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count == 3, "\(phones.output)")
        let live = tmux.waitUntil { $0.contains("3 of 4 voted") && $0.contains("3 ballots · 15 dots placed") }
        #expect(live != nil, "the Vote tab did not show the phones' ballots: \(tmux.screen())")
        #expect(tmux.screen().contains("voted from a phone"), "\(tmux.screen())")

        // W stops serving: nothing listens; W again serves the same meeting token.
        tmux.send("W")
        #expect(tmux.waitFor("Stopped serving phones") != nil, "\(tmux.screen())")
        #expect(!tmux.screen().contains("serving phones ·"), "\(tmux.screen())")
        let refused = try python("phones.py", [url, "--first", "4", "--count", "1", "--topics", "3"])
        #expect(refused.output.hasPrefix("fail 4 0"), "a phone reached a stopped server: \(refused.output)")
        tmux.send("W")
        guard let again = tmux.waitFor("Code: "), let second = Self.joinURL(in: again) else {
            Issue.record("serving did not start again: \(tmux.screen())"); return
        }
        #expect(second.split(separator: "/").last == url.split(separator: "/").last, "the meeting token stays: \(url) \(second)")

        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("JOIN FROM") } != nil, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitForFile("status", timeout: 30), "agora did not exit: \(tmux.screen())")
        let store = try SessionStore.open(at: folder.appendingPathComponent("m.json"), mode: .readOnly)
        let ballots = Array(store.session.ballots)
        #expect(ballots.count == 3)
        #expect(ballots.allSatisfy { $0.dotsUsed == 5 })
    }

    @Test func theKeyAndThePaletteAreInTheHelp() {
        let tmux = TmuxSession(command("open m.json"), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("q save and quit") != nil, "\(tmux.screen())")
        tmux.send("?")
        // The help scrolls: W is in the "Everywhere" section.
        let help = tmux.waitUntil { $0.contains("serve phones") } ?? {
            for _ in 0..<30 { tmux.send("j") }
            return tmux.waitFor("serve phones")
        }()
        #expect(help != nil, "W is not in ? help: \(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitUntil { !$0.contains("Esc to close") } != nil, "\(tmux.screen())")
        tmux.send(":")
        tmux.type("ser")
        tmux.send("Tab")
        #expect(tmux.waitFor(":serve") != nil, "the palette does not complete serve: \(tmux.screen())")
        tmux.send("C-c")
        #expect(tmux.waitUntil { !$0.contains(":serve") } != nil, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitForFile("status"), "agora did not exit")
    }

    /// Issue 12, item 7: the shell under the view said "Created …json" after quitting.
    @Test func quittingAViewOpenedFromTheStartScreenPrintsNothing() {
        let tmux = TmuxSession("AGORA_HOME='\(folder.path)/library' " + command(""), in: folder)
        defer { tmux.kill() }
        #expect(tmux.waitFor("New session") != nil || tmux.waitFor("new session") != nil, "\(tmux.screen())")
        tmux.send("n")
        #expect(tmux.waitFor("Focus area") != nil, "no new-session form: \(tmux.screen())")
        tmux.send("C-u"); tmux.type("Rencontre des villes"); tmux.send("Tab")
        tmux.send("C-u"); tmux.type("Montréal"); tmux.send("Tab"); tmux.send("Tab")
        tmux.send("C-u"); tmux.type("living"); tmux.send("Tab")
        tmux.send("C-u"); tmux.type("Agora:30, Forum:12"); tmux.send("Enter")
        // The creation is said where it happens: in the view's status line.
        #expect(tmux.waitFor("Created ") != nil, "the view does not say it created the file: \(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitForFile("status", timeout: 30), "agora did not exit: \(tmux.screen())")
        _ = tmux.waitUntil { $0.contains("EXIT=") || !$0.contains("save and quit") }
        let after = tmux.screen()
        #expect(!after.contains("Created"), "quitting printed: \(after)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("library").path)) ?? []
        #expect(files.contains { $0.hasSuffix("-montreal.json") }, "\(files)")
    }
}
