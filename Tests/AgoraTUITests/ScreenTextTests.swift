import AgoraCore
@testable import AgoraTUI
import Testing

@Suite("Language: the terminal's string tables")
struct ScreenTextTests {
    @Test func everyScreenTableIsComplete() {
        #expect(!ScreenText.all.isEmpty)
        for table in ScreenText.all { #expect(table.problems == [], "\(table.name)") }
        let keys = ScreenText.all.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is in two of the terminal's tables")
    }

    /// A screen's words follow the language the command line resolved, each time it draws.
    @Test func theBallotKeysSpeakTheCurrentLanguage() {
        #expect(VoteScreen.ballotKeys.map(\.description).contains("take a dot back"))
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(VoteScreen.ballotKeys.map(\.description).contains("reprendre une gommette"))
        }
        LanguageChoice.$current.withValue(LanguageChoice(.es, source: .agoraLang)) {
            #expect(VoteScreen.ballotKeys.map(\.description).contains("quitar una pegatina"))
        }
    }
}
