import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

/// The store's messages in French and Spanish: a load error keeps its file, line, column and
/// JSON path, a damaged journal names its line and `agora repair`, and each count takes the
/// plural of its language. English is held literally by the suites of each area.
@Suite("Language: the store's messages")
struct StoreTextTests {
    static let fr = LanguageChoice(.fr, source: .option)
    static let es = LanguageChoice(.es, source: .option)
    static let n = "\u{202F}"

    @Test func everyStoreTableIsComplete() {
        #expect(!StoreText.all.isEmpty)
        for table in StoreText.all { #expect(table.problems == [], "\(table.name)") }
        let keys = (StoreText.all + CoreText.all).flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is in two tables")
    }

    static func message(_ old: String, _ new: String, _ choice: LanguageChoice) throws -> String {
        let data = try SessionFileErrorTests.broken(old, new)
        return LanguageChoice.$current.withValue(choice) { SessionFileErrorTests.message(data) }
    }

    @Test func aLoadErrorKeepsItsPlaceAndPathInEveryLanguage() throws {
        #expect(try Self.message("\"city\" : \"Lyon\"", "\"city\" : 12", Self.fr)
                == "sessions/lyon.json:88:16: $.participants[0].city: attendu\(Self.n): une chaîne, trouvé\(Self.n): un nombre. Corrigez cette valeur dans un éditeur de texte\(Self.n); Agora n’a pas modifié le fichier.")
        #expect(try Self.message("\"participant\" : 2,", "\"participant\" : 9,", Self.es)
                == "sessions/lyon.json:13:23: $.ballots[0].participant: no hay ningún participante con el número 9. Corrige o elimina esa referencia con un editor de texto; Agora no ha modificado el archivo.")
        #expect(try Self.message("\"id\" : 2,\n      \"name\" : \"Jean\"", "\"id\" : 1,\n      \"name\" : \"Jean\"", Self.fr)
                == "sessions/lyon.json:97:14: $.participants[1].id: participant 1\(Self.n): numéro en double. Corrigez ou supprimez cette référence dans un éditeur de texte\(Self.n); Agora n’a pas modifié le fichier.")
        #expect(try Self.message("\"name\" : \"Ana\",", "\"name\" : \"Ana\"", Self.fr)
                == "sessions/lyon.json:91:7: JSON non valide\(Self.n): «\(Self.n),\(Self.n)» ou «\(Self.n)}\(Self.n)» attendu après une valeur, trouvé\(Self.n): «\(Self.n)\"\(Self.n)». Corrigez le fichier à cet endroit dans un éditeur de texte, ou restaurez-le depuis une sauvegarde\(Self.n); Agora ne l’a pas modifié.")
        #expect(try Self.message("\"schemaVersion\" : 1", "\"schemaVersion\" : 2", Self.es)
                == "sessions/lyon.json:129:21: $.schemaVersion: escrito por una versión más reciente de Agora (schemaVersion 2; esta versión lee hasta la 1). Actualiza Agora para abrirlo; Agora no ha modificado el archivo.")
    }

    @Test func aFileNestedTooDeepIsNotToldAsANewerVersionInAnyLanguage() throws {
        // The check for "too deep" once read the English words of the reason.
        let deep = "{\"schemaVersion\": 9, \"participants\": " + String(repeating: "[", count: 80) + String(repeating: "]", count: 80) + "}"
        for choice in [Self.fr, Self.es] {
            let text = LanguageChoice.$current.withValue(choice) { SessionFileErrorTests.message(Data(deep.utf8)) }
            #expect(!text.contains("schemaVersion 9"), "\(text)")
            #expect(text.contains("64"), "\(text)")
        }
    }

    @Test func aDamagedJournalNamesItsLineAndTheRepairInEveryLanguage() throws {
        func refusal(_ choice: LanguageChoice) -> String {
            LanguageChoice.$current.withValue(choice) {
                do { _ = try JournalReader.read(Data("garbage\n".utf8), base: "", journal: "a.json.journal", sessionFile: "a.json"); return "(read)" } catch {
                    return "\(error)"
                }
            }
        }
        #expect(refusal(Self.fr) == "a.json.journal:1: cette ligne est abîmée\(Self.n): ce n’est pas un enregistrement de journal (abîmé, ou pas écrit par Agora). Agora n’a rien modifié. Lancez `agora repair a.json` pour écrire à côté une copie récupérée, avec un rapport des modifications gardées et de celles qui n’ont pas pu l’être.")
        #expect(refusal(Self.es).hasPrefix("a.json.journal:1: esta línea está dañada: no es un registro del diario (dañado, o no escrito por Agora). Agora no ha cambiado nada. Ejecuta `agora repair a.json`"))
    }

    @Test func theRepairReportAndTheRecoveryNoticeAreWrittenInTheReadersLanguage() throws {
        let (fs, journal) = try JournalDamageTests.crashed()
        fs.install(JournalDamageTests.journal, journal + Data("garbage\n".utf8))
        let report = try LanguageChoice.$current.withValue(Self.fr) {
            try JournalRecovery.recover(JournalDamageTests.url, fileSystem: fs).report
        }.components(separatedBy: "\n")
        #expect(report.first == "  ligne 1\(Self.n): gardée (modification 1)")
        #expect(report.last == "  ligne 6\(Self.n): NON gardée (—)\(Self.n): abîmée\(Self.n): ce n’est pas un enregistrement de journal (abîmé, ou pas écrit par Agora)")

        fs.install(JournalDamageTests.journal, journal)
        let notices = try LanguageChoice.$current.withValue(Self.fr) {
            try SessionStore.open(at: JournalDamageTests.url, mode: .readWrite, fileSystem: fs).notices
        }
        #expect(notices == ["5 modifications non enregistrées récupérées depuis /s/a.json.journal"])
    }

    @Test func aMissingOrBusyFileSaysWhatToDoInEveryLanguage() throws {
        let fs = FaultyFileSystem()
        let missing = LanguageChoice.$current.withValue(Self.es) { () -> String in
            do { _ = try SessionStore.open(at: URL(fileURLWithPath: "/s/none.json"), fileSystem: fs); return "(opened)" } catch { return "\(error)" }
        }
        #expect(missing == "No hay ningún archivo de sesión /s/none.json. Comprueba el nombre, o créalo con `agora new /s/none.json`.")
        #expect(InboxClosedError().text(in: .fr) == "La séance ne prend pas de modifications pour le moment. Demandez à l’animateur.")
        #expect(InboxClosedError().description == "The meeting is not taking changes right now. Ask the facilitator.")
    }

    @Test func countsTakeTheirLanguagesPluralAtZeroOneAndTwo() {
        let recovered = { (n: Int, l: Language) in SavingText.table.format("store.recovered", in: l, ["count": "\(n)", "journal": "j"]) }
        #expect(recovered(0, .fr) == "0 modification non enregistrée récupérée depuis j")
        #expect(recovered(1, .fr) == "1 modification non enregistrée récupérée depuis j")
        #expect(recovered(2, .fr) == "2 modifications non enregistrées récupérées depuis j")
        #expect(recovered(1, .en) == "Recovered 1 unsaved change from j")
        #expect(recovered(0, .en) == "Recovered 0 unsaved changes from j")
        #expect(recovered(0, .es) == "0 cambios sin guardar recuperados de j")
    }
}
