import Foundation
import AgoraCore
import AgoraTestSupport

/// Sessions grown by random changes (operations, undos, redos) through `SessionHistory`.
enum RandomSessions {
    struct Run {
        var session: Session
        /// The changes that succeeded, in order, with their time.
        var accepted: [(change: Change, at: Date)]
        var rejected: Int
    }

    static func session(seed: UInt64, steps: Int, from start: Session = SessionFixtures.empty) -> Run {
        var generator = OperationGenerator(seed: seed)
        var history = SessionHistory(start)
        var accepted: [(Change, Date)] = []
        var rejected = 0
        for step in 0..<steps {
            let change = generator.change(for: history.session)
            let at = SessionFixtures.start.addingTimeInterval(Double(step * 7))
            do {
                switch change {
                case .apply(let op): try history.apply(op, at: at)
                case .undo: try history.undo(at: at)
                case .redo: try history.redo(at: at)
                }
                accepted.append((change, at))
            } catch {
                rejected += 1
            }
        }
        return Run(session: history.session, accepted: accepted, rejected: rejected)
    }
}
