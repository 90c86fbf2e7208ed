/// The words of a text, as the activity readers and name matching cut them: runs of letters
/// (and digits when `numbers`), split on everything else. One place for the rule.
///
/// An ASCII text, as most are once folded by ``TextRules/searchKey(_:)``, is cut by its bytes,
/// without Unicode's property tables; any other text by its characters (`Character.isLetter`,
/// `isNumber`). Both cut ASCII alike ("\r\n", one character of two bytes, is in no word).
enum TextWords {
    static func split(_ text: String, numbers: Bool) -> [String] {
        ranges(in: text, numbers: numbers).map { String(text[$0]) }
    }

    /// Where each word of `text` is.
    static func ranges(in text: String, numbers: Bool) -> [Range<String.Index>] {
        text.utf8.allSatisfy { $0 < 0x80 } ? rangesByBytes(text, numbers: numbers) : rangesByCharacters(text, numbers: numbers)
    }

    static func rangesByBytes(_ text: String, numbers: Bool) -> [Range<String.Index>] {
        func isWord(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A: true
            case 0x30...0x39: numbers
            default: false
            }
        }
        return runs(text.utf8) { isWord($0) }
    }

    static func rangesByCharacters(_ text: String, numbers: Bool) -> [Range<String.Index>] {
        runs(text) { $0.isLetter || numbers && $0.isNumber }
    }

    /// The runs of elements of `view` that are words.
    private static func runs<View: Collection>(_ view: View, isWord: (View.Element) -> Bool) -> [Range<String.Index>] where View.Index == String.Index {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        for i in view.indices {
            if isWord(view[i]) {
                if start == nil { start = i }
            } else if let s = start {
                ranges.append(s..<i)
                start = nil
            }
        }
        if let s = start { ranges.append(s..<view.endIndex) }
        return ranges
    }
}
