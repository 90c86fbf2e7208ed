/// Where a topic stands in the meeting.
public enum TopicStatus: String, Codable, CaseIterable, Sendable {
    /// Pitched, open for votes.
    case proposed
    /// Chosen to run in a round.
    case selected
    /// Folded into another topic (its votes moved there).
    case merged
    /// Taken back by its proposer or the facilitator.
    case withdrawn
}

/// The facilitator's override of the automatic selection.
public enum SelectionPin: String, Codable, Sendable {
    /// Always selected, whatever its votes.
    case pinned
    /// Never selected.
    case dropped
}

/// A topic pitched on the spot, BarCamp style.
public struct Topic: Codable, Equatable, Sendable, Identifiable {
    public var id: TopicID
    public var title: String
    public var description: String
    public var proposer: ParticipantID?
    public var area: FocusArea?
    public var status: TopicStatus
    /// Set when ``status`` is ``TopicStatus/merged``.
    public var mergedInto: TopicID?
    public var selectionPin: SelectionPin?

    public init(id: TopicID, title: String, description: String = "", proposer: ParticipantID? = nil,
                area: FocusArea? = nil, status: TopicStatus = .proposed, mergedInto: TopicID? = nil,
                selectionPin: SelectionPin? = nil) {
        self.id = id; self.title = title; self.description = description; self.proposer = proposer
        self.area = area; self.status = status; self.mergedInto = mergedInto; self.selectionPin = selectionPin
    }

    /// Proposed or selected: can take votes, be scheduled, host a group.
    public var isActive: Bool { status == .proposed || status == .selected }
}

public struct TopicFields: Codable, Equatable, Sendable {
    public var title: String
    public var description: String
    public var proposer: ParticipantID?
    public var area: FocusArea?
    public init(title: String, description: String = "", proposer: ParticipantID? = nil, area: FocusArea? = nil) {
        self.title = title; self.description = description; self.proposer = proposer; self.area = area
    }
}
