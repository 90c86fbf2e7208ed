import Foundation
import Testing
import AgoraCore
import AgoraStore
import AgoraTestSupport

/// kill -9 at random moments: the real `agora` binary applies a stream of changes through the
/// store (`agora _stress`), printing `ack <seq>` once each is acknowledged; this test SIGKILLs
/// it after a random number of acknowledgements or a random delay, reopens the file, and
/// checks it always loads with every acknowledged change present. Seeded: the same run kills
/// at the same places (timing aside).
///
/// Kills: 200 (at least) locally or with `AGORA_FULL_STRESS=1`; 20 under CI (``TestEffort``).
@Suite("Crash: SIGKILL at random moments", .serialized, .timeLimit(.minutes(30)))
struct CrashTests {
    static var killCount: Int { TestEffort.size(ci: 20, local: 200) }

    @Test func acknowledgedChangesSurviveSIGKILL() throws {
        let binary = try CrashBinary.locate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("crash.json")
        var rng = SeededGenerator(seed: 20_130_627)
        var lastAck: [Int: Int] = [:]  // run (seed) -> last acknowledged seq
        var kills = 0, run = 0
        var notices: [String: Int] = [:]
        let started = Date()

        while kills < Self.killCount {
            run += 1
            let foldEvery = Int.random(in: 2...9, using: &rng)
            let child = Process()
            child.executableURL = binary
            child.arguments = ["_stress", file.path, "--seed", "\(run)", "--count", "100000", "--fold-every", "\(foldEvery)"]
            let output = Pipe(), errors = Pipe()
            child.standardOutput = output
            child.standardError = errors
            try child.run()

            // Kill after a random number of acknowledgements, or after a random delay (which
            // may land in start-up, in recovery, or in the middle of a save).
            let byAcks = Int.random(in: 0...1, using: &rng) == 0
            let acksBeforeKill = Int.random(in: 1...25, using: &rng)
            let delay = Int.random(in: 0...60, using: &rng)
            if !byAcks {
                let pid = child.processIdentifier
                DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) { kill(pid, SIGKILL) }
            }
            var text = ""
            var acks = 0
            var killed = false
            let reader = output.fileHandleForReading
            while true {
                let data = reader.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
                acks = text.split(separator: "\n").filter { $0.hasPrefix("ack ") }.count
                if byAcks, !killed, acks >= acksBeforeKill {
                    kill(child.processIdentifier, SIGKILL)
                    killed = true
                }
            }
            child.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if child.terminationReason == .uncaughtSignal {
                kills += 1
            } else {
                Issue.record("run \(run) was not killed: exit \(child.terminationStatus), stderr: \(stderr)")
                return
            }
            let last = text.split(separator: "\n").compactMap { line -> Int? in
                line.hasPrefix("ack ") ? Int(line.dropFirst(4)) : nil
            }.last ?? 0
            lastAck[run] = last

            // Reopen: read-only most of the time, for writing now and then (which folds).
            guard FileManager.default.fileExists(atPath: file.path) else {
                #expect(lastAck.values.allSatisfy { $0 == 0 }, "run \(run): the file is gone after acknowledged changes")
                continue
            }
            let mode: OpenMode = Int.random(in: 0...3, using: &rng) == 0 ? .readWrite : .readOnly
            let store: SessionStore
            do {
                store = try SessionStore.open(at: file, mode: mode)
            } catch {
                Issue.record("run \(run) (\(byAcks ? "after \(acksBeforeKill) acks" : "after \(delay) ms"), fold every \(foldEvery)): the file does not load: \(error)")
                return
            }
            for notice in store.notices { notices[String(notice.prefix(24)), default: 0] += 1 }
            let names = Set(store.session.participants.map(\.name))
            for (earlier, acknowledged) in lastAck where acknowledged > 0 {
                let missing = (1...acknowledged).filter { !names.contains("R\(earlier)-\($0)") }
                #expect(missing.isEmpty, "after run \(run): run \(earlier) acknowledged \(acknowledged) changes, missing \(missing.prefix(10))")
                if !missing.isEmpty { return }
            }
            try store.close()
        }
        let seconds = Date().timeIntervalSince(started)
        print("crash test: \(kills) kills in \(run) runs, \(lastAck.values.reduce(0, +)) acknowledged changes, \(String(format: "%.1f", seconds)) s; notices: \(notices)")
    }
}

