import AgoraCore
import AgoraStore
@testable import AgoraTUI
import Foundation
import Testing

/// The browser on a real folder: two session files, a broken one and a foreign one, read
/// only (the files are byte for byte the same afterwards and no lock is left).
@Suite struct ReviewFolderTests {
    @Test func aBrokenFileIsListedWithItsReasonAndTheRestStillOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agora-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try SessionFile.encode(ReviewFixtures.bordeaux().session).write(to: folder.appendingPathComponent("bordeaux-2013.json"))
        try SessionFile.encode(ReviewFixtures.rabat().session).write(to: folder.appendingPathComponent("rabat-2014.json"))
        try Data("{ \"schemaVersion\": 1, \"meeting\": ".utf8).write(to: folder.appendingPathComponent("broken.json"))
        try Data("[1, 2, 3]\n".utf8).write(to: folder.appendingPathComponent("foreign.json"))
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let bytes = try before.map { try Data(contentsOf: folder.appendingPathComponent($0)) }

        let loaded = try SessionLibrary(folder: folder, displayFolder: "lib").load()
        let library = ReviewLibrary(folder: "lib", loaded: loaded)
        #expect(library.readableCount == 2)
        #expect(library.items.filter { !$0.isReadable }.map(\.name) == ["broken", "foreign"])
        #expect(library.items.allSatisfy { $0.isReadable || $0.problem?.isEmpty == false })
        #expect(library.projects.count == 4)

        let pilot = ReviewFixtures.pilot(library)
        #expect(pilot.text.contains("2 sessions, 2 unreadable"))
        #expect(pilot.text.contains("unreadable broken.json —"))
        #expect(pilot.text.contains("unreadable foreign.json —"))
        pilot.press(.end)
        #expect(pilot.lines[21].contains("⚠ lib/foreign.json"))
        pilot.press(.home)
        pilot.press(.enter)
        #expect(pilot.text.contains("Second working meeting — mobility"))
        pilot.press(.escape)
        pilot.press("q")

        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(after == before)                                                // no lock, journal or temp file
        #expect(try after.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == bytes)
    }

    @Test func anEmptyFolderSaysSo() {
        let pilot = ReviewFixtures.pilot(ReviewLibrary(folder: "empty", items: []))
        #expect(pilot.text.contains("No session files in empty."))
        pilot.press(.enter)
        pilot.press("2")
        #expect(pilot.text.contains("No projects in these sessions yet."))
        pilot.press("3")
        #expect(pilot.text.contains("No experiences shared in these sessions yet."))
    }

    @Test func changesAskedByAPhaseScreenBecomeOneNotice() {
        let apply = Effect.apply(.voting(.open))
        #expect(ReadOnlyEffects.filter([.status("x"), apply, .undo, .save]) == [.status("x"), .error(ReadOnlyEffects.notice)])
        let ask = Effect.confirm(ConfirmRequest(title: "t", message: "m", confirmLabel: "OK"), onConfirm: [apply])
        #expect(ReadOnlyEffects.filter([ask]) == [.error(ReadOnlyEffects.notice)])
        let harmless = Effect.confirm(ConfirmRequest(title: "t", message: "m", confirmLabel: "OK"), onConfirm: [.status("y")])
        #expect(ReadOnlyEffects.filter([harmless]) == [harmless])
    }

    @Test func filtersStepThroughAllAndBack() {
        var f = ChoiceFilter("city", values: ["Bordeaux", "Rabat"])
        #expect(f.label == "city: all")
        f.step(by: 1); #expect(f.value == "Bordeaux")
        f.step(by: 1); #expect(f.value == "Rabat")
        f.step(by: 1); #expect(f.value == nil)
        f.step(by: -1); #expect(f.value == "Rabat")
        #expect(f.admits(["rabat"]))
        #expect(!f.admits("Bordeaux"))
        #expect(ChoiceFilter.distinct(["Rabat", "bordeaux", "Bordeaux", ""]) == ["bordeaux", "Rabat"])
    }
}
