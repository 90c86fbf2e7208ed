import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora export`: one session file or a whole folder as a report, project files, a
/// compendium or calendars. Files are only read (never locked or changed).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a session or a folder of sessions: report, projects, experiences, calendars.",
        discussion: """
        WHAT and FORMAT combinations: \(ExportRequest.combinations).
        A folder aggregates every session file in it (unreadable ones are skipped with a note on \
        stderr); groups, results and schedule as CSV need one session file. Output is UTF-8 and \
        the same input always gives the same bytes.
        """)

    @Argument(help: "A session file, or a folder of session files.", completion: .file(extensions: ["json"])) var source: String
    @Option(help: "Format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            completion: .list(ExportFormat.allCases.map(\.rawValue))) var format: String
    @Option(help: "What to export: \(ExportSubject.allCases.map(\.rawValue).joined(separator: ", ")).",
            completion: .list(ExportSubject.allCases.map(\.rawValue))) var what: String
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"),
            completion: .file()) var output: String?
    @Flag(help: "Leave out what identifies a person: names, roles, proposers, who shared, organizations of one person; keep cities.") var anonymize = false
    @Flag(name: .customLong("no-formula-guard"), help: "CSV: leave cells starting with = + - @ tab or CR as they are (by default they get a leading ' so spreadsheets do not run them).")
    var noFormulaGuard = false
    @Flag(help: "CSV: start with a UTF-8 byte order mark, so Excel reads accents right.") var bom = false

    func request() throws -> ExportRequest {
        guard let subject = ExportSubject(rawValue: what.lowercased()) else {
            throw ValidationError(CommandText.located("--what", LibraryCommandText.table("cli.export.notASubject", [
                "value": what, "choices": ExportSubject.allCases.map(\.rawValue).joined(separator: ", ")])))
        }
        guard let fmt = ExportFormat(rawValue: format.lowercased()) else {
            throw ValidationError(CommandText.located("--format", LibraryCommandText.table("cli.export.notAFormat", [
                "value": format, "choices": ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")])))
        }
        let request = ExportRequest(subject: subject, format: fmt, anonymize: anonymize,
                                    csv: CSVStyle(formulaGuard: !noFormulaGuard, byteOrderMark: bom))
        guard request.isSupported else {
            throw ValidationError(LibraryCommandText.table("cli.export.noSuchExport", [
                "format": fmt.rawValue, "subject": subject.rawValue, "combinations": ExportRequest.combinations]))
        }
        if fmt != .csv, bom || noFormulaGuard {
            throw ValidationError(LibraryCommandText.table("cli.export.csvOnly", ["option": bom ? "--bom" : "--no-formula-guard", "format": fmt.rawValue]))
        }
        return request
    }

    func validate() throws { _ = try request() }

    func run() throws {
        var request = try request()
        let sessions = try ExportSources.read(source)
        request.language = NamedSession.outputLanguage(of: sessions, choice: LanguageChoice.current)
        let result: ExportOutput
        do { result = try request.render(sessions, now: Clock.now()) } catch let error as AgoraError where error.kind == .invalid {
            throw ValidationError(error.description)
        }
        for note in result.notes { Console.warn(note) }
        if let output, output != "-" {
            let data = Data(result.text.utf8)
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            // Standard output is free: say what was written, as the other verbs say what they did.
            Console.print(LibraryCommandText.table("cli.export.wrote", ["file": output, "bytes": "\(data.count)"]))
        } else {
            FileHandle.standardOutput.write(Data(result.text.utf8))
        }
    }
}

/// The sessions an export reads: one file, or every readable file of a folder.
enum ExportSources {
    static func read(_ source: String) throws -> [NamedSession] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw UserFacingError(LibraryCommandText.table("cli.export.noSource", ["source": source]))
        }
        if isDirectory.boolValue {
            let library = SessionLibrary(folder: URL(fileURLWithPath: source, isDirectory: true), displayFolder: source)
            var sessions: [NamedSession] = []
            for loaded in try library.load() {
                switch loaded {
                case .session(let named, _): sessions.append(named)
                case .unreadable(let path, _, let reason): Console.warn(LibraryCommandText.table("cli.export.skipped", ["path": path, "reason": reason]))
                }
            }
            return sessions
        }
        let url = URL(fileURLWithPath: source)
        let store = try SessionStore.open(at: url, mode: .readOnly)
        defer { try? store.close() }
        for notice in store.notices { Console.warn(notice) }
        var name = url.lastPathComponent
        if name.hasSuffix(".json") { name.removeLast(".json".count) }
        return [NamedSession(name: name, session: store.session)]
    }
}
