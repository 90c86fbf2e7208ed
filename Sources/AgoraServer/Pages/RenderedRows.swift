import Mustache
import Synchronization

/// HTML that a template rendered, values escaped: the only kind of value the pages write
/// unescaped (`{{{…}}}`). Made only by ``RenderedRows``, from a row template.
struct RenderedHTML: MustacheCustomRenderable, Sendable {
    let renderText: String
    var isNull: Bool { renderText.isEmpty }
    fileprivate init(_ html: String) { renderText = html }
}

/// The rows of the long lists on the phone pages (the ballot's topics, the people still
/// without a phone), each rendered once from its own template and then kept by the values it
/// shows.
///
/// swift-mustache looks every `{{value}}` up through the context with a dozen dynamic casts;
/// a ballot of 20 topics is 150 such look-ups, and the vote and join pages were the largest
/// part of a serving process's CPU under a room of phones. A row's HTML depends only on its
/// own values (a topic's title, the phone's dots on it), which repeat from phone to phone
/// and from one version of the session to the next, so a page now asks this cache for each
/// row and the template for one value. Thread-safe (the server's threads share it) and bounded.
final class RenderedRows: Sendable {
    /// Rows kept at most (a few hundred bytes each), give or take one page's rows: when a page
    /// would take the cache beyond it, the cache starts again empty with that page's rows.
    let limit: Int
    private let rows = Mutex<[[String]: String]>([:])

    init(limit: Int = 4096) { self.limit = limit }

    /// The rows whose values are `keys` (everything that row's template shows, as text, with
    /// the template's name first), each from the cache or from `render`, joined in order.
    func html(_ keys: [[String]], render: ([String]) -> String) -> RenderedHTML {
        var found: [String?] = rows.withLock { rows in keys.map { rows[$0] } }
        var made: [([String], String)] = []
        for (n, key) in keys.enumerated() where found[n] == nil {
            let row = render(key)
            found[n] = row
            made.append((key, row))
        }
        if !made.isEmpty {
            rows.withLock { rows in
                if rows.count + made.count > limit { rows.removeAll(keepingCapacity: true) }
                for (key, row) in made { rows[key] = row }
            }
        }
        return RenderedHTML(found.lazy.compactMap { $0 }.joined())
    }

    /// How many rows are kept (for tests).
    var count: Int { rows.withLock { $0.count } }
}
