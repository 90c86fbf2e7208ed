import Mustache

/// How the phone pages escape every value: the five characters swift-mustache's own HTML
/// content type escapes, as the same entities, looked at byte by byte.
///
/// Two reasons to have our own. Speed: swift-mustache walks a value's `Character`s through a
/// dictionary and copies it even when nothing needs escaping, as most values do (this was ≈ 9 %
/// of a serving process's CPU under a room of phones); here a value with nothing to escape is
/// returned as it is. Safety: walking `Character`s, a quote followed by a combining mark (`"`
/// + U+0301, one grapheme) is not a `"` and goes out unescaped, which can end an attribute;
/// bytes cannot hide it.
///
/// Every template declares it with ``pragma`` (the content type is chosen when a template is
/// parsed, and a partial starts again from mustache's own HTML escaping, which stays the safe
/// default for one that would not declare it).
struct PageEscaping: MustacheContentType {
    static let name = "AGORA_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the content type with swift-mustache, once, before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(PageEscaping(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscaping) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                case UInt8(ascii: "'"): out += "&#39;".utf8
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
