import AgoraCore
import AgoraStore
import Foundation

// The tools that write benchmark inputs (they are not tests: they assert nothing). From
// Tests/Benchmarks, with a release build:
//   swift run -c release agora-tools referee DIR        grouped sessions and timings for group_referee.py
//   swift run -c release agora-tools library DIR [N]    N session files (1000) for `agora list` / `export`

let usage = """
    usage: agora-tools referee DIR       write grouped sessions, their timings and benchmarks.txt to DIR
           agora-tools library DIR [N]   write N synthetic session files (default 1000) to DIR
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let tool = arguments.first else { fail(usage) }
guard arguments.count >= 2 else { fail("agora-tools \(tool): name the folder to write to\n" + usage) }
let folder = URL(fileURLWithPath: arguments[1], isDirectory: true)

do {
    switch tool {
    case "referee":
        guard arguments.count == 2 else { fail("agora-tools referee: one folder only\n" + usage) }
        print(try RefereeExport.write(to: folder), terminator: "")
    case "library":
        guard arguments.count <= 3 else { fail("agora-tools library: a folder and a count only\n" + usage) }
        let count = arguments.count == 3 ? Int(arguments[2]) : 1000
        guard let count, count > 0 else { fail("agora-tools library: the count ‘\(arguments[2])’ is not a whole number above 0") }
        try SyntheticLibrary.write(count: count, to: folder)
        print("\(count) session files written to \(folder.path)")
    default:
        fail("agora-tools: no tool ‘\(tool)’\n" + usage)
    }
} catch {
    fail("agora-tools \(tool): \(ErrorText.message(error))")
}
