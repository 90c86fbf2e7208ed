import ArgumentParser
import Foundation

/// The `agora` command: the composition root. Every verb here goes through the same
/// AgoraCore operations as the TUI and its `:` palette.
@main
struct Agora: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agora",
        abstract: "Run BarCamp-style working meetings between cities from the terminal.",
        discussion: "Session files are JSON; every change is saved before the command returns.",
        version: "0.1.0",
        subcommands: [
            NewCommand.self, ShowCommand.self, DemoCommand.self,
            ParticipantCommand.self, TopicCommand.self, ExperienceCommand.self, ProjectCommand.self,
            ImportCommand.self, ExportCommand.self, ListCommand.self,
            StressCommand.self, SyntheticCommand.self,
            VoteCommand.self, TallyCommand.self, VotingCommand.self, ResultsCommand.self,
            SelectCommand.self, ScheduleCommand.self, GroupCommand.self, MoveCommand.self,
            OpenCommand.self,
            ReviewCommand.self,
        ]
    )

    /// `agora` alone: the start screen (new session, a recent one, the demo).
    func run() throws {
        let status = try StartLauncher.run(themeName: nil, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }

    static func main() { ExitStatus.main() }
}
