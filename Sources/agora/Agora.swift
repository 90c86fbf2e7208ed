import ArgumentParser
import Foundation

/// The `agora` command: the composition root. Every verb here goes through the same
/// AgoraCore operations as the TUI and its `:` palette.
@main
struct Agora: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agora",
        abstract: "Run BarCamp-style working meetings between cities from the terminal.",
        discussion: """
            Run `agora` alone for the start screen (new session, a recent one, the demo), or \
            `agora open FILE` for a session. Session files are JSON; every change is saved \
            before a command returns. Participants and topics are named by number or by the \
            start of their name. Exit status: 0 success, 1 a problem with the meeting or its \
            files (said on stderr), 2 a usage error.
            """,
        version: "0.1.0",
        subcommands: [
            // In the order of a meeting: set up, run it (in the terminal or verb by verb), review.
            NewCommand.self, SettingsCommand.self, OpenCommand.self, ServeCommand.self, DemoCommand.self, ShowCommand.self,
            ParticipantCommand.self, TopicCommand.self, ImportCommand.self,
            VotingCommand.self, VoteCommand.self, TallyCommand.self, ResultsCommand.self,
            SelectCommand.self, ScheduleCommand.self, PlanCommand.self, GroupCommand.self, MoveCommand.self,
            ExperienceCommand.self, ProjectCommand.self, PhonesCommand.self,
            ListCommand.self, ReviewCommand.self, ExportCommand.self, RepairCommand.self,
            StressCommand.self, SyntheticCommand.self,
        ]
    )

    /// `agora` alone: the start screen (new session, a recent one, the demo).
    func run() throws {
        let status = try StartLauncher.run(themeName: nil, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }

    static func main() { ExitStatus.main() }
}
