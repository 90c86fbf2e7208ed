/// The moves of a list, shared by the screens' key maps.
public enum ListMove: Equatable, Sendable {
    case by(Int), page(Int), first, last

    /// j/k, arrows, PgUp/PgDn, Home/End (g is left for "generate"): wrapped into a screen's action type.
    static func bindings<A: Sendable>(_ wrap: (ListMove) -> A) -> [KeyBinding<A>] {
        [
            KeyBinding(keys: [Key("j"), .down], action: wrap(.by(1)), description: CommonText.table("common.list.next")),
            KeyBinding(keys: [Key("k"), .up], action: wrap(.by(-1)), description: CommonText.table("common.list.previous")),
            KeyBinding(.pageDown, action: wrap(.page(1)), description: CommonText.table("common.list.pageDown")),
            KeyBinding(.pageUp, action: wrap(.page(-1)), description: CommonText.table("common.list.pageUp")),
            KeyBinding(.home, action: wrap(.first), description: CommonText.table("common.list.first")),
            KeyBinding(.end, action: wrap(.last), description: CommonText.table("common.list.last")),
        ]
    }

    /// Applies the move to `list` of `count` rows with `visible` rows on screen.
    func apply(to list: inout ListState, count: Int, visible: Int) {
        switch self {
        case .by(let d): list.move(by: d, count: count)
        case .page(let d): list.move(by: d * max(1, visible), count: count)
        case .first: list.select(0, count: count)
        case .last: list.select(count - 1, count: count)
        }
        list = list.scrolled(visibleRows: max(1, visible), count: count)
    }
}
