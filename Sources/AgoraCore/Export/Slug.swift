/// Stable, ASCII-only identifiers made from text, for calendar UIDs.
enum Slug {
    /// "Saint-Étienne du Rouvray" → "saint-etienne-du-rouvray"; "" when nothing ASCII is left.
    static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for character in TextRules.searchKey(text).lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// FNV-1a (32 bits) of the UTF-8 bytes, as 8 lower-case hex digits: the same text gives
    /// the same digits on every machine and run (unlike `Hasher`).
    static func hash(_ text: String) -> String {
        var h: UInt32 = 0x811C_9DC5
        for byte in text.utf8 { h = (h ^ UInt32(byte)) &* 0x0100_0193 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// `agora-2013-05-20-bordeaux-1a2b3c4d`: names one meeting in calendar UIDs (date, host
    /// city, and a hash of the title so that two meetings of one city on one day differ).
    static func meeting(_ m: Meeting) -> String {
        let city = make(m.hostCity)
        return "agora-\(m.date)-\(city.isEmpty ? "city" : city)-\(hash(m.title))"
    }
}
