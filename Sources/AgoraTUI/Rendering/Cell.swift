/// One terminal cell: a grapheme cluster, the columns it takes, and its style role.
///
/// A cluster two columns wide takes two cells: the first holds the text and `width == 2`,
/// the second is a *continuation* (`text == ""`, `width == 0`). A continuation is never
/// drawn on its own, so a wide character is never split.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: StyleRole

    public init(text: String, width: Int, role: StyleRole) {
        self.text = text; self.width = UInt8(clamping: width); self.role = role
    }

    /// A space in the normal role.
    public static let blank = Cell(text: " ", width: 1, role: .normal)
    public static func blank(_ role: StyleRole) -> Cell { Cell(text: " ", width: 1, role: role) }
    static func continuation(_ role: StyleRole) -> Cell { Cell(text: "", width: 0, role: role) }

    public var isContinuation: Bool { width == 0 }
}
