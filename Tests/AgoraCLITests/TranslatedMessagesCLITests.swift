import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import Testing

/// The built `agora` in French (`--lang fr`) and Spanish (`AGORA_LANG=es`): its own messages
/// on stdout and stderr are translated, what scripts read is not, and the exit statuses are
/// the same as in English.
@Suite("CLI messages in French and Spanish")
struct TranslatedMessagesCLITests {
    static let spanish = ["AGORA_LANG": "es"]

    /// A meeting with three participants and two topics, made in English.
    func meeting(_ dir: TemporaryFolder) throws {
        let r = try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux", "--date", "2013-05-20",
                                     "--area", "economy", "--dots", "3"], in: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        for (name, city) in [("Ana", "Bordeaux"), ("Bo", "Lappeenranta"), ("Chen", "Guangzhou")] {
            #expect(try AgoraBinary.run(["participant", "add", "m.json", name, "--city", city], in: dir.url).status == 0)
        }
        for title in ["Data mining for SMEs", "Greentech encounters"] {
            #expect(try AgoraBinary.run(["topic", "add", "m.json", title], in: dir.url).status == 0)
        }
    }

    @Test func newSaysWhatItCreatedInTheChosenLanguage() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let meeting = ["--title", "Réunion", "--city", "Bordeaux", "--date", "2013-05-20", "--area", "economy"]
        let french = try AgoraBinary.run(["--lang", "fr", "new", "a.json"] + meeting, in: dir.url)
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout == "a.json créé\u{202F}: «\u{202F}Réunion\u{202F}», Bordeaux, 2013-05-20\n")
        let spanish = try AgoraBinary.run(["new", "b.json"] + meeting, in: dir.url, environment: Self.spanish)
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.stdout == "Creado b.json: «Réunion», Bordeaux, 2013-05-20\n")
        // A usage error Agora words itself: translated; ArgumentParser's frame and usage stay English.
        let badDate = try AgoraBinary.run(["--lang", "fr", "new", "c.json", "--title", "X", "--city", "Y", "--date", "20-05-2013",
                                           "--area", "economy"], in: dir.url)
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--date\u{202F}: «\u{202F}20-05-2013\u{202F}» n’est pas une date de la forme AAAA-MM-JJ (par exemple 2013-05-20)"),
                "\(badDate.stderr)")
        let badArea = try AgoraBinary.run(["new", "c.json", "--title", "X", "--city", "Y", "--date", "2013-05-20", "--area", "moon"],
                                          in: dir.url, environment: Self.spanish)
        #expect(badArea.status == 2)
        #expect(badArea.stderr.contains("--area: «moon» no es un área de trabajo; elige entre"), "\(badArea.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("c.json").path))
    }

    @Test func votesAndRefusalsAreSaidInTheChosenLanguage() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        let one = try AgoraBinary.run(["--lang", "fr", "vote", "m.json", "ana", "data"], in: dir.url)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == "Ana\u{202F}: 1 gommette utilisée sur 3\n")
        let two = try AgoraBinary.run(["vote", "m.json", "bo", "data", "green"], in: dir.url, environment: Self.spanish)
        #expect(two.stdout == "Bo: 2 de 3 pegatinas usadas\n", "\(two.stderr)")
        // Tallies are hidden while voting is open: a refusal of the command line's own.
        let hidden = try AgoraBinary.run(["results", "m.json", "--lang=fr"], in: dir.url)
        #expect(hidden.status == 1)
        #expect(hidden.stderr == "agora: les décomptes restent masqués jusqu’à la clôture du vote\u{202F}; "
                + "clôturez-le avec `agora voting m.json close`, ou ajoutez --show-hidden\n")
        // A rule of Core's refuses: its message comes in the command line's language.
        #expect(try AgoraBinary.run(["voting", "m.json", "close"], in: dir.url).status == 0)
        let again = try AgoraBinary.run(["--lang", "fr", "voting", "m.json", "close"], in: dir.url)
        #expect(again.status == 1)
        #expect(again.stderr == "agora: Le vote n’est pas ouvert\n")
        let spanish = try AgoraBinary.run(["voting", "m.json", "close"], in: dir.url, environment: Self.spanish)
        #expect(spanish.status == 1)
        #expect(spanish.stderr == "agora: La votación no está abierta\n")
        // A usage error in Spanish keeps status 2.
        let clear = try AgoraBinary.run(["vote", "m.json", "ana", "data", "--clear"], in: dir.url, environment: Self.spanish)
        #expect(clear.status == 2)
        #expect(clear.stderr.contains("--clear no lleva temas"), "\(clear.stderr)")
    }

    @Test func exportRefusalsAreTranslatedAndJSONIsNot() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        let what = try AgoraBinary.run(["export", "m.json", "--what", "nothing", "--format", "csv"], in: dir.url, environment: Self.spanish)
        #expect(what.status == 2)
        #expect(what.stderr.contains("--what: «nothing» no se puede exportar; elige entre"), "\(what.stderr)")
        let missing = try AgoraBinary.run(["--lang", "fr", "export", "absent.json", "--what", "report", "--format", "markdown"], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.stderr == "agora: Il n’y a pas de fichier ou de dossier absent.json. Vérifiez le nom.\n")
        let bom = try AgoraBinary.run(["--lang", "fr", "export", "m.json", "--what", "report", "--format", "markdown", "--bom"], in: dir.url)
        #expect(bom.status == 2)
        #expect(bom.stderr.contains("--bom ne s’applique qu’au CSV (cet export est en markdown)"), "\(bom.stderr)")
        // Machine output is the same bytes in every language.
        let english = try AgoraBinary.run(["results", "m.json", "--json", "--show-hidden"], in: dir.url)
        let french = try AgoraBinary.run(["--lang", "fr", "results", "m.json", "--json", "--show-hidden"], in: dir.url)
        #expect(english.status == 0 && french.status == 0)
        #expect(french.stdout == english.stdout)
        let json = try AgoraBinary.run(["list", dir.url.path, "--json"], in: dir.url, environment: Self.spanish)
        #expect(json.stdout == (try AgoraBinary.run(["list", dir.url.path, "--json"], in: dir.url)).stdout)
    }

    @Test func readingVerbsSpeakTheChosenLanguage() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try meeting(dir)
        let phones = try AgoraBinary.run(["--lang", "fr", "phones", "m.json"], in: dir.url)
        #expect(phones.status == 0, "\(phones.stderr)")
        #expect(phones.stdout == "Inscriptions ouvertes · participants de dernière minute refusés · propositions fermées\n"
                + "0 personne connectée par téléphone sur 3\n")
        let needs = try AgoraBinary.run(["phones", "m.json", "release"], in: dir.url, environment: Self.spanish)
        #expect(needs.status == 1)
        #expect(needs.stderr == "agora: phones release necesita una persona\n")
        let framing = try AgoraBinary.run(["report", "m.json"], in: dir.url, environment: Self.spanish)
        #expect(framing.stdout == "El informe aún no tiene marco. Escríbelo con: agora report ARCHIVO --context … --synthesis … --contact …\n")
        #expect(try AgoraBinary.run(["report", "m.json", "--contact", "secretariat@uclg.org"], in: dir.url).status == 0)
        let shown = try AgoraBinary.run(["--lang", "fr", "report", "m.json"], in: dir.url)
        #expect(shown.stdout == "Contexte\u{202F}:\n(vide)\n\nSynthèse\u{202F}:\n(vide)\n\nContact\u{202F}: secretariat@uclg.org\n")
        let list = try AgoraBinary.run(["--lang", "fr", "list", dir.url.path], in: dir.url)
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true)
                == ["date", "ville", "domaine", "personnes", "sujets", "projets", "chemin"])
        #expect(lines.contains("1 séance"), "\(list.stdout)")
    }
}

