import AgoraCore
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
            files (said on stderr), 2 a usage error. Language: `--lang en|fr|es` anywhere on \
            the command line, else AGORA_LANG, else LC_ALL, LC_MESSAGES or LANG; a new \
            session takes it as its meeting language.
            """,
        version: "0.1.0",
        subcommands: [
            // In the order of a meeting: set up, run it (in the terminal or verb by verb), review.
            NewCommand.self, SettingsCommand.self, OpenCommand.self, ServeCommand.self, DemoCommand.self, ShowCommand.self,
            ParticipantCommand.self, TopicCommand.self, ImportCommand.self,
            VotingCommand.self, VoteCommand.self, TallyCommand.self, ResultsCommand.self,
            SelectCommand.self, ScheduleCommand.self, PlanCommand.self, GroupCommand.self, MoveCommand.self,
            ExperienceCommand.self, ProjectCommand.self, PhonesCommand.self,
            ListCommand.self, ReviewCommand.self, ReportCommand.self, ExportCommand.self, RepairCommand.self,
            StressCommand.self, SyntheticCommand.self,
        ]
    )

    /// `agora` alone: the start screen (new session, a recent one, the demo).
    func run() throws {
        let status = try StartLauncher.run(themeName: nil, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }

    /// Takes the global `--lang` out, resolves the language once, and runs the command with
    /// it as ``LanguageChoice/current``.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let choice: LanguageChoice
        do {
            let option = try LanguageChoice.takeOption(from: &arguments)
            choice = try LanguageChoice.resolve(option: option, environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.warn("\(error)")
            Foundation.exit(ExitStatus.usageError)
        }
        LanguageChoice.$current.withValue(choice) { ExitStatus.main(arguments) }
    }
}
