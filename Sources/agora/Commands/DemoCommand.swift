import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation
import Glibc

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open a temporary copy of the sample meeting: Bordeaux 2013, “Smart Economy”.",
        discussion: """
            In a terminal, the demo opens in the interactive view (press ? for keys); the copy is \
            removed when you quit unless --save keeps it. Without a terminal, the demo's summary \
            is printed.
            """)

    @Option(help: "Keep the demo session in this file (it must not exist yet).") var save: String?
    @Option(help: "Colour theme: default, light, high-contrast, mono, or a user theme.") var theme: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            if let save {
                try SessionStore.create(at: URL(fileURLWithPath: save), session: DemoSession.make(), clock: Clock.now).close()
            }
            Console.print(SessionSummary.text(DemoSession.make(), in: .current))
            return
        }
        let status = try DemoLauncher.run(themeName: theme, environment: environment, keepAt: save)
        if status != 0 { throw ExitCode(status) }
    }
}
