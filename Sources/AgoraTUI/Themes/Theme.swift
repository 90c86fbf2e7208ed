import Foundation

/// How each ``StyleRole`` looks: foreground, background and attributes.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: RoleStyle]

    public init(name: String, styles: [StyleRole: RoleStyle]) { self.name = name; self.styles = styles }

    /// The style of `role` (roles a theme leaves out look like `normal`).
    public func style(_ role: StyleRole) -> RoleStyle { styles[role] ?? styles[.normal] ?? RoleStyle() }

    /// The theme as a terminal of `depth` can show it: colours mapped down to 16 or 8, or
    /// dropped; without colour, roles that relied on colour alone get reverse video, so
    /// colour is never the only signal.
    public func resolved(for depth: ColorDepth) -> Theme {
        var out = self
        for role in StyleRole.allCases {
            var s = style(role)
            s.foreground = s.foreground.reduced(to: depth)
            s.background = s.background.reduced(to: depth)
            if depth == .none, s.attributes.isEmpty,
               [.selected, .tabActive, .status, .input, .bar, .key].contains(role) {
                s.attributes = role == .key ? [.bold] : [.reverse]
            }
            out.styles[role] = s
        }
        return out
    }
}

/// Colours and attributes of one role.
public struct RoleStyle: Equatable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Set<TextAttribute>
    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: Set<TextAttribute> = []) {
        self.foreground = foreground; self.background = background; self.attributes = attributes
    }
}

public enum TextAttribute: String, CaseIterable, Sendable {
    case bold, reverse, underline, dim, italic
}

/// A colour: the terminal's own default, or one of the 256 indexed colours.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case index(Int)

    /// Colour names accepted in theme files, with their index.
    public static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "brightblack": 8, "gray": 8, "grey": 8, "brightred": 9, "brightgreen": 10, "brightyellow": 11,
        "brightblue": 12, "brightmagenta": 13, "brightcyan": 14, "brightwhite": 15,
    ]

    /// Parses a name ("cyan", "bright-blue", "default") or a number 0–255.
    public init?(json: Any) {
        if let n = json as? Int, !(json is Bool) {
            guard (0...255).contains(n) else { return nil }
            self = .index(n); return
        }
        guard let text = json as? String else { return nil }
        let key = text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        if key == "default" || key == "none" { self = .terminalDefault; return }
        if let n = ThemeColor.names[key] { self = .index(n); return }
        if let n = Int(key), (0...255).contains(n) { self = .index(n); return }
        return nil
    }

    /// The nearest colour a terminal of `depth` has.
    public func reduced(to depth: ColorDepth) -> ThemeColor {
        guard case .index(let n) = self else { return self }
        switch depth {
        case .none: return .terminalDefault
        case .full: return self
        case .sixteen: return n < 16 ? self : .index(ThemeColor.nearestBasic(n, count: 16))
        case .eight: return n < 8 ? self : .index(n < 16 ? n - 8 : ThemeColor.nearestBasic(n, count: 8))
        }
    }

    /// The nearest of the first `count` (8 or 16) colours to xterm colour `n` (16–255).
    static func nearestBasic(_ n: Int, count: Int) -> Int {
        let rgb = xtermRGB(n)
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        var best = 0, bestDistance = Int.max
        for i in 0..<count {
            let b = basic[i]
            let d = (b.0 - rgb.0) * (b.0 - rgb.0) + (b.1 - rgb.1) * (b.1 - rgb.1) + (b.2 - rgb.2) * (b.2 - rgb.2)
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }

    static func xtermRGB(_ n: Int) -> (Int, Int, Int) {
        if n >= 232 { let v = 8 + (n - 232) * 10; return (v, v, v) }
        let i = n - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[(i / 36) % 6], steps[(i / 6) % 6], steps[i % 6])
    }
}
