import AgoraCore
import AgoraStore

/// Asks Core whether an operation would be accepted, before a form closes: the form stays
/// open with Core's own message when it would not, so nothing typed is lost.
enum Trial {
    /// Core's message for `operation` on the current session, or nil when it would apply.
    static func error(of operation: AgoraCore.Operation, in context: ScreenContext) -> String? {
        do { _ = try context.session.applying(operation, at: context.now); return nil } catch {
            return ErrorText.message(error)
        }
    }
}
