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

@Suite("Language: key names")
struct KeyNameTests {
    /// Help and hints name the keys as each language's keyboards print them.
    @Test func namedKeysAreWrittenInTheCurrentLanguage() {
        let keys = [Key(.enter), Key(.escape), Key(.pageDown), Key(.backTab), Key("c", [.control]), Key("x")]
        #expect(keys.map(\.description) == ["Enter", "Esc", "PgDn", "Shift-Tab", "Ctrl-C", "x"])
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(keys.map(\.description) == ["Entrée", "Échap", "PgSuiv", "Maj-Tab", "Ctrl-C", "x"])
        }
        LanguageChoice.$current.withValue(LanguageChoice(.es, source: .option)) {
            #expect(keys.map(\.description) == ["Intro", "Esc", "AvPág", "Mayús-Tab", "Ctrl-C", "x"])
        }
    }
}
