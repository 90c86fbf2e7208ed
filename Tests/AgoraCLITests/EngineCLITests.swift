import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The engine's verbs: vote, tally, voting, results, select, schedule, group, move.
@Suite("CLI: vote, plan, groups")
struct EngineCLITests {
    /// The demo meeting saved to a file, with its plan and groups cleared, voting reopened.
    func demo(_ dir: TemporaryFolder) throws {
        #expect(try AgoraBinary.run(["demo", "--save", "m.json"], in: dir.url).status == 0)
    }

    @Test func votingOpensClosesAndHidesTallies() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        #expect(try AgoraBinary.run(["new", "m.json", "--title", "T", "--city", "Rabat", "--date", "2014-03-01",
                                     "--area", "mobility", "--dots", "2"], in: dir.url).status == 0)
        for name in ["Ana", "Bo"] {
            #expect(try AgoraBinary.run(["participant", "add", "m.json", name, "--city", name == "Ana" ? "Rabat" : "Durban"], in: dir.url).status == 0)
        }
        for title in ["Bus lanes", "Bike sharing"] {
            #expect(try AgoraBinary.run(["topic", "add", "m.json", title], in: dir.url).status == 0)
        }
        #expect(try AgoraBinary.run(["voting", "m.json", "open"], in: dir.url).stdout == "Voting opened\n")
        #expect(try AgoraBinary.run(["vote", "m.json", "ana", "bus", "bike"], in: dir.url).status == 0)
        #expect(try AgoraBinary.run(["vote", "m.json", "bo", "bike"], in: dir.url).status == 0)
        #expect(try AgoraBinary.run(["tally", "m.json", "bus", "1"], in: dir.url).stdout == "Counted 1 on the wall for “Bus lanes”\n")
        let hidden = try AgoraBinary.run(["results", "m.json"], in: dir.url)
        #expect(hidden.status == 1)
        #expect(hidden.stderr == "agora: tallies are hidden until voting closes; close it with `agora voting m.json close`, or pass --show-hidden\n")
        #expect(try AgoraBinary.run(["voting", "m.json", "close"], in: dir.url).stdout == "Voting closed\n")
        let results = try AgoraBinary.run(["results", "m.json"], in: dir.url)
        #expect(results.stdout == """
              #  topic             dots  voters  cities
              1  Bike sharing (2)     2       2       2  ahead on more distinct voters
              2  Bus lanes (1)        2       1       1
            
            \(Tally.tieBreakRule)

            """, "\(results.stdout)")
        let closed = try AgoraBinary.run(["vote", "m.json", "bo", "bus"], in: dir.url)
        #expect(closed.stderr == "agora: Voting is closed. Reopen voting to change ballots\n")
        let json = try AgoraBinary.run(["results", "m.json", "--json"], in: dir.url)
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((doc?["results"] as? [[String: Any]])?.first?["topic"] as? Int == 2)
        #expect(doc?["tieBreakRule"] as? String == Tally.tieBreakRule)
    }

    @Test func selectScheduleGroupAndMove() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try demo(dir)
        let select = try AgoraBinary.run(["select", "m.json", "--count", "4", "--pin", "open data", "--drop", "1"], in: dir.url)
        #expect(select.status == 0, "\(select.stderr)")
        #expect(select.stdout.hasPrefix("Selected 4 topics:\n"))
        #expect(select.stdout.contains("Open data for new services  (pinned)"))
        #expect(!select.stdout.contains("Linking traditional"))
        let schedule = try AgoraBinary.run(["schedule", "m.json", "--seed", "7"], in: dir.url)
        #expect(schedule.status == 0, "\(schedule.stderr)")
        #expect(schedule.stdout.contains("Conflicts: "))
        let again = try AgoraBinary.run(["schedule", "m.json", "--seed", "7"], in: dir.url)
        #expect(again.stdout == schedule.stdout)
        let group = try AgoraBinary.run(["group", "m.json", "--min", "2", "--max", "8", "--max-per-city", "2"], in: dir.url)
        #expect(group.status == 0, "\(group.stderr)")
        #expect(group.stdout.contains("Round 1"))
        #expect(group.stdout.contains("Top choice: "))
        let tooStrict = try AgoraBinary.run(["group", "m.json", "--max", "3"], in: dir.url)
        #expect(tooStrict.status == 1)
        #expect(tooStrict.stderr.contains("Nearest rules that work: "))
        #expect(tooStrict.stderr.contains("Pass --relax to apply the first"))
        let relaxed = try AgoraBinary.run(["group", "m.json", "--max", "3", "--relax"], in: dir.url)
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
        #expect(relaxed.stdout.hasPrefix("Round 1: "), "the change of rules is said first: \(relaxed.stdout)")
        let move = try AgoraBinary.run(["move", "m.json", "Claire", "--round", "2", "--topic", "open data", "--lock"], in: dir.url)
        // The move applies, and says that it makes the group too big (the facilitator decides).
        #expect(move.stdout == "Moved Claire Dubois to “Open data for new services” in round 2 (locked); warning: “Open data for new services” has 9 people; groups have at most 8\n", "\(move.stderr)")
        let wrongRound = try AgoraBinary.run(["move", "m.json", "Claire", "--round", "1", "--topic", "open data"], in: dir.url)
        #expect(wrongRound.stderr == "agora: “Open data for new services” does not run in round 2\n".replacingOccurrences(of: "round 2", with: "round 1"))
        let regroup = try AgoraBinary.run(["group", "m.json", "--round", "2"], in: dir.url)
        #expect(regroup.status == 0, "\(regroup.stderr)")
        #expect(regroup.stdout.contains("Claire Dubois (Bordeaux) 🔒"))
    }
}
