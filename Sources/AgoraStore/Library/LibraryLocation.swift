import Foundation

/// Where the sessions library (a folder of session files) is.
///
/// In order: a folder named on the command line (`agora list DIR`, `--dir DIR`); then
/// `AGORA_HOME`, which names the sessions folder itself (not a parent of it); then
/// `$XDG_DATA_HOME/agora/sessions`; then `~/.local/share/agora/sessions`.
public enum LibraryLocation {
    public static func folder(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        if let home = environment["AGORA_HOME"], !home.isEmpty { return URL(fileURLWithPath: home, isDirectory: true) }
        let data: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            data = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share", isDirectory: true)
        }
        return data.appendingPathComponent("agora/sessions", isDirectory: true)
    }
}
