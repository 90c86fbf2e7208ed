import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

@Suite("Language: choosing it")
struct LanguageChoiceTests {
    @Test func codesAsSystemsAndPeopleWriteThem() {
        #expect(Language(code: "fr") == .fr)
        #expect(Language(code: "FR") == .fr)
        #expect(Language(code: "fr_FR.UTF-8") == .fr)
        #expect(Language(code: "fr-CA") == .fr)
        #expect(Language(code: "es_ES@euro") == .es)
        #expect(Language(code: "Español") == .es)
        #expect(Language(code: "espanol") == .es)
        #expect(Language(code: "French") == .fr)
        #expect(Language(code: "en_GB.UTF-8") == .en)
        #expect(Language(code: "de_DE.UTF-8") == nil)
        #expect(Language(code: "C") == nil)
        #expect(Language(code: "POSIX") == nil)
        #expect(Language(code: "C.UTF-8") == nil)
        #expect(Language(code: "fra") == nil)
    }

    @Test func theOptionComesFirstThenAgoraLangThenTheLocale() throws {
        let all = ["AGORA_LANG": "es", "LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]
        #expect(try LanguageChoice.resolve(option: "fr", environment: all) == LanguageChoice(.fr, source: .option))
        #expect(try LanguageChoice.resolve(option: nil, environment: all) == LanguageChoice(.es, source: .agoraLang))
        var env = all
        env["AGORA_LANG"] = ""
        env["LC_ALL"] = "fr_FR.UTF-8"
        #expect(try LanguageChoice.resolve(option: nil, environment: env) == LanguageChoice(.fr, source: .lcAll))
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = "es_MX.UTF-8"
        #expect(try LanguageChoice.resolve(option: nil, environment: env) == LanguageChoice(.es, source: .lcMessages))
        env["LC_MESSAGES"] = nil
        env["LANG"] = "fr_BE.UTF-8"
        #expect(try LanguageChoice.resolve(option: nil, environment: env) == LanguageChoice(.fr, source: .lang))
        #expect(try LanguageChoice.resolve(option: nil, environment: [:]) == LanguageChoice(.en, source: .fallback))
    }

    @Test func aLocaleInAnotherLanguageDecidesAndGivesEnglish() throws {
        // POSIX: LC_ALL wins even in a language Agora lacks; LANG=fr below it does not count.
        let choice = try LanguageChoice.resolve(option: nil, environment: ["LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"])
        #expect(choice == LanguageChoice(.en, source: .lcAll))
        #expect(!choice.isExplicit)
        #expect(try LanguageChoice.resolve(option: nil, environment: ["LANG": "C"]).language == .en)
    }

    @Test func anExplicitLanguageAgoraDoesNotSpeakIsRefusedWithTheChoices() {
        #expect(throws: AgoraError(.invalid, "--lang: “de” is not a language Agora speaks; use one of en, fr, es")) {
            try LanguageChoice.resolve(option: "de", environment: ["AGORA_LANG": "fr"])
        }
        #expect(throws: AgoraError(.invalid, "AGORA_LANG: “klingon” is not a language Agora speaks; use one of en, fr, es")) {
            try LanguageChoice.resolve(option: nil, environment: ["AGORA_LANG": "klingon"])
        }
    }

    @Test func theGlobalOptionIsTakenOutOfAnyPlaceInTheCommandLine() throws {
        var arguments = ["export", "--lang", "fr", "s.json", "--format", "md"]
        #expect(try LanguageChoice.takeOption(from: &arguments) == "fr")
        #expect(arguments == ["export", "s.json", "--format", "md"])

        arguments = ["--lang=es", "new", "x.json", "--lang", "en"]
        #expect(try LanguageChoice.takeOption(from: &arguments) == "en")
        #expect(arguments == ["new", "x.json"])

        // After `--` everything is an argument, even a file called --lang.
        arguments = ["topic", "add", "s.json", "--", "--lang", "fr"]
        #expect(try LanguageChoice.takeOption(from: &arguments) == nil)
        #expect(arguments == ["topic", "add", "s.json", "--", "--lang", "fr"])

        arguments = ["show", "s.json", "--lang"]
        #expect(throws: AgoraError(.invalid, "--lang needs a language: one of en, fr, es")) {
            try LanguageChoice.takeOption(from: &arguments)
        }
    }

    @Test func aNewSessionTakesTheResolvedLanguageAsItsMeetingLanguage() throws {
        let meeting = Meeting(title: "Réunion", hostCity: "Bordeaux", date: CalendarDate("2013-05-20")!, area: .economy)
        let french = try LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .lang)) {
            try SessionSetup(meeting: meeting).makeSession(at: Date(timeIntervalSince1970: 0))
        }
        #expect(french.language == .fr)
        // Nothing resolved (a library caller, a test): no language stored, read as English.
        let plain = try SessionSetup(meeting: meeting).makeSession(at: Date(timeIntervalSince1970: 0))
        #expect(plain.language == nil)
        #expect(try SessionSetup(meeting: meeting, language: .es).makeSession(at: Date(timeIntervalSince1970: 0)).language == .es)
    }

    @Test func theMeetingLanguageIsOptionalInTheFile() throws {
        var session = Fixture.emptySession(dots: 3)
        session.language = .es
        let data = try JSONEncoder().encode(session)
        #expect(String(decoding: data, as: UTF8.self).contains(#""language":"es""#))
        #expect(try JSONDecoder().decode(Session.self, from: data).language == .es)
        session.language = nil
        let old = try JSONEncoder().encode(session)
        #expect(!String(decoding: old, as: UTF8.self).contains("language"))
        #expect(try JSONDecoder().decode(Session.self, from: old).language == nil)
    }
}

@Suite("Language: a session's output language")
struct OutputLanguageTests {
    @Test func anExplicitChoiceThenTheMeetingsLanguageThenEnglish() {
        var session = Fixture.emptySession(dots: 3)
        #expect(session.outputLanguage(choice: nil) == .en)
        #expect(session.outputLanguage(choice: LanguageChoice(.es, source: .lang)) == .en)
        session.language = .fr
        #expect(session.outputLanguage(choice: nil) == .fr)
        #expect(session.outputLanguage(choice: LanguageChoice(.en, source: .lcAll)) == .fr)
        #expect(session.outputLanguage(choice: LanguageChoice(.en, source: .fallback)) == .fr)
        #expect(session.outputLanguage(choice: LanguageChoice(.es, source: .option)) == .es)
        #expect(session.outputLanguage(choice: LanguageChoice(.en, source: .agoraLang)) == .en)
    }
}
