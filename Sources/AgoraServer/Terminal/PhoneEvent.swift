import Foundation
import AgoraCore
import AgoraStore

/// One line for the facilitator about a request from a phone: what kind of event it was
/// (joined, voted, proposed, shared, interested, refused) and the reducer's own words.
public struct PhoneEvent: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case joined, voted, proposed, shared, interested, refused, changed
    }

    public var kind: Kind
    public var who: String
    public var text: String

    public init(_ outcome: SessionInbox.Outcome) {
        who = outcome.origin.label
        switch outcome.result {
        case .failure(let error):
            kind = .refused
            text = (error as? AgoraError)?.description ?? String(describing: error)
        case .success(let summary):
            text = summary
            switch outcome.operation {
            case .phones(.claim), .phones(.walkIn): kind = .joined
            case .phones(.act(.vote, _)): kind = .voted
            case .phones(.act(.propose, _)): kind = .proposed
            case .phones(.act(.share, _)): kind = .shared
            case .phones(.act(.markInterest, _)): kind = .interested
            default: kind = .changed
            }
        }
    }

    /// `voted    Ana voted from a phone: 5 dots`; a refusal names the phone it came from.
    public var description: String {
        let label = kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        return kind == .refused ? "\(label)\(who): \(text)" : "\(label)\(text)"
    }
}
