import AgoraCore
import Foundation

/// The first row of a meeting screen: what the phase stands at on the left, the round
/// timer on the right. When the round is over the whole row becomes a flashing
/// "TIME IS UP" banner, so the end is seen even without the bell.
enum PhaseHeader {
    /// Draws the row; returns the rest of `area` below it.
    @discardableResult
    static func render(_ text: String, context: ScreenContext,
                       into buffer: inout Buffer, area: Rect) -> Rect {
        let row = area.row(0)
        let t = context.timer, now = context.now
        if t.hasEnded(at: now) {
            let role: StyleRole = t.isFlashOn(at: now) ? .error : .warning
            buffer.write(ViewText.table("view.timeUp", ["round": "\(t.round)"]),
                         in: row, role: role, alignment: .center)
        } else {
            StatusBar.render(left: text, right: t.statusText(at: now).map { " \($0) " } ?? "",
                             into: &buffer, area: row, role: .header, leftRole: .title)
        }
        return area.droppingTop(1)
    }
}
