import Foundation

/// Finds themes by name: the user's folder first (`$XDG_CONFIG_HOME/agora/themes/NAME.json`,
/// `~/.config` by default), then the built-in ones embedded in the binary.
public struct ThemeCatalog: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) { self.environment = environment }

    /// The folder user themes are read from.
    public var userFolder: String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/agora/themes"
    }

    /// The theme called `name`, or the default one with a warning saying why it was not used.
    public func load(_ name: String?) -> (theme: Theme, warning: String?) {
        let name = name ?? "default"
        let userFile = userFolder + "/\(name).json"
        if let data = FileManager.default.contents(atPath: userFile) {
            do { return (try ThemeParser.parse(data, file: userFile), nil) } catch {
                return (Self.defaultTheme, "\(error); using the default theme")
            }
        }
        if let text = BuiltinThemes.files[name] {
            do { return (try ThemeParser.parse(Data(text.utf8), file: "Themes/\(name).json"), nil) } catch {
                return (Self.defaultTheme, "\(error); using the default theme")
            }
        }
        let known = BuiltinThemes.files.keys.sorted().joined(separator: ", ")
        return (Self.defaultTheme, "agora: no theme named '\(name)' (built in: \(known); or put \(name).json in \(userFolder)); using the default theme")
    }

    /// The built-in default (dark) theme.
    public static let defaultTheme: Theme = {
        // The embedded file is checked by a test; parsing it cannot fail.
        (try? ThemeParser.parse(Data(BuiltinThemes.files["default"]!.utf8), file: "Themes/default.json"))
            ?? Theme(name: "default", styles: [:])
    }()
}
