import Foundation
import Testing
import AgoraCore
import AgoraTestSupport
@testable import AgoraStore

/// Any file that loads saves back valid against the published schema: random sessions, their
/// numbers replaced by extreme ones (`Int.max`, `Int.min`, 0, −1, every range's edges), their
/// texts by huge or invisible ones, keys duplicated or misspelt. Each mutant is refused with a
/// message or loads; every one that loads is saved and checked by Python's `jsonschema`.
@Suite("Session file: whatever loads saves back valid")
struct LoadSavePropertyTests {
    /// Mutants per run: few on CI, more when asked (`AGORA_PROPERTY_COUNT=2000`).
    static var count: Int { TestEffort.runs(ci: 40, local: 200) }

    /// The file text of `session` with one random change.
    static func mutant(of text: String, _ random: inout SeededGenerator) -> String {
        var bytes = Array(text.utf8)
        // Places of numbers (after " : " or in a list) and of string values.
        var numbers: [Range<Int>] = [], strings: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x22 {
                var j = i + 1
                while j < bytes.count, bytes[j] != 0x22 { j += bytes[j] == 0x5C ? 2 : 1 }
                let isValue = i >= 2 && bytes[i - 2] == 0x3A
                if isValue { strings.append(i..<(j + 1)) }
                i = j + 1
            } else if bytes[i] == 0x2D || (0x30...0x39).contains(bytes[i]) {
                var j = i + 1
                while j < bytes.count, (0x30...0x39).contains(bytes[j]) { j += 1 }
                numbers.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        let texts = ["\"" + String(repeating: "x", count: 501) + "\"", "\"\u{200B}\"", "\"\"", "\"\u{FEFF}Zoë\"",
                     "\"" + String(repeating: "é", count: 500) + "\""]
        switch random.below(4) {
        case 0 where !numbers.isEmpty, 1 where !numbers.isEmpty:
            let place = numbers[random.below(numbers.count)]
            let extreme = OperationGenerator.extremeNumbers[random.below(OperationGenerator.extremeNumbers.count)]
            bytes.replaceSubrange(place, with: Array(String(extreme).utf8))
        case 2 where !strings.isEmpty:
            let place = strings[random.below(strings.count)]
            bytes.replaceSubrange(place, with: Array(texts[random.below(texts.count)].utf8))
        default:
            // Repeat one line holding a key (a duplicate key, or a doubled list item's field).
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let keyed = lines.indices.filter { lines[$0].contains("\" : ") && lines[$0].hasSuffix(",") }
            guard let line = keyed.isEmpty ? nil : keyed[random.below(keyed.count)] else { break }
            var copy = lines
            copy.insert(lines[line], at: line)
            return copy.joined(separator: "\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func whateverLoadsSavesBackValid() throws {
        var random = SeededGenerator(seed: 9)
        let sessions = try SessionFileTests.fixtures().map(\.1)
            + (UInt64(1)...4).map { RandomSessions.session(seed: $0, steps: 120).session }
        let texts = try sessions.map { String(decoding: try SessionFile.encode($0), as: UTF8.self) }
        var saved: [(String, Session)] = [], refused = 0
        for n in 0..<Self.count {
            let text = Self.mutant(of: texts[n % texts.count], &random)
            do {
                let session = try SessionFile.decode(Data(text.utf8), source: "mutant-\(n).json")
                saved.append(("mutant-\(n)", session))
            } catch let error as SessionFileError {
                refused += 1
                #expect(error.line != nil || error.path != nil, "\(error)")
            }
        }
        // Both outcomes happen: the property is not vacuous.
        #expect(saved.count > Self.count / 10, "only \(saved.count) of \(Self.count) loaded")
        #expect(refused > Self.count / 10, "only \(refused) of \(Self.count) were refused")
        let (folder, files) = try SessionFileSchemaTests.write(saved)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SessionFileSchemaTests.validate(files)
        #expect(result.status == 0, "\(result.output)")
    }
}
