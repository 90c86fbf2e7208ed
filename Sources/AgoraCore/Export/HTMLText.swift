/// How free text is written into HTML: the one escaping rule.
public enum HTMLText {
    /// `text` safe as HTML element content or a quoted attribute value: `& < > " '` become
    /// character references, CR LF and CR become LF, and characters HTML forbids in text
    /// (C0 controls other than tab and LF, DEL, C1 controls, and the noncharacters U+FDD0–U+FDEF
    /// and U+FFFE/U+FFFF of every plane, parse errors in a strict parser such as html5lib) are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "\n"
            case "\n": if !previousWasCR { out += "\n" }
            case "\t": out += "\t"
            default:
                if isForbidden(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Characters that are parse errors in HTML text: controls and noncharacters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isNoncharacterCodePoint
    }
}
