import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora report`: shows or sets the framing a secretariat writes around the published report
/// (the context of the meeting series, a synthesis of the discussions, a contact line), as the
/// Outcomes screen's framing form does, through the same Core operation.
struct ReportCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Show or set the report's framing: context, synthesis and contact line.",
        discussion: """
        Without options, prints the framing. Each option given replaces that part; "" empties it; \
        the others are kept. - reads the part from standard input (one option at most), for long \
        text: agora report m.json --synthesis - < synthesis.txt. Context and synthesis keep their \
        line breaks (a blank line starts a paragraph); the contact is one line. Export the report \
        with agora export FILE --what report --format html (or markdown).
        """)

    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Option(help: ArgumentHelp("The context of the meeting series, first in the report; - reads standard input.", valueName: "text"))
    var context: String?
    @Option(help: ArgumentHelp("A synthesis of the discussions, after the context; - reads standard input.", valueName: "text"))
    var synthesis: String?
    @Option(help: ArgumentHelp("Whom to contact, last in the report (one line); - reads standard input.", valueName: "text"))
    var contact: String?
    @Flag(help: "Empty every part (the report then has no framing).") var clear = false

    func validate() throws {
        let given = [("--context", context), ("--synthesis", synthesis), ("--contact", contact)]
        let fromInput = given.filter { $0.1 == "-" }.map(\.0)
        if fromInput.count > 1 {
            let options = fromInput.joined(separator: SetupCommandText.table("cli.report.and"))
            throw ValidationError(SetupCommandText.table("cli.report.sameInput", ["options": options]))
        }
        if clear, let option = given.first(where: { $0.1 != nil })?.0 {
            throw ValidationError(SetupCommandText.table("cli.report.clearAlone", ["option": option]))
        }
    }

    func perform(on store: SessionStore) throws -> String {
        let current = store.session.framing ?? ReportFraming()
        guard clear || context != nil || synthesis != nil || contact != nil else { return Self.show(current) }
        var framing = clear ? ReportFraming() : current
        if let context { framing.context = try Self.text(context, option: "--context") }
        if let synthesis { framing.synthesis = try Self.text(synthesis, option: "--synthesis") }
        if let contact { framing.contact = try Self.text(contact, option: "--contact") }
        return try store.apply(.setup(.setFraming(framing)))
    }

    /// The option's text, or standard input's for "-" (refused on a terminal, where it would
    /// wait for text nobody is piping in: the `:` palette of the interactive view is one).
    static func text(_ value: String, option: String) throws -> String {
        guard value == "-" else { return value }
        guard isatty(STDIN_FILENO) == 0 else {
            throw UserFacingError(CommandText.located("\(option) -", SetupCommandText.table("cli.report.inputIsTerminal", ["option": option])))
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserFacingError(CommandText.located("\(option) -", SetupCommandText.table("cli.report.inputNotText")))
        }
        return text
    }

    /// The framing as `agora report FILE` prints it.
    static func show(_ f: ReportFraming) -> String {
        let t = SetupCommandText.table
        if f.isEmpty { return t("cli.report.noFraming") }
        func text(_ part: String) -> String { part.isEmpty ? t("cli.report.none") : part }
        return [t("cli.report.context") + "\n" + text(f.context), t("cli.report.synthesis") + "\n" + text(f.synthesis),
                t("cli.report.contact", ["text": text(f.contact)])]
            .joined(separator: "\n\n")
    }
}
