import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

@Suite("Phone pages: templates, strings, weight")
struct PageTemplateTests {
    /// Escaping by construction: no template has an unescaped tag, but for the slots of the
    /// rows that their own templates rendered.
    @Test func noTemplateWritesAValueUnescaped() throws {
        let unescaped = try Regex("\\{\\{\\{\\s*([^}]*?)\\s*\\}\\}\\}")
        var slots: Set<String> = []
        for (name, template) in PageTemplates.all {
            for match in template.matches(of: unescaped) {
                let slot = String(try #require(match.output[1].substring))
                #expect(PageTemplates.renderedSlots.contains(slot), "\(name) writes {{{\(slot)}}}")
                slots.insert(slot)
            }
            #expect(!template.replacing(unescaped, with: "").contains("{{{"), "\(name)")
            #expect(!template.contains("{{&"), "\(name)")
        }
        #expect(slots == PageTemplates.renderedSlots)
    }

    /// Every `{{t.key}}` a page names is in the table, and every string of the table is used
    /// (by a page or by the code), so a French table with the same keys covers everything.
    @Test func everyStringAPageNamesIsInTheTable() throws {
        let pattern = try Regex("\\{\\{t\\.([A-Za-z]+)\\}\\}")
        var named = Set<String>()
        for template in PageTemplates.all.values {
            for match in template.matches(of: pattern) { named.insert(String(match.output[1].substring!)) }
        }
        let table = Set(PhoneText.english.strings.keys)
        #expect(named.subtracting(table).isEmpty, "missing: \(named.subtracting(table).sorted())")
        let sources = try FileManager.default.subpathsOfDirectory(atPath: Self.serverSources.path)
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix("PhoneText.swift") }
            .map { try String(contentsOf: Self.serverSources.appendingPathComponent($0), encoding: .utf8) }.joined()
        let unused = table.filter { key in !named.contains(key) && !sources.contains("\"\(key)\"") }
        #expect(unused.isEmpty, "unused: \(unused.sorted())")
    }

