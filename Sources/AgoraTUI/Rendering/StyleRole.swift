/// What a cell means, not how it looks. Themes map each role to colours and attributes,
/// so views never name a colour and a theme can restyle every screen at once.
public enum StyleRole: String, CaseIterable, Codable, Sendable {
    case normal, dim, title, header, border
    /// The selected row of a list or table (also marked with "›" so colour is not the only signal).
    case selected
    case accent
    /// A key name in the hint bar and the help overlay.
    case key
    case hint
    case status
    case bar
    case warning, error, success
    /// A text field being edited.
    case input
    /// The body of a modal (help, confirmation, palette).
    case modal
    case tabActive, tabInactive

    /// One letter per role, for the style layer of snapshots (``Buffer/roleLine(_:)``): upper
    /// case for the roles that carry meaning — `S` the selected row, `W` a warning, `E` an
    /// error or refusal, `T` the active tab; `.` is normal text.
    public var letter: Character {
        switch self {
        case .normal: "."
        case .dim: "d"
        case .title: "t"
        case .header: "h"
        case .border: "b"
        case .selected: "S"
        case .accent: "a"
        case .key: "k"
        case .hint: "i"
        case .status: "s"
        case .bar: "r"
        case .warning: "W"
        case .error: "E"
        case .success: "o"
        case .input: "n"
        case .modal: "m"
        case .tabActive: "T"
        case .tabInactive: "x"
        }
    }

    /// A stable small number per role (used for colour pairs).
    public var index: Int { StyleRole.allCases.firstIndex(of: self)! }
}
