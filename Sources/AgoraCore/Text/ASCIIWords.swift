/// The words of a text, as the activity readers cut them: runs of letters (and digits when
/// `numbers`), split on everything else. An ASCII text, as most are once folded by
/// ``TextRules/searchKey(_:)``, is cut by its bytes, without Unicode's property tables; any
/// other text by its characters (`Character.isLetter`, `isNumber`). Both cut ASCII alike.
enum ASCIIWords {
    static func split(_ text: String, numbers: Bool) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split { !($0.isLetter || numbers && $0.isNumber) }.map(String.init)
        }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            if isWordByte(byte, numbers: numbers) {
                word.append(byte)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Whether an ASCII byte is a letter (or, when `numbers`, a digit).
    static func isWordByte(_ byte: UInt8, numbers: Bool) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0x30...0x39: numbers
        default: false
        }
    }
}
