import AgoraStore
import ArgumentParser
import Foundation

/// `agora repair FILE`: the way out when a session's journal is damaged. Writes what can be
/// recovered to a new file beside it and reports every line of the journal; changes nothing.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Recover a session whose journal is damaged into a new file beside it (the original is left untouched).",
        discussion: """
        Replays every intact change of FILE's journal (FILE.journal) on top of FILE and writes \
        the result to NAME.repaired.json beside it (NAME.repaired-2.json… if that exists), then \
        lists each line of the journal: kept, or not kept and why. FILE and its journal are \
        not changed. Check the copy (agora show NAME.repaired.json); if it is right, move it \
        over FILE and move FILE.journal aside.
        """)

    @Argument(help: "The session file whose journal is damaged.") var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let recovery = try JournalRecovery.recover(url)
        guard !recovery.lines.isEmpty else {
            print(LibraryCommandText.table("cli.repair.nothing", ["file": recovery.file]))
            return
        }
        let copy = try recovery.write(beside: url)
        let name = file.hasPrefix("/") ? copy.path : copy.relativePath(from: url)
        let changes = recovery.keptCount + recovery.lostCount
        let t = LibraryCommandText.table
        let names = ["name": name, "file": recovery.file, "journal": recovery.journal]
        print(t("cli.repair.wrote", names.merging(["kept": "\(recovery.keptCount)", "total": "\(changes)"]) { a, _ in a }))
        print(recovery.report)
        print(t("cli.repair.next", names))
    }
}

private extension URL {
    /// The copy named as the user named the original: same folder prefix.
    func relativePath(from original: URL) -> String {
        let folder = (original.relativePath as NSString).deletingLastPathComponent
        return folder.isEmpty ? lastPathComponent : folder + "/" + lastPathComponent
    }
}
