import AgoraCore
import AgoraTestSupport
import Foundation
import PropertyBased
import Testing

/// Text of any length is measured, cut and tabled the same as by the rule's plain definition
/// (normalize the whole text, then walk its clusters), while reading only what is shown.
@Suite("Long text")
struct LongTextTests {
    let m = TextWidth.unicode

    /// The rule spelled out on the whole text at once: the reference for the windowed walk.
    func referenceClusters(_ text: String) -> [String] {
        m.displayText(text).compactMap { m.width(of: $0) == 0 ? nil : String($0) }
    }

    func clusters(_ text: String) -> [String] {
        var out: [String] = []
        m.forEachCluster(text) { c, _ in out.append(c); return true }
        return out
    }

    @Test func theWindowedWalkMatchesTheRuleOnTextLongerThanAWindow() async {
        let pieces = Gen.element(of: HostileStrings.all + ["a", "é", "e\u{301}", "👨‍👩‍👧", "🇫🇷🇩🇪", "漢字", "\r\n", "\u{FEFF}", "x"])
            .map { $0 ?? "" }.array(of: 1...400)
        await propertyCheck(count: TestEffort.runs(40), input: pieces) { pieces in
            let text = pieces.joined()
            #expect(clusters(text) == referenceClusters(text))
            #expect(m.width(text) == referenceClusters(text).map { m.width(of: Character($0)) }.reduce(0, +))
        }
    }

    @Test func truncationOfLongTextMatchesTheRule() {
        let long = String(repeating: "Ab 漢é👍🏽 ", count: 5000)
        let cut = m.truncate(long, to: 21)
        let expected = referenceClusters(long)
        var text = "", used = 0
        for c in expected {
            let w = m.width(of: Character(c))
            if used + w > 20 { break }
            text += c; used += w
        }
        #expect(cut.text == text + "…")
        #expect(cut.width == used + 1)
        #expect(m.truncate("Ab 漢", to: 5) == ("Ab 漢", 5))
        #expect(m.truncate("Ab 漢é", to: 5) == ("Ab …", 4))
    }

    /// Regression (issue 9): a 1 MB name made `show` take seconds and hundreds of MB.
    /// Cutting it to a column reads a few clusters; measuring and tabling it is one pass.
    @Test func aMegabyteFieldIsCutAndTabledInOnePass() {
        let size = TestEffort.size(ci: 1_000_000, local: 4_000_000)
        let name = String(repeating: "é", count: size / 2)
        #expect(m.truncate(name, to: 10) == (String(repeating: "é", count: 9) + "…", 10))
        #expect(m.width(name) == size / 2)
        let lines = PlainTable.lines([["1", name], ["22", "Bo"]], measure: m)
        #expect(lines[0].utf8.count == 1 + 1 + 2 + size)
        #expect(lines[1] == "22  Bo")
        let zalgo = "a" + String(repeating: "\u{301}", count: 10_000) + "b"
        #expect(m.truncate(zalgo, to: 1).text == "…")
        #expect(clusters(zalgo).count == 2)
    }
}
