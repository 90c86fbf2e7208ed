import AgoraCore
import AgoraPalette
import AgoraTestSupport
import AgoraTUI
import Foundation
import Testing

/// Issue 12 item 9: the palette completes each argument by the kind its command declares
/// (read from `agora --experimental-dump-help`, the tool's own description), so a project
/// is offered where a project is expected and never a topic's title.
@Suite("Palette completion by argument kind")
struct PaletteCompletionTests {
    static func grammar() throws -> PaletteGrammar {
        let dump = try AgoraBinary.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory)
        #expect(dump.status == 0, "\(dump.stderr)")
        return try PaletteGrammar(dumpHelp: Data(dump.stdout.utf8))
    }

    /// Names that start alike across kinds: a topic, a project, an experience and a city
    /// all start with "Open".
    static func session() -> Session {
        var s = Fixture.session()
        s.must(.topics(.propose(TopicFields(title: "Open data for mobility"))))
        s.must(.people(.add(ParticipantFields(name: "Olga", city: "Oporto"))))
        s.must(.work(.addProject(ProjectFields(title: "Open innovation lab", leadCity: "Bordeaux"))))
        s.must(.work(.addExperience(ExperienceFields(city: "Bordeaux", title: "Open streets on Sundays"))))
        return s
    }

    @Test func eachArgumentCompletesItsOwnKind() throws {
        let g = try Self.grammar(), s = Self.session()
        // The report's case: a project where a project is expected.
        #expect(g.completions(for: "project activity open", in: s) == ["project activity \"Open innovation lab\" "])
        #expect(g.completions(for: "project remove O", in: s) == ["project remove \"Open innovation lab\" "])
        // Topics.
        #expect(g.completions(for: "topic withdraw o", in: s) == ["topic withdraw \"Open data for mobility\" "])
        #expect(g.completions(for: "topic merge \"Open data for mobility\" t", in: s)
                == ["topic merge \"Open data for mobility\" \"Talent retention\" "])
        #expect(g.completions(for: "experience add --topic O", in: s) == ["experience add --topic \"Open data for mobility\" "])
        // Participants: the voter first, then the topics that get the dots.
        #expect(g.completions(for: "vote o", in: s) == ["vote Olga "])
        #expect(g.completions(for: "vote Olga o", in: s) == ["vote Olga \"Open data for mobility\" "])
        #expect(g.completions(for: "vote Olga Data Gr", in: s) == ["vote Olga Data \"Greentech encounters\" "])
        #expect(g.completions(for: "topic add X --by o", in: s) == ["topic add X --by Olga "])
        // Experiences.
        #expect(g.completions(for: "experience promote o", in: s) == ["experience promote \"Open streets on Sundays\" "])
        // Cities.
        #expect(g.completions(for: "participant add Zoé --city o", in: s) == ["participant add Zoé --city Oporto "])
        #expect(g.completions(for: "project add Z --lead B", in: s) == ["project add Z --lead Bordeaux "])
        // Values a command lists.
        #expect(g.completions(for: "project status 1 ag", in: s) == ["project status 1 agreed "])
        #expect(g.completions(for: "voting c", in: s) == ["voting close "])
        // Free text completes nothing; options complete by name.
        #expect(g.completions(for: "project activity 1 o", in: s) == [])
        #expect(g.completions(for: "topic add --d", in: s) == ["topic add --description "])
        // Verbs as before.
        #expect(g.completions(for: "proj", in: s) == ["project "])
    }

    @Test func roomsAndRoundsCompleteFromTheSession() throws {
        let g = try Self.grammar()
        var s = Self.session()
        s.must(.setup(.addRoom(name: "Forum", capacity: 10)))
        #expect(g.completions(for: "settings --remove-room Fo", in: s) == ["settings --remove-room Forum "])
        let rounds = g.completions(for: "move Ana --round ", in: s)
        #expect(rounds == s.rounds.indices.map { "move Ana --round \($0 + 1) " })
    }
}
