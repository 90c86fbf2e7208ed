import AgoraCore
import AgoraPalette
@testable import AgoraTUI
import Foundation

/// Small sessions and helpers shared by the TUI tests.
enum TUIFixtures {
    static let date = CalendarDate(year: 2013, month: 6, day: 12)!

    /// The Bordeaux meeting of the seed report, with a few people and topics.
    static func bordeaux() -> Session {
        var s = Session(meeting: Meeting(title: "Mini BarCamp Smart Economy", hostCity: "Bordeaux", date: date, area: .economy))
        let people: [(String, String, String)] = [
            ("Ana Lima", "São Paulo", "Prefeitura"), ("Jean Dupont", "Bordeaux", "Bordeaux Métropole"),
            ("Thandi Nkosi", "Durban", "eThekwini"), ("李雷", "北京", "City Hall"), ("Marie Roy", "Québec", "Ville de Québec"),
        ]
        for (i, p) in people.enumerated() {
            s.participants.append(Participant(id: ParticipantID(i + 1), name: p.0, city: p.1, organization: p.2))
        }
        s.topics = [Topic(id: TopicID(1), title: "Data mining for SMEs", proposer: ParticipantID(1)),
                    Topic(id: TopicID(2), title: "Open data portals", proposer: ParticipantID(2))]
        s.ballots = [Ballot(participant: ParticipantID(1), dots: [DotMark(topic: TopicID(1), count: 3)]),
                     Ballot(participant: ParticipantID(2), dots: [DotMark(topic: TopicID(2), count: 1)])]
        s.votingStatus = .closed  // its ballots are in: tallies shown
        s.nextIDs.participant = 6; s.nextIDs.topic = 3
        return s
    }

    /// A pilot on the overview of `session` in an 80×24 memory terminal.
    static func pilot(_ session: Session = bordeaux(), size: Size = Size(width: 80, height: 24),
                      interpreter: (any PaletteInterpreter)? = nil, readOnly: Bool = false) -> (Pilot, MemorySessionPort) {
        let terminal = MemoryTerminal(size: size)
        let port = MemorySessionPort(session, name: "bordeaux.json", isReadOnly: readOnly)
        let runtime = AppRuntime(screens: [OverviewScreen()], terminal: terminal, port: port, interpreter: interpreter,
                                 themeLoader: { name in
                                     if let text = BuiltinThemes.files[name], let t = try? ThemeParser.parse(Data(text.utf8), file: name) { return (t, nil) }
                                     return (ThemeCatalog.defaultTheme, "no theme named '\(name)'")
                                 },
                                 clock: { Date(timeIntervalSince1970: 1_371_024_000) })
        return (Pilot(runtime: runtime, terminal: terminal), port)
    }

    /// The package root (for reading Themes/ and test data).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// A palette interpreter that understands two verbs, for tests.
final class FakeInterpreter: PaletteInterpreter {
    let port: MemorySessionPort
    var ran: [String] = []
    init(port: MemorySessionPort) { self.port = port }

    func run(_ line: String) throws -> String {
        ran.append(line)
        let words = CommandLineWords.split(line)
        switch (words.first, words.dropFirst().first) {
        case ("topic", "add"):
            guard words.count >= 3 else { throw AgoraError(.invalid, "Usage: topic add TITLE [--by NAME]") }
            var proposer: ParticipantID?
            if let i = words.firstIndex(of: "--by"), i + 1 < words.count { proposer = try port.session.resolveParticipant(words[i + 1]) }
            return try port.apply(.topics(.propose(TopicFields(title: words[2], proposer: proposer))))
        case ("list", _):
            return port.session.topics.map(\.title).joined(separator: "\n")
        default:
            throw AgoraError(.invalid, "Unknown command '\(words.first ?? "")'", hint: "Type help for the list")
        }
    }

    func completions(for line: String) -> [String] {
        let verbs = ["topic add ", "topic merge ", "list "]
        if let i = line.range(of: "--by ") {
            let prefix = String(line[i.upperBound...]).lowercased()
            return port.session.participants.filter { $0.name.lowercased().hasPrefix(prefix) }
                .map { String(line[..<i.upperBound]) + CommandLineWords.quoted($0.name) + " " }
        }
        return verbs.filter { $0.hasPrefix(line) }
    }
}
