import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora phones FILE [SWITCH [VALUE]]`: what the room may do from its phones, and the
/// facilitator's say over each phone. While `agora serve` or the interactive view owns the
/// file, type the same words there (`phones release ana` at the serve console, `:phones …`).
struct PhonesCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "phones",
        abstract: "Show or change what phones may do: joining, walk-ins, proposals, interest, release, block.",
        discussion: """
        Without a switch: who joined from a phone, and what is open. Switches:
          joining open|close        new phones may join (joined ones go on)
          walk-ins on|off           phones may register people who are not on the list
          proposals open|close      phones may propose topics
          interest PROJECT open|close   phones may add their city to a candidate project
          release PERSON            free a person so that another phone can claim them
          block PERSON              block the phone that claimed PERSON (and free the person)
          unblock                   let every blocked phone in again
        """)

    enum Switch: String, ExpressibleByArgument, CaseIterable {
        case joining, walkIns = "walk-ins", proposals, interest, release, block, unblock
    }

    @Argument(help: "The session file.") var file: String
    @Argument(help: "What to change (see below); nothing to show the state.") var change: Switch?
    @Argument(help: "open/close, on/off, a person or a project, as the switch needs.") var values: [String] = []

    static var readsOnly: Bool { false }

    func perform(on store: SessionStore) throws -> String {
        let s = store.session
        guard let change else { return Self.status(s) }
        switch change {
        case .joining: return try store.apply(.phones(.setJoiningOpen(try flag(0, yes: "open", no: "close"))))
        case .walkIns: return try store.apply(.phones(.setWalkInsAllowed(try flag(0, yes: "on", no: "off"))))
        case .proposals: return try store.apply(.phones(.setProposalsOpen(try flag(0, yes: "open", no: "close"))))
        case .interest:
            let project = try s.resolveProject(try value(0, "cli.phones.needsProject"))
            return try store.apply(.phones(.setOpenForInterest(project, try flag(1, yes: "open", no: "close"))))
        case .release: return try store.apply(.phones(.release(try s.resolveParticipant(try value(0, "cli.phones.needsPerson")))))
        case .block: return try store.apply(.phones(.block(try s.resolveParticipant(try value(0, "cli.phones.needsPerson")))))
        case .unblock: return try store.apply(.phones(.unblockAll))
        }
    }

    /// The value at `index`, or the message `missing` says (with the switch and `values` in it).
    private func value(_ index: Int, _ missing: String, _ words: [String: String] = [:]) throws -> String {
        guard index < values.count else {
            throw UserFacingError(MeetingCommandText.table(missing, words.merging(["switch": change!.rawValue]) { a, _ in a }))
        }
        return values[index]
    }

    private func flag(_ index: Int, yes: String, no: String) throws -> Bool {
        switch try value(index, "cli.phones.needsFlag", ["yes": yes, "no": no]).lowercased() {
        case yes: return true
        case no: return false
        case let other:
            throw UserFacingError(MeetingCommandText.table("cli.phones.neither", ["switch": change!.rawValue, "value": other, "yes": yes, "no": no]))
        }
    }

    /// "Joining open · walk-ins off · proposals closed · 2 of 4 people joined from phones: Ana, Bo".
    static func status(_ s: Session) -> String {
        let t = MeetingCommandText.table
        let access = s.phoneAccess
        let names = access.claims.map { s.name(of: $0.participant) }
        var parts = [t(access.joiningOpen ? "cli.phones.joiningOpen" : "cli.phones.joiningClosed"),
                     t(access.walkInsAllowed ? "cli.phones.walkInsOn" : "cli.phones.walkInsOff"),
                     t(access.proposalsOpen ? "cli.phones.proposalsOpen" : "cli.phones.proposalsClosed")]
        let open = access.projectsOpenForInterest.compactMap { s.project($0)?.title }
        if !open.isEmpty { parts.append(t("cli.phones.openForInterest", ["projects": open.joined(separator: ", ")])) }
        if !access.blockedDevices.isEmpty { parts.append(t("cli.phones.blocked", ["count": "\(access.blockedDevices.count)"])) }
        let counts = ["count": "\(names.count)", "total": "\(s.participants.count)", "names": names.joined(separator: ", ")]
        let joined = t(names.isEmpty ? "cli.phones.joined" : "cli.phones.joinedNames", counts)
        return parts.joined(separator: " · ").prefix(1).uppercased() + parts.joined(separator: " · ").dropFirst() + "\n" + joined
    }
}