    static var serverSources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AgoraServer")
    }

    /// Each page, with its style sheet and script, stays under 60 KB for a full meeting (60
    /// people, 40 topics, a plan) and uses no outside asset.
    @Test func everyPageWithItsCSSAndScriptWeighsUnder60KB() throws {
        var s = Fixture.emptySession()
        for i in 1...60 { s.must(.people(.add(ParticipantFields(name: "Person \(i) with a long name", city: "City \(i % 12)")))) }
        for i in 1...40 { s.must(.topics(.propose(TopicFields(title: "Topic \(i) about a long subject", description: String(repeating: "Why it matters. ", count: 8))))) }
        s.must(.voting(.open))
        let pages = try PhonePages(base: "/token")
        let me = s.participants[0]
        let rendered = [
            pages.join(s, query: "", csrf: "c"), pages.home(s, me: me), pages.vote(s, me: me, csrf: "c"),
            pages.propose(s, me: me, csrf: "c"), pages.plan(s, me: me), pages.share(s, me: me, csrf: "c"),
            pages.projects(s, me: me, csrf: "c"), pages.wall(s),
        ]
        let assets = PageTemplates.css.utf8.count + PageTemplates.liveScript.utf8.count
        for page in rendered {
            #expect(page.utf8.count + assets <= 60 * 1024, "\(page.utf8.count) + \(assets) bytes")
            #expect(!page.contains("http://") && !page.contains("https://"), "no outside asset")
        }
    }

    @Test func theStyleSheetMakesTapTargetsLargeAndWraps() {
        #expect(PageTemplates.css.contains("min-height:48px"))
        #expect(PageTemplates.css.contains("overflow-wrap:anywhere"))
    }

    /// The colours of text on their backgrounds reach WCAG AA (4.5:1).
    @Test func textColoursHaveAAContrast() {
        func luminance(_ hex: String) -> Double {
            let v = Int(hex.dropFirst(), radix: 16)!
            return [v >> 16, (v >> 8) & 255, v & 255].map { c -> Double in
                let s = Double(c) / 255
                return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }.enumerated().map { [0.2126, 0.7152, 0.0722][$0.offset] * $0.element }.reduce(0, +)
        }
        func ratio(_ a: String, _ b: String) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        let pairs = [("#1b1b1b", "#ffffff"), ("#ffffff", "#123d6b"), ("#0b4fa8", "#ffffff"), ("#ffffff", "#0b4fa8"),
                     ("#3d3d3d", "#ffffff"), ("#10451f", "#e6f4ea"), ("#7a1010", "#fdecec"), ("#123d6b", "#ffffff")]
        for (text, background) in pairs {
            #expect(PageTemplates.css.contains(text) && PageTemplates.css.contains(background))
            #expect(ratio(text, background) >= 4.5, "\(text) on \(background): \(ratio(text, background))")
        }
    }

    @Test func formFieldsAllHaveLabels() throws {
        var s = Fixture.session()
        s.must(.phones(.setWalkInsAllowed(true)))
        s.must(.voting(.open))
        s.must(.phones(.setProposalsOpen(true)))
        let pages = try PhonePages(base: "/token")
        let me = s.participants[0]
        for page in [pages.join(s, query: "", csrf: "c"), pages.vote(s, me: me, csrf: "c"), pages.propose(s, me: me, csrf: "c"),
                     pages.share(s, me: me, csrf: "c")] {
            let ids = page.matches(of: try Regex("<(?:input|textarea) id=\"([^\"]+)\"")).map { String($0.output[1].substring!) }
            #expect(!ids.isEmpty)
            for id in ids { #expect(page.contains("<label for=\"\(id)\">"), "no label for \(id)") }
        }
    }

    @Test func formBodiesDecodeAsBrowsersEncodeThem() throws {
        let form = try FormBody("csrf=a%2Bb&name=Ana+Mar%C3%ADa&empty=&name=second&flag")
        #expect(form["csrf"] == "a+b")
        #expect(form["name"] == "Ana María")
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
        #expect(throws: FormBody.Malformed.self) { try FormBody("a=%FF") }
        #expect(throws: FormBody.Malformed.self) { try FormBody("a=%2") }
        let round = try FormBody(FormBody.encode([("title", "A & B = c+d/ü")]))
        #expect(round["title"] == "A & B = c+d/ü")
    }

    @Test func tokensAreLongRandomAndWellFormed() {
        let tokens = (0..<100).map { _ in Secrets.meetingToken() }
        #expect(Set(tokens).count == 100)
        #expect(tokens.allSatisfy { $0.count == 26 && $0.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) } })
        let secret = Secrets.deviceSecret()
        #expect(Secrets.isDeviceSecret(secret))
        #expect(!Secrets.isDeviceSecret(secret + "x"))
        #expect(!Secrets.isDeviceSecret(String(secret.dropLast()) + "+"))
        // SHA-256 of "abc", the standard test vector.
        #expect(Secrets.deviceKey(forSecret: "abc").digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secrets.base32([0xff, 0x00]) == "74aa")
    }

    /// URL-safe base64 without padding: RFC 4648's test vectors, and Foundation's base64 with
    /// `+/` as `-_` and no `=` for every length up to 70 bytes.
    @Test func base64URLIsRFC4648WithoutPadding() {
        let vectors = ["": "", "f": "Zg", "fo": "Zm8", "foo": "Zm9v", "foob": "Zm9vYg", "fooba": "Zm9vYmE", "foobar": "Zm9vYmFy"]
        for (text, encoded) in vectors { #expect(Secrets.base64URL(Array(text.utf8)) == encoded, "\(text)") }
        #expect(Secrets.base64URL([0xfb, 0xff, 0xbf]) == "-_-_")
        var generator = SystemRandomNumberGenerator()
        for count in 0...70 {
            let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let foundation = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(Secrets.base64URL(bytes) == foundation, "\(bytes)")
        }
    }
}
