import Foundation
@testable import AgoraCore
import AgoraTestSupport
import Testing

/// The engines', the CSV import's and the activity readers' messages in French and Spanish:
/// the same places (file, line, column, names) and numbers, the words of each language, the
/// plural by each language's rule. English is held by the suites of each area.
@Suite("Language: engine, import and parse messages")
struct CoreMessageLanguageTests {
    static let fr = LanguageChoice(.fr, source: .option)
    static let es = LanguageChoice(.es, source: .option)
    static let n = "\u{202F}"

    @Test func aGroupingExplanationIsWrittenForEachReader() throws {
        let s = EngineGrouperTests.planned(rules: GroupRules(minSize: 0, maxSize: 1))
        let error = try #require(EngineGrouperTests.failure(s))
        #expect(error.text(in: .fr) == "Le créneau 1 a 3 places pour 4 participants. Autorisez des groupes de 2 personnes au plus, ou planifiez plus de sujets au créneau 1")
        #expect(error.text(in: .es) == "La ronda 1 tiene 3 plazas para 4 participantes. Permite grupos de hasta 2 personas, o planifica más temas en la ronda 1")
        LanguageChoice.$current.withValue(Self.es) {
            #expect(EngineGrouperTests.failure(s)?.message == "La ronda 1 tiene 3 plazas para 4 participantes")
        }
        let city = try #require(EngineGrouperTests.failure(EngineGrouperTests.planned(topicsInRound1: 1, rules: GroupRules(minSize: 0, maxPerCity: 1))))
        #expect(city.text(in: .fr) == "Avec au plus 1 par ville et 1 groupe, 1 personne de Bordeaux reste sans place. Autorisez 2 par ville, ou planifiez plus de sujets au créneau 1")
    }

