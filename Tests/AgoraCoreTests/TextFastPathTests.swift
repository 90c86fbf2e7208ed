import Foundation
import Testing
@testable import AgoraCore
import AgoraTestSupport

/// `TextWords` and `TextRules.singleLine` read ASCII text by its bytes and any other
/// text by its characters. The byte paths must give exactly what the character paths give.
@Suite("Text: ASCII fast paths agree with the Unicode ones")
struct TextFastPathTests {
    /// Random texts over bytes that matter here: letters, digits, spaces, tabs, CR, LF, CRLF,
    /// punctuation, control characters.
    static func asciiTexts(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        let pieces = ["a", "Z", "q", "7", "0", " ", "  ", "\t", "\r", "\n", "\r\n", "-", "'", ";", ".", "\u{7F}", "\u{1}",
                      "fall", "of", "2014", "Q3", "next", "18", "months", "every", "Monthly", "Workshops", "calls"]
        return (0..<count).map { _ in
            (0..<random.below(14)).map { _ in pieces[random.below(pieces.count)] }.joined()
        }
    }

    static let count = TestEffort.runs(ci: 2_000, local: 20_000)

    @Test func wordsAreCutAlikeByBytesAndByCharacters() {
        for text in Self.asciiTexts(count: Self.count, seed: 1) {
            for numbers in [false, true] {
                let characters = text.split { !($0.isLetter || numbers && $0.isNumber) }.map(String.init)
                #expect(TextWords.split(text, numbers: numbers) == characters, "\(text.debugDescription)")
            }
        }
        // Not ASCII: the characters decide ("é" is a letter, "٣" a number, "\u{301}" joins the letter before it).
        #expect(TextWords.split("café-٣ e\u{301}te", numbers: true) == ["café", "٣", "e\u{301}te"])
        #expect(TextWords.split("café-٣ e\u{301}te", numbers: false) == ["café", "e\u{301}te"])
    }

    @Test func wordsAreFoundAtTheSamePlacesByBytesAndByCharacters() {
        for text in Self.asciiTexts(count: Self.count, seed: 2) {
            for numbers in [false, true] {
                #expect(TextWords.rangesByBytes(text, numbers: numbers) == TextWords.rangesByCharacters(text, numbers: numbers),
                        "\(text.debugDescription)")
            }
        }
    }

    @Test func aCleanASCIILineIsReturnedAsItIsAndAnyOtherIsCleaned() {
        var clean = 0
        for text in Self.asciiTexts(count: Self.count, seed: 3) {
            let byScalars = TextRules.singleLineByScalars(text)
            #expect(TextRules.singleLine(text) == byScalars, "\(text.debugDescription)")
            if TextRules.isSingleLineASCII(text) {
                clean += 1
                #expect(byScalars == text, "\(text.debugDescription) is not already one clean line")
            }
        }
        #expect(clean > Self.count / 20, "the texts must include clean lines for the fast path to be tried")
        #expect(!TextRules.isSingleLineASCII(" a") && !TextRules.isSingleLineASCII("a ") && !TextRules.isSingleLineASCII("a  b"))
        #expect(TextRules.isSingleLineASCII("Online exchange every 4 months") && TextRules.isSingleLineASCII(""))
    }

    @Test func theKindIsTheFirstRuleWithAStemThatStartsAWord() {
        // The rule as first written: each kind's stems against every word, in the rules' order.
        func reference(_ text: String) -> ActivityKind {
            let words = Set(TextRules.searchKey(text).split { !$0.isLetter }.map { w -> String in
                w.hasSuffix("s") && w.count > 3 ? String(w.dropLast()) : String(w)
            })
            return ActivityText.kindRules.first { _, stems in stems.contains { stem in words.contains { $0.hasPrefix(stem) } } }?.0 ?? .other
        }
        var random = SeededGenerator(seed: 4)
        let stems = ActivityText.kindRules.flatMap(\.1)
        let extras = ["", "s", "es", "ing", "x"]
        let others = ["locally", "affairs", "calm", "the", "a", "Réunion", "ÉCHANGES", "guías", "2014"]
        var kinds = Set<ActivityKind>()
        for _ in 0..<Self.count {
            let words = (0..<random.below(5)).map { _ in
                random.below(3) == 0 ? others[random.below(others.count)]
                    : String(stems[random.below(stems.count)].prefix(random.below(3) == 0 ? 3 : 40)) + extras[random.below(extras.count)]
            }
            let text = words.joined(separator: random.below(2) == 0 ? " " : ", ")
            let kind = ActivityText.kind(of: text)
            kinds.insert(kind)
            #expect(kind == reference(text), "\(text.debugDescription)")
        }
        #expect(kinds == Set(ActivityKind.allCases), "every kind must come up")
    }
}
