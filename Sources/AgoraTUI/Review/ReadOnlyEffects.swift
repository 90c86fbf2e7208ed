/// The review browser never changes a session: what a hosted phase screen asks to change
/// (an operation, undo, redo, a save, the round timer) becomes one error message instead.
enum ReadOnlyEffects {
    static var notice: String { ReviewText.table("review.notice") }

    /// `effects` with every change replaced by the read-only notice (once); a confirmation
    /// whose only outcome is a change is not asked at all.
    static func filter(_ effects: [Effect]) -> [Effect] {
        var out: [Effect] = []
        func refuse() { if !out.contains(.error(notice)) { out.append(.error(notice)) } }
        for effect in effects {
            switch effect {
            case .apply, .undo, .redo, .save, .timer: refuse()
            case .confirm(let request, let onConfirm):
                let kept = filter(onConfirm)
                if kept.contains(.error(notice)) { refuse() } else { out.append(.confirm(request, onConfirm: kept)) }
            default: out.append(effect)
            }
        }
        return out
    }
}