    @Test func theNearestRulesAndTheirSummaryFollowTheLanguage() throws {
        var s = EngineGrouperTests.planned(rules: GroupRules(minSize: 0, maxSize: 1))
        LanguageChoice.$current.withValue(Self.fr) {
            #expect(Grouper.nearestFeasibleRelaxation(for: s, round: s.rounds[0].id).map(\.description)
                    == ["porter la taille maximale des groupes à 2"])
        }
        s.language = .es
        let relaxed = try #require(Grouper.groupsUnderNearestRules(for: s, round: s.rounds[0].id, seed: 0))
        guard case .batch(let summary, _) = relaxed.operation else { Issue.record("not a batch"); return }
        #expect(summary == "Reglas de los grupos: subir el tamaño máximo de grupo a 2; grupos de la ronda 1 formados")
    }

    @Test func theSchedulersRefusalCountsByTheLanguagesRule() throws {
        var s = Fixture.session()
        for i in 4...7 { s.must(.topics(.propose(TopicFields(title: "Extra \(i)")))) }
        s.must(.plan(.setSelection((1...7).map(TopicID.init))))
        do { _ = try Scheduler.schedule(s, seed: 0); Issue.record("scheduled") } catch let error as AgoraError {
            #expect(error.description == "7 topics are selected for 6 places (3 rooms × 2 rounds). Select at most 6 topics, or add rooms or rounds")
            #expect(error.text(in: .fr) == "7 sujets sont retenus pour 6 emplacements (3 salles × 2 créneaux). Retenez au plus 6 sujets, ou ajoutez des salles ou des créneaux")
            #expect(error.text(in: .es) == "7 temas seleccionados para 6 huecos (3 salas × 2 rondas). Selecciona como máximo 6 temas, o añade salas o rondas")
        }
        let none = Fixture.session()
        do { _ = try Scheduler.schedule(none, seed: 0); Issue.record("scheduled") } catch let error as AgoraError {
            #expect(error.text(in: .fr) == "Aucun sujet n’est retenu. Retenez d’abord des sujets")
        }
    }

    @Test func frenchTakesTheSingularAtZeroAndOne() {
        let values = { (n: Int) in ["round": "2", "seats": "\(n)", "count": "\(n)"] }
        let table = { (n: Int, l: Language) in EngineText.table.format("grouper.tooFewSeats", in: l, values(n)) }
        #expect(table(0, .fr) == "Le créneau 2 a 0 place pour 0 participant")
        #expect(table(1, .fr) == "Le créneau 2 a 1 place pour 1 participant")
        #expect(table(2, .fr) == "Le créneau 2 a 2 places pour 2 participants")
        #expect(table(0, .en) == "Round 2 has 0 seats for 0 participants")
        #expect(table(1, .es) == "La ronda 2 tiene 1 plaza para 1 participante")
        #expect(table(0, .es) == "La ronda 2 tiene 0 plazas para 0 participantes")
    }

    @Test func aCSVErrorKeepsItsLineAndColumnInEveryLanguage() throws {
        let session = Fixture.session()
        func failure(_ csv: String) -> String {
            do { _ = try CSVImport.operation(.participants, csv: csv, source: "liste.csv", into: session); return "(imported)" } catch {
                return "\(error)"
            }
        }
        LanguageChoice.$current.withValue(Self.fr) {
            #expect(failure("name,city\n\"Ana\"x,Lyon\n") == "liste.csv:2:6: un champ entre guillemets doit être suivi d’une virgule ou d’un saut de ligne. Rien n’a été importé.")
            #expect(failure("name,city\nAna\n") == "liste.csv:2: cette ligne a 1 champ mais l’en-tête en a 2. Rien n’a été importé.")
            #expect(failure("nom,ville\nAna,Lyon\n") == "liste.csv:1: l’en-tête n’a pas de colonne «\(Self.n)name\(Self.n)»\(Self.n); vouliez-vous dire «\(Self.n)nom\(Self.n)»\(Self.n)? Associez-la avec --map name=\"nom\" (les fichiers participants ont les colonnes name,city,organization,role,email). Rien n’a été importé.")
            #expect(failure("prénom,ville\nAna,Lyon\n") == "liste.csv:1: l’en-tête n’a pas de colonne «\(Self.n)name\(Self.n)»\(Self.n); associez-en une avec --map name=EN-TÊTE (les fichiers participants ont les colonnes name,city,organization,role,email). Rien n’a été importé.")
        }
        LanguageChoice.$current.withValue(Self.es) {
            #expect(failure("name;city\nAna;\"Lyon\"x\n") == "liste.csv:2:11: un campo entre comillas debe ir seguido de un punto y coma o de un salto de línea. No se ha importado nada.")
        }
    }

    @Test func theImportsSummaryIsInTheMeetingsLanguage() throws {
        var session = Fixture.session()
        session.language = .fr
        let op = try CSVImport.operation(.participants, csv: "name,city,Notes\nZoé,Lyon,x\n", source: "liste.csv", into: session)
        guard case .batch(let summary, _) = op else { Issue.record("not a batch"); return }
        #expect(summary == "1 participant importé depuis liste.csv (colonne ignorée\(Self.n): «\(Self.n)Notes\(Self.n)»)")
        session.language = .es
        let votes = try CSVImport.operation(.participants, csv: "name,city\nZoé,Lyon\nLi,Dakar\n", source: "l.csv", into: session)
        guard case .batch(let two, _) = votes else { Issue.record("not a batch"); return }
        #expect(two == "2 participantes importados de l.csv")
    }

    @Test func aMapThatNamesNoColumnIsRefusedForEachReader() {
        do { _ = try ImportColumnMap.parse(["nmae=Nom"], for: .participants); Issue.record("parsed") } catch let error as AgoraError {
            #expect(error.message == "--map: participants have no column “nmae”; did you mean “name”?")
            #expect(error.text(in: .fr) == "--map\(Self.n): les fichiers participants n’ont pas de colonne «\(Self.n)nmae\(Self.n)»\(Self.n); vouliez-vous dire «\(Self.n)name\(Self.n)»\(Self.n)?. Les colonnes sont name, city, organization, role, email")
        } catch { Issue.record("\(error)") }
    }

    @Test func anActivitysCadenceOrDateThatIsNotUnderstoodSaysHowToWriteIt() {
        do { _ = try ActivityText.cadence(typed: "often"); Issue.record("read") } catch let error as AgoraError {
            #expect(error.description == "“often” is not a cadence. Write a number and weeks, months or years, e.g. 4 months")
            #expect(error.text(in: .fr) == "«\(Self.n)often\(Self.n)» n’est pas une fréquence. Écrivez un nombre suivi de semaines, mois ou ans, par exemple 4 mois")
            #expect(error.text(in: .es) == "«often» no es una frecuencia. Escribe un número y semanas, meses o años, p. ej. 4 meses")
        } catch { Issue.record("\(error)") }
        LanguageChoice.$current.withValue(Self.es) {
            do { _ = try ActivityText.cadence(typed: "200 meses"); Issue.record("read") } catch {
                #expect("\(error)" == "«200 meses»: una frecuencia se repite cada 1 a 120 meses")
            }
            do { _ = try ActivityText.date(typed: "otoño"); Issue.record("read") } catch {
                #expect("\(error)" == "«otoño» no es una fecha con la forma AAAA-MM-DD. Escribe p. ej. 2014-09-30, o déjalo vacío (none) si no hay")
            }
        }
    }

    @Test func theTieBreakRuleIsWrittenInTheReportsLanguage() {
        #expect(Tally.tieBreakRule == "Ties on points go to the topic with more distinct voters, then more distinct cities, then the one proposed first.")
        #expect(Tally.tieBreakRule(in: .es).hasPrefix("Con los mismos puntos"))
        #expect(TieBreak.cities.phrase(in: .fr) == "plus de villes distinctes")
    }
}
