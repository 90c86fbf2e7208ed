import Foundation

/// Expected output kept in a file beside the tests (golden files, screen snapshots): one way
/// to compare, to show the difference, and to rewrite them on request.
public enum ReferenceFile {
    /// Nil when `text` equals the file; else which lines differ. With `updateVariable=1` in
    /// the environment the file is rewritten instead (review the diff before committing).
    public static func difference(_ text: String, file url: URL, updateVariable: String) -> String? {
        let name = url.lastPathComponent
        if ProcessInfo.processInfo.environment[updateVariable] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            return "No reference file \(name) (run with \(updateVariable)=1 to record it, then review it). Got:\n" + text
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == text { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let g = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out = "\(name) differs (run with \(updateVariable)=1 to rewrite it, and review the diff):\n"
        for i in 0..<max(e.count, g.count) where (i < e.count ? e[i] : "∅") != (i < g.count ? g[i] : "∅") {
            out += "line \(i + 1)\n  expected: \(i < e.count ? String(e[i]) : "∅")\n  got:      \(i < g.count ? String(g[i]) : "∅")\n"
        }
        return out
    }
}