/// `agora settings FILE --language`: the meeting's language, changed undoably like any setting.
@Suite("CLI: the meeting's language")
struct MeetingLanguageCLITests {
    func language(_ dir: TemporaryFolder) throws -> String? {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.file("m.json"))) as? [String: Any]
        return json?["language"] as? String
    }

    @Test func settingsChangesTheMeetingsLanguageAndSaysSoInIt() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let made = try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux", "--date", "2013-05-20",
                                        "--area", "economy"], in: dir.url)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try language(dir) == "en")
        let french = try AgoraBinary.run(["settings", "m.json", "--language", "fr"], in: dir.url)
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout == "Langue de la séance\u{202F}: français\n")
        #expect(try language(dir) == "fr")
        // Another change with it: one batch, said change by change.
        let both = try AgoraBinary.run(["settings", "m.json", "--language", "es", "--tz", "Europe/Madrid"], in: dir.url)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.hasPrefix("Idioma de la sesión: español\n"), "\(both.stdout)")
        #expect(try language(dir) == "es")
        let english = try AgoraBinary.run(["settings", "m.json", "--language", "EN"], in: dir.url)
        #expect(english.stdout == "Meeting language: English\n", "\(english.stderr)")
        #expect(try language(dir) == "en")
        // A language Agora lacks: a usage error in the command line's language, nothing changed.
        let before = try dir.read("m.json")
        let german = try AgoraBinary.run(["--lang", "fr", "settings", "m.json", "--language", "de"], in: dir.url)
        #expect(german.status == 2)
        #expect(german.stderr.contains("--language\u{202F}: Agora ne parle pas «\u{202F}de\u{202F}»\u{202F}; choisissez parmi en, fr, es"),
                "\(german.stderr)")
        #expect(try dir.read("m.json") == before)
    }
}

