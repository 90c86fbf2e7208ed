import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// The Markdown escaping rule, and `--anonymize`.
@Suite("Export text")
struct ExportTextTests {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#"]

    /// Every hostile string becomes one inert line: each syntax character carries a backslash,
    /// no block can start, and removing the escapes gives the text back.
    @Test func markdownEscapingNeutralizesHostileText() {
        for original in HostileStrings.all + ["# heading", "- item", "+ item", "1. first", "12) twelve", "> quote",
                                              "a | b", "=====", "    code", "<script>alert(1)</script>", "[x](javascript:y)"] {
            let escaped = MarkdownText.escape(original)
            #expect(!escaped.contains { $0.isNewline })
            var unescaped = ""
            var pendingBackslash = false
            var characters = Array(escaped)
            for (i, c) in characters.enumerated() {
                if pendingBackslash { unescaped.append(c); pendingBackslash = false; continue }
                if c == "\\" && i + 1 < characters.count && characters[i + 1].isASCII && characters[i + 1].isPunctuation || c == "\\" && i + 1 < characters.count && characters[i + 1].isASCII && characters[i + 1].isSymbol {
                    pendingBackslash = true; continue
                }
                if Self.special.contains(c) { Issue.record("unescaped \(c) in \(escaped.debugDescription)") }
                unescaped.append(c)
            }
            #expect(unescaped == TextRules.singleLine(original), "escaping \(original.debugDescription) lost text")
            characters = Array(escaped)
            if let first = characters.first { #expect(!["-", "+", "=", "#", ">"].contains(first), "\(escaped) starts a block") }
            if let dot = characters.firstIndex(where: { !$0.isNumber }), dot > 0, characters[dot] == "." || characters[dot] == ")" {
                Issue.record("\(escaped) starts an ordered list")
            }
        }
    }

    @Test func hostileTextInReportsStaysInsideItsLines() throws {
        let sessions = ExportParseBackTests.hostile
        for text in [try ExportRequest(subject: .report, format: .markdown).render(sessions, now: ExportFixtures.now).text,
                     try ExportRequest(subject: .projects, format: .markdown).render(sessions, now: ExportFixtures.now).text,
                     try ExportRequest(subject: .experiences, format: .markdown).render(sessions, now: ExportFixtures.now).text] {
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                // Every line is one the renderer wrote: a heading, list item, table row, quote,
                // emphasis label or an escaped paragraph; table rows keep their cell count.
                if line.hasPrefix("|") {
                    let cells = line.split(separator: "|", omittingEmptySubsequences: false).count
                    let escapedPipes = line.components(separatedBy: "\\|").count - 1
                    #expect([6, 8, 9].contains(cells - escapedPipes), "a table row with \(cells - escapedPipes - 2) cells: \(line)")
                }
            }
        }
    }

    @Test func anonymizeDropsEveryParticipantName() throws {
        let demo = ExportFixtures.demo
        let names = demo.session.participants.map(\.name)
        for subject in ExportSubject.allCases {
            for format in ExportRequest.formats[subject, default: []] where !(subject == .groups || subject == .results || (subject == .schedule && format == .csv)) {
                let text = try ExportRequest(subject: subject, format: format, anonymize: true).render(ExportFixtures.folder, now: ExportFixtures.now).text
                for name in names + ["Ana", "Dina"] {
                    #expect(!text.contains(name), "\(subject) \(format) names \(name)")
                    // Names are also not hidden behind escapes or folds.
                    let flat = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\\", with: "")
                    #expect(!flat.contains(name), "\(subject) \(format) names \(name)")
                }
                // Cities and organizations stay.
                let kept = subject == .report || subject == .experiences ? ["Bordeaux Métropole", "Lappeenranta"] : ["Lappeenranta"]
                for word in kept { #expect(text.contains(word), "\(subject) \(format) lost \(word)") }
            }
        }
    }

    @Test func anonymizeRedactsNamesInFreeTextAndOwners() {
        var s = DemoSession.make()
        s.projects[0].description = "Claire Dubois will call Li Wei; Claire Duboisson is someone else."
        s.projects[0].activities[0].owner = "Claire Dubois"
        let a = s.anonymized()
        #expect(a.projects[0].description == "[name withheld] will call [name withheld]; Claire Duboisson is someone else.")
        #expect(a.projects[0].activities[0].owner == "Bordeaux")
        #expect(a.participants.allSatisfy { $0.name.isEmpty })
        #expect(a.credit(ParticipantID(1)) == "Bordeaux Métropole, Bordeaux")
    }
}
