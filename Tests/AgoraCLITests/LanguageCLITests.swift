import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The global `--lang`, `AGORA_LANG` and the locale, as the built binary resolves them.
@Suite("CLI language")
struct LanguageCLITests {
    func create(_ dir: TemporaryFolder, _ arguments: [String], environment: [String: String] = [:]) throws -> AgoraBinary.Result {
        try AgoraBinary.run(arguments + ["--title", "Réunion", "--city", "Bordeaux", "--date", "2013-05-20", "--area", "economy"],
                            in: dir.url, environment: environment)
    }

    func language(_ dir: TemporaryFolder, _ file: String) throws -> String? {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.file(file))) as? [String: Any]
        return json?["language"] as? String
    }

    @Test func aNewSessionTakesTheLanguageOfTheOptionTheVariableOrTheLocale() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        // --lang anywhere on the line, before or after the command.
        #expect(try create(dir, ["--lang", "fr", "new", "a.json"]).status == 0)
        #expect(try language(dir, "a.json") == "fr")
        #expect(try create(dir, ["new", "b.json", "--lang=es"], environment: ["AGORA_LANG": "fr"]).status == 0)
        #expect(try language(dir, "b.json") == "es")
        #expect(try create(dir, ["new", "c.json"], environment: ["AGORA_LANG": "es"]).status == 0)
        #expect(try language(dir, "c.json") == "es")
        let locale = ["AGORA_LANG": "", "LC_ALL": "", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "es_ES.UTF-8"]
        #expect(try create(dir, ["new", "d.json"], environment: locale).status == 0)
        #expect(try language(dir, "d.json") == "fr")
        let german = ["AGORA_LANG": "", "LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"]
        #expect(try create(dir, ["new", "e.json"], environment: german).status == 0)
        #expect(try language(dir, "e.json") == "en")
        // The file still loads and shows.
        #expect(try AgoraBinary.run(["show", "a.json"], in: dir.url).status == 0)
    }

    @Test func aLanguageAgoraDoesNotSpeakIsAUsageErrorThatListsTheChoices() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let option = try create(dir, ["--lang", "de", "new", "a.json"])
        #expect(option.status == 2)
        #expect(option.stderr == "agora: --lang: “de” is not a language Agora speaks; use one of en, fr, es\n")
        let variable = try AgoraBinary.run(["--version"], in: dir.url, environment: ["AGORA_LANG": "klingon"])
        #expect(variable.status == 2)
        #expect(variable.stderr == "agora: AGORA_LANG: “klingon” is not a language Agora speaks; use one of en, fr, es\n")
        let missing = try AgoraBinary.run(["show", "a.json", "--lang"], in: dir.url)
        #expect(missing.status == 2)
        #expect(missing.stderr == "agora: --lang needs a language: one of en, fr, es\n")
        #expect(!FileManager.default.fileExists(atPath: dir.file("a.json").path))
    }
}

/// The start screen's New session form, in a real terminal and in Spanish: the screens speak
/// the language of the command line, and the session it creates takes it, as `agora new` does.
@Suite(.serialized, .enabled(if: NeededTool.runs(TmuxSession.isAvailable), "tmux is not installed: skipping the end-to-end TUI tests"))
struct LanguageTmuxTests {
    @Test func theStartScreensNewSessionTakesTheCommandLinesLanguage() throws {
        let dir = try TemporaryFolder("agora-lang-tmux"); defer { dir.remove() }
        let command = "AGORA_HOME='\(dir.url.path)' AGORA_NOW=2013-05-20T09:00:00Z LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + "'\(AgoraBinary.url.path)' --lang es; echo EXIT=$? > status; exec sleep 600"
        let tmux = TmuxSession(command, in: dir.url)
        defer { tmux.kill() }
        #expect(tmux.waitFor("Nueva sesión") != nil, "\(tmux.screen())")
        tmux.send("n")
        #expect(tmux.waitFor("Ciudad anfitriona:") != nil, "\(tmux.screen())")
        tmux.type("Reunión de Barcelona"); tmux.send("Tab"); tmux.type("Barcelona"); tmux.send("Enter")
        #expect(tmux.waitFor("Participantes") != nil, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitForFile("status"), "agora did not exit: \(tmux.screen())")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1, "\(files)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.file(files.first ?? "none.json"))) as? [String: Any]
        #expect(json?["language"] as? String == "es")
    }
}
