import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// Three phones in a real browser (headless Chromium driven by selenium) go through join,
/// propose, vote, my plan and share against `agora serve`, one in English, one whose browser asks
/// for French, one that switches to Spanish with the language menu; at 360×740 no page scrolls
/// sideways, and every page's `lang` is its phone's language.
/// Skips, saying so, only when Chromium is not installed here; under CI it runs and fails
/// without it (`.ci/run` installs it at the paths the script uses).
@Suite("Phones in a real browser", .serialized, .timeLimit(.minutes(10)))
struct BrowserTests {
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") && Python.has(["selenium"])
    }

    @Test(.enabled(if: NeededTool.runs(available), "headless Chromium, chromium-driver or python selenium is not installed (.ci/run installs them)"))
    func threePhonesJoinProposeVoteSeeTheirPlanAndShareAt360Pixels() async throws {
        let folder = try TemporaryFolder("agora-browser")
        defer { folder.remove() }
        var s = Fixture.emptySession()
        for i in 1...3 { s.must(.people(.add(ParticipantFields(name: "Phone owner \(i)", city: "City \(i)")))) }
        for title in ["Data mining for small and medium enterprises", "Greentech encounters", "Talent retention"] {
            s.must(.topics(.propose(TopicFields(title: title))))
        }
        s.must(.plan(.setSelection([TopicID(1), TopicID(2)])))
        s.must(.plan(.setSchedule([Slot(round: RoundID(1), room: RoomID(1), topic: TopicID(1)),
                                   Slot(round: RoundID(1), room: RoomID(2), topic: TopicID(2))])))
        for i in 1...3 { s.must(.groups(.move(ParticipantID(i), round: RoundID(1), topic: TopicID(i % 2 + 1), lock: false))) }
        s.must(.voting(.open))
        s.must(.phones(.setProposalsOpen(true)))
        try SessionStore.create(at: folder.file("room.json"), session: s).close()

        let serve = try ServeProcess(["room.json", "--bind", "127.0.0.1"], in: folder.url)
        let url = try #require(try await offPool { serve.joinURL() }, "\(serve.stderr)")
        let shots = folder.file("screens")
        let shotsPath = shots.path
        let run = try await offPool { try Scripts.python("browser_phones.py", [url, shotsPath]) }
        serve.signal(SIGTERM)
        #expect(try await offPool { serve.waitForExit() } == 0)
        let line = try #require(run.output.split(separator: "\n").last, "no report; \(run.errors.suffix(2000))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(report["pages"] as? Int == 24)
        #expect((report["wide"] as? [String])?.isEmpty == true, "horizontal scroll: \(report["wide"] ?? "")")
        #expect((report["errors"] as? [String])?.isEmpty == true, "\(report["errors"] ?? "")")
        let saved = try SessionStore.open(at: folder.file("room.json"), mode: .readOnly).session
        #expect(saved.ballots.count == 3)
        #expect(saved.ballots.allSatisfy { $0.dotsUsed == 5 })
        #expect(saved.topics.count == 6)
        #expect(saved.experiences.count == 3)
        if let keep = ProcessInfo.processInfo.environment["AGORA_KEEP_SCREENSHOTS"] {
            try? FileManager.default.copyItem(at: shots, to: URL(fileURLWithPath: keep))
        }
    }
}
