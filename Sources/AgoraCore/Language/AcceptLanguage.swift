import Foundation

/// The browser's `Accept-Language` header, read for the languages Agora speaks (RFC 9110 §12.5.4).
extension Language {
    /// The language a browser asks for most among en, fr and es: "fr-CA,fr;q=0.9,en;q=0.8"
    /// gives French, "de,es;q=0.5" Spanish. Equal weights keep the header's order; `q=0`
    /// refuses a language; `*` and a header naming none of the three give nil (the caller's
    /// default, such as the meeting's language). A malformed weight counts as 0, never as a crash.
    public static func negotiate(acceptLanguage header: String) -> Language? {
        var best: (language: Language, weight: Double, index: Int)?
        for (index, entry) in header.split(separator: ",").enumerated() {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, !tag.isEmpty, tag != "*" else { continue }
            let primary = tag.split(separator: "-").first.map { String($0).lowercased() } ?? ""
            guard let language = Language(rawValue: primary) else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)).flatMap { (0...1).contains($0) ? $0 : nil } ?? 0
            }
            guard weight > 0 else { continue }
            if best == nil || weight > best!.weight { best = (language, weight, index) }
        }
        return best?.language
    }
}
