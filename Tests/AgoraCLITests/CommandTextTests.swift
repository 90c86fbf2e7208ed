import AgoraCore
import AgoraTestSupport
import AgoraTUI
@testable import agora
import Foundation
import Testing

/// The command line's string tables, checked from the `agora` target itself.
@Suite("Language: the command line's string tables")
struct CommandTextTests {
    @Test func everyCommandTableIsComplete() {
        #expect(!CommandText.all.isEmpty)
        for table in CommandText.all { #expect(table.problems == [], "\(table.name)") }
        let keys = CommandText.all.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is in two of the command line's tables")
        #expect(keys.allSatisfy { $0.hasPrefix("cli.") }, "\(keys.filter { !$0.hasPrefix("cli.") })")
        // No key of the command line's is also Core's or the terminal's.
        let others = Set((CoreText.all + ScreenText.all).flatMap(\.keys))
        #expect(others.isDisjoint(with: keys))
    }

    /// Every table the command files use is registered (a table left out of the list would
    /// escape the check above).
    @Test func everyTableInTheSourcesIsRegistered() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/agora")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var declared = 0
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            declared += text.components(separatedBy: "static let table = StringTable(").count - 1
        }
        #expect(declared == CommandText.all.count)
    }

    @Test func aMessageIsWrittenInTheCurrentLanguage() {
        let t = MeetingCommandText.table
        let values = ["name": "Ana", "used": "1", "total": "5"]
        #expect(t("cli.vote.dotsUsed", values) == "Ana: 1 of 5 dots used")
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(t("cli.vote.dotsUsed", values) == "Ana\u{202F}: 1 gommette utilisée sur 5")
            #expect(t("cli.vote.dotsUsed", ["name": "Ana", "used": "0", "total": "5"]) == "Ana\u{202F}: 0 gommette utilisée sur 5")
            #expect(t("cli.vote.dotsUsed", ["name": "Ana", "used": "2", "total": "5"]) == "Ana\u{202F}: 2 gommettes utilisées sur 5")
            #expect(CommandText.located("--date", "x") == "--date\u{202F}: x")
        }
        LanguageChoice.$current.withValue(LanguageChoice(.es, source: .agoraLang)) {
            #expect(t("cli.vote.dotsUsed", values) == "Ana: 1 de 5 pegatinas usadas")
            #expect(t("cli.vote.approved", ["name": "Ana", "count": "1"]) == "Ana aprobó 1 tema")
        }
    }
}