@Suite("CLI summaries in the reader's language")
struct TranslatedSummaryCLITests {
    /// `show` and `settings FILE` print the session's summary for the person reading it: in
    /// their language, whatever the meeting's.
    @Test func showAndSettingsSpeakTheReadersLanguage() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let made = try AgoraBinary.run(["new", "m.json", "--title", "Smart Economy", "--city", "Bordeaux", "--date", "2013-05-20",
                                        "--area", "economy"], in: dir.url)
        #expect(made.status == 0, "\(made.stderr)")
        let english = try AgoraBinary.run(["show", "m.json"], in: dir.url)
        #expect(english.stdout.contains("Rooms"), "\(english.stdout)")
        let french = try AgoraBinary.run(["--lang", "fr", "show", "m.json"], in: dir.url)
        #expect(french.status == 0)
        #expect(french.stdout.contains("Salles"), "\(french.stdout)")
        #expect(!french.stdout.contains("Rooms"))
        let spanish = try AgoraBinary.run(["settings", "m.json"], in: dir.url, environment: ["AGORA_LANG": "es"])
        #expect(spanish.status == 0)
        #expect(spanish.stdout.contains("Salas"), "\(spanish.stdout)")
        #expect(!spanish.stdout.contains("Rooms"))
    }
}

@Suite("CLI tables in the reader's language")
struct TranslatedTablesCLITests {
    /// `results` and `schedule` print their columns in the reader's language; what people
    /// typed (titles, rooms) stays as typed, and English is unchanged.
    @Test func resultsAndScheduleSpeakTheReadersLanguage() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try SessionFile.encode(DemoSession.make()).write(to: dir.file("demo.json"))
        let english = try AgoraBinary.run(["results", "demo.json"], in: dir.url)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.hasPrefix("  #  topic"), "\(english.stdout)")
        #expect(english.stdout.contains("voters") && english.stdout.contains("Ties on points go to"))
        let french = try AgoraBinary.run(["--lang", "fr", "results", "demo.json"], in: dir.url)
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.contains("sujet") && french.stdout.contains("votants") && french.stdout.contains("gommettes"), "\(french.stdout)")
        #expect(french.stdout.contains("À égalité de points"))
        #expect(french.stdout.contains("Spaces of collaboration for companies"))
        let spanish = try AgoraBinary.run(["schedule", "demo.json"], in: dir.url, environment: ["AGORA_LANG": "es"])
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.stdout.hasPrefix("  ronda  inicio  sala"), "\(spanish.stdout)")
        #expect(spanish.stdout.contains("sala") && spanish.stdout.contains("Garonne"))
    }
}
