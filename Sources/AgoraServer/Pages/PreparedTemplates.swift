import Foundation
import Mustache

/// The phone pages' templates made ready for one language when the server starts, so that a
/// request renders only what depends on it.
///
/// swift-mustache looks each `{{value}}` up through the context's dictionaries with a dozen
/// dynamic casts, which made page rendering the largest part of a serving process's CPU under
/// a room of phones. What is the same for every phone on a page in a language is therefore
/// written into the template once: each `{{t.key}}` becomes its string, and the language menu
/// at the foot of each page becomes that page's menu. Both are escaped by ``PageEscaping``
/// when they are written in (and their braces too, so that no string can become a tag), so
/// escaping stays by construction; a test checks that every page is the same bytes as the
/// plain templates give.
enum PreparedTemplates {
    /// `templates` (``PageTemplates/all``) with `text`'s strings and each page's language menu
    /// (`languageMenus`, the menu's values by page) written in; each starts with
    /// ``PageEscaping/pragma``.
    static func prepare(_ templates: [String: String], text: PhoneText,
                        languageMenus: [String: [[String: Any]]]) throws -> [String: String] {
        _ = PageEscaping.registered
        guard let foot = templates["foot"], let languages = templates["languages"] else { return templates }
        let menu = try MustacheTemplate(string: PageEscaping.pragma + withStrings(languages, text.strings))
        var prepared: [String: String] = [:]
        for (name, template) in templates {
            let pageMenu = literal(menu.render(["languages": languageMenus[name] ?? []]))
            let pageFoot = foot.replacingOccurrences(of: "{{> languages}}\n", with: pageMenu)
            prepared[name] = PageEscaping.pragma + withStrings(template.replacingOccurrences(of: "{{> foot}}", with: pageFoot), text.strings)
        }
        return prepared
    }

    /// `template` with each `{{t.key}}` replaced by the escaped string (empty when the table
    /// lacks the key, as mustache renders a missing value).
    static func withStrings(_ template: String, _ strings: [String: String]) -> String {
        template.replacing(/\{\{t\.([A-Za-z]+)\}\}/) { match in literal(PageEscaping.escape(strings[String(match.output.1)] ?? "")) }
    }

    /// Escaped HTML made safe to write into a template: its braces as character references,
    /// which a browser reads as the same characters.
    static func literal(_ html: String) -> String {
        html.replacingOccurrences(of: "{", with: "&#123;").replacingOccurrences(of: "}", with: "&#125;")
    }
}
