import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

@Suite("Language: string tables")
struct StringTableTests {
    static let table = StringTable(name: "sample", [
        .en: ["hello": "Hello, {name}!", "rooms": "{count} rooms", "only": "Only English"],
        .fr: ["hello": "Bonjour, {nom}\u{202F}!", "rooms": "{count} salles : libres", "extra": "Trop"],
        .es: ["hello": "¡Hola, {name}!", "rooms": "{count} salas", "only": "Solo inglés"],
    ])

    @Test func aMissingStringFallsBackToEnglish() {
        #expect(Self.table.text("only", in: .fr) == "Only English")
        #expect(Self.table.text("only", in: .es) == "Solo inglés")
        #expect(Self.table.strings(in: .fr)["only"] == "Only English")
        #expect(Self.table.text("nowhere", in: .es) == "nowhere")
    }

    @Test func everyMissingKeyExtraKeyDifferentSlotAndTypographyMistakeIsReported() {
        #expect(Self.table.problems == [
            "sample, fr: “hello” has slots {nom} where English has {name}",
            "sample, fr: “only” is not translated",
            "sample, fr: “rooms” needs a narrow no-break space before “:”",
            "sample, fr: “extra” is not an English key (misspelt or left over?)",
        ])
    }

    @Test func slotsAreFilledInOnePassSoTypedBracesStay() {
        #expect(StringTable.fill("You are {name} ({city})", ["name": "{city}", "city": "Lyon"]) == "You are {city} (Lyon)")
        #expect(StringTable.fill("{a} {unknown} {", ["a": "1"]) == "1 {unknown} {")
        #expect(Self.table.format("hello", in: .es, ["name": "Ana"]) == "¡Hola, Ana!")
        #expect(StringTable.slots(in: "{a}, {b_2} and {not a slot} {}") == ["a", "b_2"])
    }
}

@Suite("Language: plural slots, phrases and Core's tables")
struct PhraseTests {
    static let table = StringTable(name: "plurals", [
        .en: ["left": "{name} has {count} {count|dot|dots} left"],
        .fr: ["left": "Il reste {count} {count|gommette|gommettes} à {name}"],
        .es: ["left": "A {name} le {count|queda|quedan} {count} {count|pegatina|pegatinas}"],
    ])

    @Test func aPluralSlotTakesTheFormOfItsLanguagesRule() {
        #expect(Self.table.format("left", in: .en, ["name": "Ana", "count": "0"]) == "Ana has 0 dots left")
        #expect(Self.table.format("left", in: .en, ["name": "Ana", "count": "1"]) == "Ana has 1 dot left")
        #expect(Self.table.format("left", in: .fr, ["name": "Ana", "count": "0"]) == "Il reste 0 gommette à Ana")
        #expect(Self.table.format("left", in: .fr, ["name": "Ana", "count": "2"]) == "Il reste 2 gommettes à Ana")
        #expect(Self.table.format("left", in: .es, ["name": "Ana", "count": "1"]) == "A Ana le queda 1 pegatina")
        #expect(Self.table.format("left", in: .es, ["name": "Ana", "count": "3"]) == "A Ana le quedan 3 pegatinas")
        #expect(StringTable.slots(in: "{count|dot|dots} {a|b} {name}") == ["count", "name"])
        #expect(Self.table.problems == [])
    }

    /// French elides "de" and "que" before a value that starts with a vowel, accented or not;
    /// not before a consonant, "h" or "y", nor inside a word ("monde"); other languages never.
    @Test func frenchElidesDeAndQueBeforeAVowel() {
        func fr(_ template: String, _ value: String) -> String { StringTable.fill(template, ["name": value], elides: true) }
        #expect(fr("Bulletin de {name}", "Élodie") == "Bulletin d’Élodie")
        #expect(fr("Bulletin de {name}", "Ana") == "Bulletin d’Ana")
        #expect(fr("Bulletin de {name}", "Bo") == "Bulletin de Bo")
        #expect(fr("Bulletin de {name}", "Hugo") == "Bulletin de Hugo")
        #expect(fr("Bulletin de {name}", "Yves") == "Bulletin de Yves")
        #expect(fr("De {name} à Lyon", "Orléans") == "D’Orléans à Lyon")
        #expect(fr("Plus grand que {name}", "Ana") == "Plus grand qu’Ana")
        #expect(fr("Le monde {name}", "entier") == "Le monde entier")
        #expect(fr("Bulletin de {name}", "8 personnes") == "Bulletin de 8 personnes")
        #expect(StringTable.fill("Ballot de {name}", ["name": "Ana"]) == "Ballot de Ana")
    }

    @Test func theCurrentLanguageIsTheOneTheCommandLineResolved() {
        #expect(Language.current == .en)
        LanguageChoice.$current.withValue(LanguageChoice(.fr, source: .option)) {
            #expect(Language.current == .fr)
            #expect(Self.table("left", ["name": "Ana", "count": "1"]) == "Il reste 1 gommette à Ana")
        }
    }

    @Test func aRuleMessageIsWrittenForEachReader() throws {
        var session = Fixture.session()
        session.language = .fr
        session.votingStatus = .closed
        try session.apply(.voting(.open), at: .init(timeIntervalSince1970: 0))
        #expect(session.log.last?.text == "Vote rouvert")
        let error = try #require(session.failure(of: .voting(.open)))
        #expect(error.message == "Voting is open already")
        #expect(error.text(in: .fr) == "Le vote est déjà ouvert")
        #expect(error.text(in: .es) == "La votación ya está abierta")
    }

    @Test func everyCoreTableIsComplete() {
        #expect(!CoreText.all.isEmpty)
        for table in CoreText.all { #expect(table.problems == [], "\(table.name)") }
        let keys = CoreText.all.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is in two of Core's tables")
    }
}
