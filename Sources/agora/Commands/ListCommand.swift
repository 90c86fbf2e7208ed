import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora list`: the sessions library as a table, newest meeting first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the session files of the sessions library.",
        discussion: """
        The library is a folder of session files: DIR or --dir DIR; else $AGORA_HOME (the folder \
        itself); else $XDG_DATA_HOME/agora/sessions; else ~/.local/share/agora/sessions. Files are \
        only read, never locked or changed. A damaged or foreign file is listed as unreadable, \
        with the reason. The library's own folder is created when it does not exist yet (a \
        folder named as DIR never is).
        """)

    @Argument(help: "The sessions folder.", completion: .directory) var folder: String?
    @Option(help: "The sessions folder (same as DIR).", completion: .directory) var dir: String?
    @Flag(help: "Print JSON instead of a table.") var json = false

    func validate() throws {
        if folder != nil, dir != nil, folder != dir { throw ValidationError(LibraryCommandText.table("cli.library.folderOnce")) }
    }

    func run() throws {
        let explicit = folder ?? dir
        let url = LibraryLocation.folder(explicit: explicit)
        let library = SessionLibrary(folder: url, displayFolder: explicit ?? url.path)
        if explicit == nil, !FileManager.default.fileExists(atPath: url.path) {
            // A fresh home: the library's own folder is made, and is empty. (A folder named
            // on the command line is never created: a typo there is an error.)
            do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
                throw UserFacingError(LibraryCommandText.table("cli.list.cannotCreate",
                                                               ["folder": url.path, "reason": (error as NSError).localizedDescription]))
            }
            Console.print(json ? LibraryListing.json([]) : LibraryCommandText.table("cli.list.noneYet", ["folder": url.path]))
            return
        }
        let entries = try library.entries()
        Console.print(json ? LibraryListing.json(entries) : LibraryListing.table(entries, folder: library.displayFolder))
    }
}

/// How `agora list` writes the library.
enum LibraryListing {
    static func table(_ entries: [LibraryEntry], folder: String) -> String {
        let t = LibraryCommandText.table
        guard !entries.isEmpty else { return t("cli.list.empty", ["folder": folder]) }
        var rows = [["date", "city", "area", "people", "topics", "projects", "path"].map { t("cli.list.column." + $0) }]
        var problems: [String] = []
        for e in entries {
            switch e.content {
            case .session(let f):
                rows.append([f.date.description, TextRules.singleLine(f.city), f.area.rawValue, "\(f.participants)",
                             "\(f.topics)", "\(f.projects)", e.path])
            case .unreadable(let reason):
                rows.append([t("cli.list.unreadable"), "", "", "", "", "", e.path])
                // The store's reasons usually start with the file already.
                problems.append("  " + (reason.hasPrefix(e.path) ? reason : Typography.labelled(e.path, reason, in: .current)))
            }
        }
        var out = PlainTable.lines(rows, rightAligned: [3, 4, 5])
        let readable = entries.count - problems.count
        out.append("")
        out.append(t(problems.isEmpty ? "cli.list.count" : "cli.list.countWithUnreadable",
                     ["count": "\(readable)", "unreadable": "\(problems.count)"]))
        out += problems
        return out.joined(separator: "\n")
    }

    struct Row: Encodable {
        var path: String
        var name: String
        var readable: Bool
        var title: String?
        var date: String?
        var city: String?
        var area: String?
        var participants: Int?
        var topics: Int?
        var projects: Int?
        var reason: String?
    }

    static func json(_ entries: [LibraryEntry]) -> String {
        let rows = entries.map { e -> Row in
            switch e.content {
            case .session(let f):
                return Row(path: e.path, name: e.name, readable: true, title: f.title, date: f.date.description, city: f.city,
                           area: f.area.rawValue, participants: f.participants, topics: f.topics, projects: f.projects)
            case .unreadable(let reason):
                return Row(path: e.path, name: e.name, readable: false, reason: reason)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(rows), as: UTF8.self)
    }
}
