import AgoraCore
import Foundation

/// Small, readable sessions for tests, built through operations.
public enum Fixture {
    /// A fixed instant for logs: 2013-05-20T09:00:00Z.
    public static let date = Date(timeIntervalSince1970: 1_369_040_400)

    /// A meeting with 3 rooms, 2 rounds, dot voting (5 dots, cap 3), and no people yet.
    public static func emptySession(dots: Int = 5) -> Session {
        let setup = SessionSetup(
            meeting: Meeting(title: "Smart Economy working meeting", hostCity: "Bordeaux",
                             date: CalendarDate("2013-05-20")!, area: .economy),
            rooms: [RoomSpec(name: "Garonne", capacity: 10), RoomSpec(name: "Chartrons", capacity: 8),
                    RoomSpec(name: "Saint-Michel", capacity: 6)],
            rounds: 2, dots: dots)
        return try! setup.makeSession(at: date)
    }

    /// ``emptySession()`` with participants 1 Ana (Bordeaux), 2 Bo (Lappeenranta),
    /// 3 Chen (Guangzhou), 4 Dina (Bordeaux) and topics 1 "Data mining for SMEs",
    /// 2 "Greentech encounters", 3 "Talent retention".
    public static func session(dots: Int = 5) -> Session {
        var s = emptySession(dots: dots)
        s.must(.people(.add(ParticipantFields(name: "Ana", city: "Bordeaux", organization: "Bordeaux Métropole"))))
        s.must(.people(.add(ParticipantFields(name: "Bo", city: "Lappeenranta"))))
        s.must(.people(.add(ParticipantFields(name: "Chen", city: "Guangzhou"))))
        s.must(.people(.add(ParticipantFields(name: "Dina", city: "Bordeaux"))))
        s.must(.topics(.propose(TopicFields(title: "Data mining for SMEs", proposer: ParticipantID(1)))))
        s.must(.topics(.propose(TopicFields(title: "Greentech encounters", proposer: ParticipantID(2)))))
        s.must(.topics(.propose(TopicFields(title: "Talent retention"))))
        return s
    }
}

extension Session {
    /// Applies an operation that the test expects to succeed.
    public mutating func must(_ op: AgoraCore.Operation, file: StaticString = #filePath, line: UInt = #line) {
        do { try apply(op, at: Fixture.date) } catch {
            preconditionFailure("\(file):\(line): expected \(op) to apply, got: \(error)")
        }
    }

    /// The error `op` fails with, or nil if it applies (the session is left unchanged either way).
    public func failure(of op: AgoraCore.Operation) -> AgoraError? {
        var copy = self
        do { try copy.apply(op, at: Fixture.date); return nil } catch let e as AgoraError { return e } catch {
            preconditionFailure("unexpected error type: \(error)")
        }
    }
}

/// The Big List of Naughty Strings, from ../shared/testdata/blns.json beside the repository.
public enum HostileStrings {
    public static let all: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [root.deletingLastPathComponent().appendingPathComponent("shared/testdata/blns.json")]
        for url in candidates {
            if let data = try? Data(contentsOf: url),
               let strings = try? JSONDecoder().decode([String].self, from: data) { return strings }
        }
        preconditionFailure("blns.json not found beside the repository (looked in \(candidates.map(\.path)))")
    }()
}
