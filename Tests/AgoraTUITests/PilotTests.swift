import AgoraCore
import AgoraTestSupport
@testable import AgoraTUI
import Testing

@Suite struct PilotTests {
    @Test func startShowsTheOverview() {
        let (pilot, _) = TUIFixtures.pilot()
        #expect(Array(pilot.lines.prefix(9)) == [
            " Agora · Mini BarCamp Smart Economy                               bordeaux.json",
            "Smart Economy · Bordeaux · 2013-06-12",
            "5 participants (5 present) · 2 topics · 4 dots from 2 ballots · 0 projects",
            "[Participants]  Topics   Votes",          // not numbered: digits switch the meeting's tabs
            "",
            "      # Name                     City             Organization              Here",
            "›     1 Ana Lima                 São Paulo        Prefeitura                yes",
            "      2 Jean Dupont              Bordeaux         Bordeaux Métropole        yes",
            "      3 Thandi Nkosi             Durban           eThekwini                 yes",
        ])
        #expect(pilot.lines[9] == "      4 李雷                     北京             City Hall                 yes")
        #expect(pilot.lines[23] == "v next view  / filter  a add a participant  ? help  : command  q save and quit")
        #expect(pilot.cursor == Position(x: 0, y: 6))   // the real cursor sits on the selected row
    }

    /// Dots counted on the wall are said apart from ballots' dots, as the Vote tab says them
    /// (the Overview added them to the ballots' dots: "6 dots from 2 ballots").
    @Test func theOverviewCountsWallDotsApartFromBallots() {
        var s = TUIFixtures.bordeaux()
        s.must(.voting(.open)); s.must(.voting(.setWallCount(s.topics[0].id, count: 2)))
        let (pilot, _) = TUIFixtures.pilot(s, size: Size(width: 120, height: 24))
        #expect(pilot.lines[2] == "5 participants (5 present) · 2 topics · 4 dots from 2 ballots · 2 counted on the wall · 0 projects")
    }

    @Test func movingTheSelectionRedrawsTwoRows() {
        let (pilot, _) = TUIFixtures.pilot()
        pilot.press("j")
        #expect(pilot.lines[7].hasPrefix("›     2 Jean Dupont"))
        #expect(pilot.cursor == Position(x: 0, y: 7))
        #expect(pilot.terminal.lastChangedCells <= 2 * 80)
    }

    @Test func helpIsGeneratedFromTheBindings() {
        let (pilot, _) = TUIFixtures.pilot()
        pilot.press("?")
        #expect(pilot.text.contains("Help — Esc to close"))
        for binding in OverviewScreen().bindings(context: ScreenContext(session: TUIFixtures.bordeaux())).prefix(10) {
            #expect(pilot.text.contains(binding.description))
        }
        #expect(pilot.text.contains("j/↓"))
        #expect(!pilot.text.contains("earlier commands"))
        for _ in 0..<30 { pilot.press("j") }        // scrolls the help, not the list
        #expect(pilot.text.contains("earlier commands"))
        #expect(pilot.text.contains("suspend to the shell"))
        #expect(!pilot.text.contains("next screen"))  // one screen: no key goes to another
        pilot.press(.escape)
        #expect(!pilot.text.contains("Help — Esc to close"))
        #expect(pilot.text.contains("›     1 Ana Lima"))
    }

    @Test func tabsSwitchAndShowTopicsAndVotes() {
        let (pilot, _) = TUIFixtures.pilot()
        pilot.press("v")
        #expect(pilot.text.contains("Data mining for SMEs"))
        #expect(pilot.text.contains("Ana Lima"))       // the proposer column
        pilot.press("v")
        #expect(pilot.text.contains("Data mining for SMEs ████"))
    }

    @Test func filterNarrowsTheListAndPlacesTheCursorInTheField() {
        let (pilot, _) = TUIFixtures.pilot()
        pilot.press("/")
        pilot.type("bord")
        #expect(pilot.text.contains("1 match"))
        #expect(pilot.text.contains("Jean Dupont"))
        #expect(!pilot.text.contains("Ana Lima"))
        #expect(pilot.cursor == Position(x: 6, y: 4))
        pilot.type("q")                               // typed into the field, not quitting
        #expect(pilot.exit == nil)
        pilot.press(.enter)
        pilot.press(.escape)                          // clears the filter
        #expect(pilot.text.contains("Ana Lima"))
    }

    @Test func addAParticipantWithTheForm() {
        let (pilot, port) = TUIFixtures.pilot()
        pilot.press("a")
        #expect(pilot.text.contains("Add a participant"))
        pilot.type("Kofi Mensah")
        pilot.press(.tab)
        pilot.paste("Accra")
        pilot.press(.enter)
        #expect(port.session.participants.last?.name == "Kofi Mensah")
        #expect(pilot.text.contains("Added participant Kofi Mensah (Accra)"))
        pilot.press("u")
        #expect(port.session.participants.count == 5)
        #expect(pilot.text.contains("Undid: Added participant Kofi Mensah"))
    }

    @Test func removeAsksForConfirmation() {
        let (pilot, port) = TUIFixtures.pilot()
        pilot.press("d")
        #expect(pilot.text.contains("Remove Ana Lima (São Paulo)"))
        pilot.press("n")
        #expect(port.session.participants.count == 5)
        pilot.press("d"); pilot.press("y")
        #expect(port.session.participants.count == 4)
    }

    @Test func readOnlySessionsRefuseChanges() {
        let (pilot, port) = TUIFixtures.pilot(readOnly: true)
        pilot.press("h")
        #expect(port.session.participants[0].present)
        #expect(pilot.text.contains("Open read-only: this key would change the session"))
        #expect(pilot.terminal.bells == 1)
        #expect(pilot.lines[0].hasSuffix("bordeaux.json [read-only]"))
    }

    /// `agora open --read-only`: a key that would change the session opens no form (so nothing
    /// typed is lost), the hints and `?` list only the keys that work, and those still work.
    @Test func readOnlySessionsOpenNoFormAndListOnlyTheKeysThatWork() {
        let (pilot, port) = TUIFixtures.pilot(readOnly: true)
        let before = port.session
        pilot.press("a")                             // People: add a participant
        #expect(!pilot.runtime.state.focusedScreen.isEditingText)
        #expect(pilot.text.contains("Open read-only"))
        pilot.type("Zoe")
        #expect(port.session == before)
        pilot.press("/"); pilot.type("than")         // searching only looks, so it works
        #expect(pilot.runtime.state.focusedScreen.isEditingText)
        pilot.press(.escape); pilot.press(.escape)
        pilot.press("?")
        #expect(pilot.text.contains("search"))
        #expect(!pilot.text.contains("add a participant"))
        #expect(port.session == before)
    }

    @Test func paletteRunsCommandsWithHistoryAndCompletion() {
        let port = MemorySessionPort(TUIFixtures.bordeaux())
        let interpreter = FakeInterpreter(port: port)
        let terminal = MemoryTerminal()
        let runtime = AppRuntime(screens: [OverviewScreen()], terminal: terminal, port: port, interpreter: interpreter)
        let pilot = Pilot(runtime: runtime, terminal: terminal)
        pilot.press(":")
        #expect(pilot.lines[23] == ":")
        pilot.type("top")
        pilot.press(.tab)                            // two verbs start with "top": common prefix
        #expect(pilot.runtime.state.palette.field.text == "topic ")
        #expect(pilot.text.contains("topic merge"))
        pilot.type("a"); pilot.press(.tab)
        #expect(pilot.runtime.state.palette.field.text == "topic add ")
        pilot.type("\"Data for SMEs\" --by th"); pilot.press(.tab)
        #expect(pilot.lines[23] == ":topic add \"Data for SMEs\" --by \"Thandi Nkosi\"")
        #expect(pilot.cursor?.y == 23)
        pilot.press(.enter)
        #expect(port.session.topics.last?.title == "Data for SMEs")
        #expect(port.session.topics.last?.proposer == ParticipantID(3))
        #expect(pilot.text.contains("Topic 3 proposed"))
        // An interpreter's error keeps the palette open and is shown as it is (the fake's
        // words here; TmuxTests checks the real interpreter's messages).
        pilot.press(":"); pilot.type("frobnicate"); pilot.press(.enter)
        #expect(pilot.text.contains("Unknown command 'frobnicate'. Type help for the list"))
        #expect(pilot.state.overlay == .palette)
        pilot.press(.ctrl("u")); pilot.press(.up)
        #expect(pilot.lines[23] == ":frobnicate")
        pilot.press(.up)
        #expect(pilot.lines[23].hasPrefix(":topic add"))
        pilot.press(.down); pilot.press(.down)
        #expect(pilot.lines[23] == ":")
        pilot.press(.escape)
        #expect(pilot.state.overlay == nil)
        // Output of several lines opens a window.
        pilot.press(":"); pilot.type("list"); pilot.press(.enter)
        #expect(pilot.text.contains(":list"))
        #expect(pilot.text.contains("Open data portals"))
        pilot.press(.escape)
        pilot.press(":"); pilot.type("theme light"); pilot.press(.enter)
        #expect(runtime.theme.name == "light")
        #expect(terminal.theme?.name == "light")
        pilot.press(":"); pilot.type("quit"); pilot.press(.enter)
        #expect(pilot.exit == .quit)
        #expect(port.saves == 1)
    }

    @Test func resizeToAnySizeDownToOneByOne() {
        let (pilot, _) = TUIFixtures.pilot()
        for (w, h) in [(80, 24), (39, 24), (40, 10), (40, 9), (20, 5), (1, 1), (2, 1), (1, 3), (0, 0), (200, 60), (80, 24)] {
            pilot.resize(w, h)
            #expect(pilot.terminal.screen.size == Size(width: w, height: h))
            if w < 40 || h < 10 {
                if w >= 31 { #expect(pilot.text.contains("Terminal too small (need 40×10)")) }
                #expect(pilot.cursor == nil)
            } else {
                #expect(pilot.text.contains("Ana Lima"))
            }
        }
        pilot.press("?"); pilot.resize(1, 1); pilot.resize(40, 10); pilot.press(":"); pilot.resize(3, 2); pilot.resize(80, 24)
        #expect(pilot.exit == nil)
    }

    @Test(arguments: TerminationSignal.allCases)
    func signalsSaveAndStop(signal: TerminationSignal) {
        let (pilot, port) = TUIFixtures.pilot()
        pilot.send(.signal(signal))
        #expect(pilot.exit == .signal(signal))
        #expect(port.saves == 1)
        #expect(pilot.exit?.status == 128 + signal.rawValue)
    }

    @Test func quitSavesAndReportsSaveFailures() {
        let (pilot, port) = TUIFixtures.pilot()
        port.failSavesWith = "disk full"
        pilot.press(.ctrl("c"))
        #expect(pilot.exit == .quit)
        #expect(pilot.runtime.exitProblem == "agora: could not save bordeaux.json: disk full")
    }

    @Test func thousandsOfRowsScrollWithPagesAndEnds() {
        let (pilot, _) = TUIFixtures.pilot(RenderBenchmark.session(participants: 5000))
        pilot.press(.end)
        #expect(pilot.text.contains("›  5000 Participant 5000"))
        pilot.press(.pageUp)
        #expect(pilot.text.contains("Participant 4984"))
        pilot.press(.home)
        #expect(pilot.text.contains("›     1 Participant 1 "))
        pilot.send(.mouse(MouseEvent(.wheelDown, at: Position(x: 5, y: 10))))
        #expect(pilot.text.contains("›     2 Participant 2 "))
        pilot.send(.mouse(MouseEvent(.click, at: Position(x: 5, y: 10))))
        #expect(pilot.text.contains("›     5 Participant 5 "))
    }

    @Test func benchmarkReportsFigures() {
        let result = RenderBenchmark.run(participants: 5000, keystrokes: 50)
        #expect(result.keystrokes == 50)
        #expect(result.maxBytesPerMove <= 4096)
    }
}

@Suite struct StartupMessageTests {
    @Test func anErrorPerformedBeforeRunShowsOnTheFirstFrame() {
        let terminal = MemoryTerminal()
        let runtime = AppRuntime(screens: MeetingScreens.make(overview: true), terminal: terminal,
                                 port: MemorySessionPort(TUIFixtures.bordeaux()), initialFocus: 2)
        runtime.perform([.error("agora: no theme named 'nosuch'")])
        let pilot = Pilot(runtime: runtime, terminal: terminal)
        #expect(pilot.lines[22].contains("no theme named 'nosuch'"), "\(pilot.text)")
    }
}
