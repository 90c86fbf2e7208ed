import AgoraCore
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
