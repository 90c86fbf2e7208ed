import AgoraTestSupport
import AgoraCore
@testable import AgoraTUI
import Foundation

/// Sessions, pilots and snapshot files for the meeting screens' tests.
enum ScreenFixtures {
    /// 2013-05-20 10:35 UTC: the demo's first round is under way.
    static let now = Date(timeIntervalSince1970: 1_369_046_100)

    /// A meeting whose people, cities and topics are written in several scripts.
    static func multilingual() -> Session {
        var s = try! SessionSetup(meeting: Meeting(title: "Rencontre des villes — 城市合作 — لقاء المدن", hostCity: "Montréal",
                                                   date: CalendarDate("2024-03-14")!, area: .living),
                                  rooms: [RoomSpec(name: "Salle Érable", capacity: 6), RoomSpec(name: "会议室", capacity: 6)],
                                  rounds: 2, dots: 3).makeSession(at: now)
        let people: [(String, String)] = [
            ("Zoë Ångström", "Malmö"), ("李雷", "北京"), ("韩梅梅", "上海"), ("فاطمة الزهراء", "الرباط"),
            ("محمد بن علي", "تونس"), ("José Núñez", "São Paulo"), ("Ngũgĩ wa Thiong'o", "Nairobi"), ("Ana 👩🏽‍💻 Lima", "Recife"),
        ]
        func apply(_ op: AgoraCore.Operation) { try! s.apply(op, at: now) }
        for (n, c) in people { apply(.people(.add(ParticipantFields(name: n, city: c)))) }
        let topics = ["Données ouvertes pour tous", "智慧交通与共享单车", "المدن الذكية والمشاركة", "Mobilité douce 🚲 à vélo", "Café & co-working ☕"]
        for (i, t) in topics.enumerated() { apply(.topics(.propose(TopicFields(title: t, proposer: ParticipantID(i + 1))))) }
        apply(.voting(.open))
        let votes = [(1, 1, 2), (1, 4, 1), (2, 2, 2), (2, 1, 1), (3, 2, 3), (4, 3, 2), (4, 5, 1), (5, 3, 2), (6, 1, 2), (7, 4, 3), (8, 5, 2)]
        for (p, t, n) in votes { apply(.voting(.addDots(ParticipantID(p), TopicID(t), count: n))) }
        apply(.voting(.close))
        apply(.plan(.setSelection(Selection.choose(in: s))))
        apply(try! Scheduler.schedule(s, seed: 1).operation)
        for r in s.rounds { apply(try! Grouper.groups(for: s, round: r.id, seed: 1).operation) }
        apply(.work(.addExperience(ExperienceFields(city: "北京", title: "共享单车 in the old town", sharedBy: ParticipantID(2),
                                                    challenge: "Narrow hútòng streets", tags: ["mobility"],
                                                    origin: Origin(topic: TopicID(2), round: RoundID(1))))))
        apply(.work(.addProject(ProjectFields(title: "Vélo partagé entre villes", leadCity: "Malmö", partnerCities: ["北京", "الرباط"]))))
        return s
    }

    /// A runtime on `screens` over `session` in a memory terminal, with a fixed clock.
    static func pilot(_ screens: [any Screen], session: Session = DemoSession.make(), size: Size = Size(width: 80, height: 24),
                      readOnly: Bool = false, clock: @escaping () -> Date = { now }) -> (Pilot, MemorySessionPort) {
        let terminal = MemoryTerminal(size: size)
        let port = MemorySessionPort(session, name: "meeting.json", isReadOnly: readOnly, clock: { now })
        let runtime = AppRuntime(screens: screens, terminal: terminal, port: port, clock: clock)
        return (Pilot(runtime: runtime, terminal: terminal), port)
    }

    /// The lines of one screen alone in a runtime of `size`.
    static func lines(_ screen: any Screen, session: Session = DemoSession.make(), size: Size) -> [String] {
        pilot([screen], session: session, size: size).0.lines
    }

    static var snapshotFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Compares `lines` with the snapshot file `name`.txt (see ``ReferenceFile``;
    /// `AGORA_UPDATE_SNAPSHOTS=1` rewrites it). Nil when they match.
    static func difference(_ lines: [String], snapshot name: String) -> String? {
        ReferenceFile.difference(lines.joined(separator: "\n") + "\n", file: snapshotFolder.appendingPathComponent(name + ".txt"),
                                 updateVariable: "AGORA_UPDATE_SNAPSHOTS")
    }

    /// Compares the style layer of `screen` (one ``StyleRole/letter`` per cell) with the
    /// snapshot file `name`.styles.txt, where the style carries the meaning (the selected
    /// row, a warning, a refusal). Nil when they match.
    static func styleDifference(_ screen: Buffer, snapshot name: String) -> String? {
        ReferenceFile.difference(screen.roleLines.joined(separator: "\n") + "\n",
                                 file: snapshotFolder.appendingPathComponent(name + ".styles.txt"),
                                 updateVariable: "AGORA_UPDATE_SNAPSHOTS")
    }

    /// Both layers of the pilot's screen: the text (`name`.txt) and the styles (`name`.styles.txt).
    static func differences(_ pilot: Pilot, snapshot name: String) -> [String] {
        [difference(pilot.lines, snapshot: name), styleDifference(pilot.terminal.screen, snapshot: name)].compactMap { $0 }
    }
}
