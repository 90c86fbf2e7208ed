import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open a temporary copy of the sample meeting: Bordeaux 2013, “Smart Economy”.")

    @Option(help: "Also keep a copy of the demo session at this path.") var save: String?

    func run() throws {
        let session = DemoSession.make()
        if let save {
            let store = try SessionStore.create(at: URL(fileURLWithPath: save), session: session, clock: Clock.now)
            try store.close()
        }
        Console.print(SessionSummary.text(session))
    }
}
