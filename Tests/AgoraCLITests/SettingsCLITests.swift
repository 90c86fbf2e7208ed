import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// `agora settings` and `agora new` set what the Setup screen's forms set, through the same
/// Core operations and with the same messages.
@Suite("CLI settings")
struct SettingsCLITests {
    func newMeeting(_ dir: TemporaryFolder, _ extra: [String] = []) throws -> AgoraBinary.Result {
        try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux", "--date", "2013-05-20",
                             "--area", "economy", "--rooms", "Garonne:10,Chartrons:8"] + extra, in: dir.url)
    }

    func session(_ dir: TemporaryFolder) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: dir.url.appendingPathComponent("m.json"))) as! [String: Any]
    }

    @Test func newTakesTheTimeZoneRoundsAndRules() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let made = try newMeeting(dir, ["--tz", "paris", "--start", "09:30", "--minutes", "50", "--break", "10",
                                        "--method", "approval", "--hidden-tallies", "no", "--max-per-city", "2"])
        #expect(made.status == 0, "\(made.stderr)")
        let show = try AgoraBinary.run(["settings", "m.json"], in: dir.url)
        #expect(show.stdout == """
            Smart Economy
            Bordeaux · 2013-05-20 · Smart Economy
            Time zone: Europe/Paris
            Rooms: Garonne (10), Chartrons (8)
            Rounds: 1 09:30–10:20, 2 10:30–11:20
            Voting: approval, 5 per person, at most 3 per topic
            Tallies: shown while voting
            Groups: 2–room size people, at most 2 per city

            """)
        // Without --tz, the computer's zone (here given by TZ).
        let other = try TemporaryFolder(); defer { other.remove() }
        #expect(try AgoraBinary.run(["new", "m.json", "--title", "T", "--city", "C", "--date", "2013-05-20", "--area", "env"],
                                    in: other.url, environment: ["TZ": "America/Montevideo"]).status == 0)
        #expect(try session(other)["timeZone"] as? String == "America/Montevideo")
    }

    @Test func settingsChangeEverythingTheSetupFormsDoInOneGo() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        #expect(try newMeeting(dir).status == 0)
        let r = try AgoraBinary.run(["settings", "m.json", "--title", "Smart Economy II", "--date", "2013-06-03", "--tz", "Europe/Madrid",
                                     "--room", "chartrons=Saint-Michel:6", "--add-room", "Hall:30", "--remove-room", "garonne",
                                     "--round", "2=14:00+60", "--add-round", "16:00+30",
                                     "--method", "ranked", "--dots", "4", "--cap", "none", "--hidden-tallies", "no",
                                     "--min-group", "3", "--max-group", "8", "--max-per-city", "2"], in: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            Meeting set to “Smart Economy II”, Bordeaux, 2013-06-03, Smart Economy
            Time zone: Europe/Madrid
            Room 2 is now Saint-Michel (6 seats)
            Removed room Garonne
            Added room Hall (30 seats)
            Round 2 now starts at 14:00 (60 min)
            Added a round at 16:00 (30 min)
            Voting: ranked, 4 per person
            Groups: 3–8 people, at most 2 per city

            """)
        let s = try session(dir)
        #expect(s["timeZone"] as? String == "Europe/Madrid")
        let voting = s["voting"] as! [String: Any]
        #expect(voting["method"] as? String == "ranked" && voting["capPerTopic"] == nil && voting["hideTalliesUntilClose"] as? Bool == false)
        #expect((s["rooms"] as! [[String: Any]]).map { $0["name"] as! String } == ["Saint-Michel", "Hall"])
        #expect((s["rounds"] as! [[String: Any]]).map { $0["start"] as! String } == ["10:00", "14:00", "16:00"])
    }

    @Test func aRefusedChangeNamesItsOptionAndChangesNothing() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        #expect(try newMeeting(dir).status == 0)
        let before = try Data(contentsOf: dir.url.appendingPathComponent("m.json"))
        let cap = try AgoraBinary.run(["settings", "m.json", "--add-room", "Hall:30", "--cap", "0"], in: dir.url)
        #expect(cap.status == 1)
        #expect(cap.stderr == "agora: --cap: The cap per topic must be at least 1 (got 0)\n")
        let zone = try AgoraBinary.run(["settings", "m.json", "--tz", "Europe/Bordeaux"], in: dir.url)
        #expect(zone.status == 1)
        #expect(zone.stderr.hasPrefix("agora: --tz: “Europe/Bordeaux” is not a time zone."))
        let room = try AgoraBinary.run(["settings", "m.json", "--add-room", "garonne:3"], in: dir.url)
        #expect(room.stderr == "agora: --add-room: There is already a room called garonne\n")
        let round = try AgoraBinary.run(["settings", "m.json", "--round", "1=25:00+30"], in: dir.url)
        #expect(round.status == 2 && round.stderr.contains("--round: “25:00+30” should be a start time and a length in minutes, e.g. 10:30+50"))
        let method = try AgoraBinary.run(["settings", "m.json", "--method", "borda"], in: dir.url)
        #expect(method.status == 2 && method.stderr.contains("'dots', 'approval' or 'ranked'"))
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("m.json")) == before)
    }
}
