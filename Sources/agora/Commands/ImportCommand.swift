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
              participants: name,city,organization[,role]
              topics:       title[,proposer][,description]
              votes:        participant,topic,dots
            UTF-8, with or without a byte order mark; RFC 4180 quoting.
            """)

    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @Argument(help: "What the CSV holds: participants, topics or votes.", completion: .list(["participants", "topics", "votes"])) var kind: String
    @Argument(help: "The CSV file; - reads standard input.", completion: .file(extensions: ["csv", "txt"])) var csvFile: String

    func validate() throws {
        guard ImportKind(rawValue: kind) != nil else {
            throw ValidationError("“\(kind)” is not something to import; use participants, topics or votes")
        }
    }

    func perform(on store: SessionStore) throws -> String {
        let fromStdin = csvFile == "-"
        let source = fromStdin ? "<stdin>" : csvFile
        let data: Data
        do {
            data = fromStdin ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: csvFile))
        } catch {
            throw UserFacingError("cannot read \(csvFile): \((error as NSError).localizedDescription)")
        }
        // Checked by the one apply that imports it: each row goes through the reducer once.
        let prepared = try CSVImport.prepare(ImportKind(rawValue: kind)!, csv: [UInt8](data), source: source, into: store.session)
        return try store.apply(prepared.operation, batchFailure: prepared.failure)
    }
}
