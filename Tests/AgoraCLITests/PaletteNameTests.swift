import AgoraCore
import AgoraPalette
import AgoraTestSupport
import Foundation
import Testing

/// Names from session files are untrusted: a completion offers each one so that the words of
/// the line split back to it, whatever the name's scripts and marks.
@Suite("Palette completion of untrusted names")
struct PaletteNameTests {
    /// Found by the `palette` fuzz target: "z" and two U+0601 ARABIC SIGN SANAH, a prepended
    /// concatenation mark that joins the FOLLOWING character, so the completion's closing space
    /// is inside the name's last character. The completion is still the name and a separator.
    @Test func aNameEndingInAPrependedMarkCompletesToItself() throws {
        let g = try PaletteCompletionTests.grammar()
        var s = Fixture.session()
        let name = "z\u{0601}\u{0601}"
        s.must(.people(.add(ParticipantFields(name: name, city: "Fuzz"))))
        let completions = g.completions(for: "vote z", in: s)
        #expect(completions == ["vote \(name) "])
        for completion in completions {
            #expect(completion.unicodeScalars.last == " ")
            #expect(CommandLineWords.split(completion) == ["vote", name])
        }
    }
}
