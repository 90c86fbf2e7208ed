import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora _stress FILE --seed S --count N`: a hidden command for the crash test.
///
/// Opens FILE (creating it if missing) and applies a deterministic stream of changes: it adds
/// participants named `R<seed>-<seq>` and, every tenth one, also undoes and redoes it. After
/// each change is acknowledged by the store (journaled and fsync'd) it prints `ack <seq>` and
/// flushes, so a test that kills it at any moment knows which changes must have survived.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress", abstract: "Apply a stream of changes to a session file (for the crash test).",
        shouldDisplay: false)

    @Argument(help: "The session file; created if missing.") var file: String
    @Option(help: "Names the participants of this run (R<seed>-<seq>).") var seed: Int
    @Option(help: "How many participants to add.") var count: Int
    @Option(help: "Journaled changes between two full saves.") var foldEvery: Int = 500

    static let cities = ["Bordeaux", "Rabat", "Guangzhou", "Belo Horizonte", "Lyon", "Durban", "Kazan"]

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let store: SessionStore
        if FileManager.default.fileExists(atPath: url.path) {
            store = try SessionStore.open(at: url)
        } else {
            let meeting = Meeting(title: "Crash test", hostCity: "Bordeaux", date: CalendarDate(year: 2013, month: 6, day: 27)!, area: .economy)
            store = try SessionStore.create(at: url, session: Session(meeting: meeting))
        }
        store.foldEvery = max(1, foldEvery)
        let out = FileHandle.standardOutput
        for seq in 1...max(1, count) {
            let fields = ParticipantFields(name: "R\(seed)-\(seq)", city: Self.cities[(seed + seq) % Self.cities.count])
            try store.apply(.people(.add(fields)))
            if seq % 10 == 0 {
                try store.undo()
                try store.redo()
            }
            out.write(Data("ack \(seq)\n".utf8))
        }
        try store.close()
    }
}
