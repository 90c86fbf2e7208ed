import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

struct ImportCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import participants, topics or votes from a CSV file (all rows or none).",
        discussion: """
            The first row names the columns (any order):
              participants: name,city[,organization][,role][,email]
              topics:       title[,proposer][,description]
              votes:        participant,topic,dots
            A registration list (Eventbrite, pretix…) imports as it is: First Name + Last
            Name, Attendee name, Company, Town, E-mail… are recognised, and other columns are
            ignored (the summary names them). --map name="First Name+Last Name",city=Town
            says which headers feed which column in any other list.
            UTF-8, with or without a byte order mark; RFC 4180 quoting; fields separated by
            commas, semicolons or tabs (whichever the header uses).
            """)

    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Argument(help: "What the CSV holds: participants, topics or votes.", completion: .list(["participants", "topics", "votes"])) var kind: String
    @Argument(help: "The CSV file; - reads standard input.", completion: .file(extensions: ["csv", "txt"])) var csvFile: String

    @Option(name: .customLong("map"), help: ArgumentHelp("Which headers feed which column: column=Header[+Header],… (repeatable).", valueName: "column=header"))
    var map: [String] = []

    func validate() throws {
        guard ImportKind(rawValue: kind) != nil else {
            throw ValidationError(MeetingCommandText.table("cli.import.notAKind", ["value": kind]))
        }
    }

    func perform(on store: SessionStore) throws -> String {
        let fromStdin = csvFile == "-"
        let source = fromStdin ? "<stdin>" : csvFile
        let data: Data
        do {
            data = fromStdin ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: csvFile))
        } catch {
            throw UserFacingError(MeetingCommandText.table("cli.import.cannotRead",
                                                           ["file": csvFile, "reason": (error as NSError).localizedDescription]))
        }
        // Checked by the one apply that imports it: each row goes through the reducer once.
        let kind = ImportKind(rawValue: kind)!
        let prepared = try CSVImport.prepare(kind, csv: [UInt8](data), source: source,
                                             map: try ImportColumnMap.parse(map, for: kind), into: store.session)
        return try store.apply(prepared.operation, batchFailure: prepared.failure)
    }
}
