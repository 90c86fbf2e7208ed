@testable import AgoraCore
@testable import AgoraTUI
import AgoraTestSupport
import Foundation
import Testing

@Suite struct TextWidthTests {
    let m = TextWidth.unicode

    @Test func asciiCJKAndCombiningMarks() {
        #expect(m.width("Bordeaux") == 8)
        #expect(m.width("北京") == 4)
        #expect(m.width("e\u{301}te\u{301}") == 3)    // été with combining accents
        #expect(m.width("ＡＢ") == 4)                  // fullwidth
        #expect(m.width("مرحبا") == 5)               // RTL: one column per letter
    }

    @Test func emojiAreNormalizedBeforeDrawing() {
        #expect(m.displayText("👍🏽") == "👍")           // skin tone dropped
        #expect(m.width("👍🏽") == 2)
        #expect(m.displayText("👨‍👩‍👧") == "👨👩👧")      // ZWJ dropped: three emoji
        #expect(m.width("👨‍👩‍👧") == 6)
        #expect(m.displayText("❤️") == "❤")            // VS16 dropped
        #expect(m.width("❤️") == 1)
        #expect(m.displayText("a\u{202E}b\u{200B}c") == "abc") // bidi override and zero-width space dropped
        #expect(m.displayText("a\tb\nc\u{7}") == "a b c")
    }

    @Test func truncationEndsOnACellBoundary() {
        #expect(m.truncate("Data mining for SMEs", to: 10).text == "Data mini…")
        let cjk = m.truncate("北京北京北京", to: 6)
        #expect(cjk.text == "北京…" && cjk.width == 5)   // never half a wide character
        #expect(m.truncate("short", to: 10).text == "short")
        #expect(m.truncate("anything", to: 0).text == "")
        #expect(m.truncate("ab", to: 1).text == "…")
    }

    @Test func injectedWidthFunctionIsUsed() {
        let everythingWide = TextWidth { _ in 2 }
        #expect(everythingWide.width("abc") == 3)      // ASCII fast path is fixed at 1
        #expect(everythingWide.width("é") == 2)
    }

    /// Every string of the Big List of Naughty Strings, drawn in a 24-column box between
    /// borders, leaves each row exactly 24 columns wide with the right border in place.
    @Test func naughtyStringsNeverMisalignColumns() throws {
        let strings = HostileStrings.all
        #expect(strings.count > 400)
        for s in strings {
            var buffer = Buffer(size: Size(width: 26, height: 3), measure: m)
            buffer.box(buffer.area)
            buffer.write(s, in: Rect(x: 1, y: 1, width: 24, height: 1), role: .normal)
            for y in 0..<3 {
                var columns = 0
                var x = 0
                while x < 26 {
                    let cell = buffer[x, y]
                    #expect(!cell.isContinuation, "orphan continuation at \(x) for \(s.debugDescription)")
                    #expect(m.width(cell.text) == Int(cell.width), "cell width differs for \(s.debugDescription)")
                    columns += Int(cell.width); x += max(1, Int(cell.width))
                }
                #expect(columns == 26, "row \(y) is \(columns) columns for \(s.debugDescription)")
            }
            #expect(buffer[25, 1].text == "│", "right border moved for \(s.debugDescription)")
            #expect(m.truncate(s, to: 10).width <= 10)
            #expect(m.width(m.truncate(s, to: 10).text) == m.truncate(s, to: 10).width)
        }
    }
}
