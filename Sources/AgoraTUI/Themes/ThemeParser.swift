import Foundation

/// A theme file that could not be used: which file, which key, what is wrong.
public struct ThemeProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var key: String
    public var problem: String
    public var description: String { key.isEmpty ? "\(file): \(problem)" : "\(file): \(key): \(problem)" }
}

/// Reads the JSON theme format:
/// ```json
/// { "name": "default",
///   "roles": { "selected": { "fg": "black", "bg": 6, "attributes": ["bold"] }, … } }
/// ```
/// Colours are names (`black` … `white`, `bright-black` … `bright-white`, `default`) or
/// numbers 0–255; attributes are `bold`, `reverse`, `underline`, `dim`, `italic`.
public enum ThemeParser {
    public static func parse(_ data: Data, file: String) throws(ThemeProblem) -> Theme {
        func problem(_ key: String, _ text: String) -> ThemeProblem { ThemeProblem(file: file, key: key, problem: text) }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw problem("", "not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "syntax error"))")
        }
        guard let root = object as? [String: Any] else { throw problem("", "expected a JSON object at the top") }
        let name = root["name"] as? String ?? (file as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
        guard let roles = root["roles"] as? [String: Any] else { throw problem("roles", "missing, or not an object of style roles") }
        var styles: [StyleRole: RoleStyle] = [:]
        for (key, value) in roles.sorted(by: { $0.key < $1.key }) {
            guard let role = StyleRole(rawValue: key) else {
                throw problem("roles.\(key)", "not a style role (one of \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let fields = value as? [String: Any] else { throw problem("roles.\(key)", "expected an object with fg, bg, attributes") }
            var style = RoleStyle()
            for (field, raw) in fields.sorted(by: { $0.key < $1.key }) {
                let path = "roles.\(key).\(field)"
                switch field {
                case "fg", "bg":
                    guard let color = ThemeColor(json: raw) else {
                        throw problem(path, "'\(raw)' is not a colour name or 0–255")
                    }
                    if field == "fg" { style.foreground = color } else { style.background = color }
                case "attributes":
                    guard let list = raw as? [Any] else { throw problem(path, "expected a list such as [\"bold\", \"reverse\"]") }
                    for item in list {
                        guard let text = item as? String, let a = TextAttribute(rawValue: text.lowercased()) else {
                            throw problem(path, "'\(item)' is not an attribute (one of \(TextAttribute.allCases.map(\.rawValue).joined(separator: ", ")))")
                        }
                        style.attributes.insert(a)
                    }
                default:
                    throw problem(path, "unknown key (use fg, bg, attributes)")
                }
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }
}
