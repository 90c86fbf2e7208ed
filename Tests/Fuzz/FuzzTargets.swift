// libFuzzer entry point for Agora's input readers. Not a SwiftPM target: `Tests/Fuzz/run.sh`
// compiles it with AgoraCore, AgoraStore and AgoraPalette through
// `swiftc -sanitize=fuzzer,address`. The target is chosen by `AGORA_FUZZ_TARGET`:
// session, journal, csv, words, activity, palette.
import Foundation
import AgoraCore
import AgoraPalette
@testable import AgoraStore

enum FuzzTarget: String, CaseIterable {
    case session, journal, csv, words, activity, palette

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["AGORA_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("Set AGORA_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    /// The session that CSV imports and journals are applied to.
    static let demo = DemoSession.make()
    static let demoFile = try! SessionFile.encode(demo)
    /// The demo file's content tag, which every journal record names: hashed once, not per input.
    static let demoTag = ContentTag.of(demoFile)

    func run(_ data: Data) {
        switch self {
        case .session:
            // Any bytes: a session or a located error, never a crash or a hang.
            if let session = try? SessionFile.decode(data, source: "fuzz.json") {
                // What loads must save and load back to the same session.
                let again = try! SessionFile.decode(try! SessionFile.encode(session), source: "again.json")
                precondition(again == session, "a loaded session does not survive a save and a load")
            }
        case .journal:
            JournalFuzzing.run(data, base: Self.demoTag, session: Self.demo)
        case .csv:
            // The first byte picks what is imported; the rest is the file's bytes, as read from
            // disk (so text that is not UTF-8 reaches the reader's own check).
            guard let first = data.first else { return }
            let kind = ImportKind.allCases[Int(first) % ImportKind.allCases.count]
            if let operation = try? CSVImport.operation(kind, csv: Array(data.dropFirst()), source: "fuzz.csv", into: Self.demo) {
                // An import that is accepted applies, as one change.
                var session = Self.demo
                do {
                    try session.apply(operation, at: DemoSession.date)
                } catch {
                    preconditionFailure("an accepted \(kind) import is refused when applied: \(error)")
                }
                precondition(session.log.count == Self.demo.log.count + 1, "an accepted import is not one change")
            }
        case .words:
            let line = String(decoding: data, as: UTF8.self)
            for word in CommandLineWords.split(line) {
                let again = CommandLineWords.split(CommandLineWords.quoted(word))
                precondition(again == [word], "a word does not survive quoting: \(word.debugDescription) → \(again)")
            }
        case .palette:
            PaletteFuzzing.run(data)
        case .activity:
            let text = String(decoding: data, as: UTF8.self)
            let activity = ActivityText.parse(text)
            let list = ActivityText.list(text, keeping: [activity])
            // The one line shown for editing reads back to the same activities.
            let again = ActivityText.list(ActivityText.line(list), keeping: list)
            precondition(again == list, "activities do not survive their editing line: \(list) → \(again)")
            _ = ActivityText.cadence(in: text)
            // A vague time is a range that runs forwards, made of words of the text.
            for date in [CalendarDate(year: 2014, month: 5, day: 20)!, CalendarDate(year: 9999, month: 12, day: 15)!] {
                if let time = VagueTime.find(in: text, meetingDate: date, hemisphere: text.count % 2 == 0 ? .northern : .southern) {
                    precondition(time.range.lowerBound <= time.range.upperBound && text.contains(time.words), "\(time) from \(text)")
                }
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTarget.chosen.run(Data(bytes: bytes, count: count))
    return 0
}

enum JournalFuzzing {
    /// Reads `data` as the journal of `file` and replays it, as opening a session does, and as
    /// `agora repair` does. The journal reader must refuse or replay, and never contradict
    /// repair: what opens must be what repair recovers.
    static func run(_ data: Data, base: String, session: Session) {
        var history = SessionHistory(session)
        var opened: Session?
        if let contents = try? JournalReader.read(data, base: base, journal: "fuzz.json.journal", sessionFile: "fuzz.json"),
           (try? JournalReplay.apply(contents.records, to: &history, journal: "fuzz.json.journal", sessionFile: "fuzz.json")) != nil {
            opened = contents.isFolded ? session : history.session
        }
        var recovery = JournalRecovery(file: "fuzz.json", journal: "fuzz.json.journal", session: session, lines: [])
        recovery.replay(JournalLines(data), base: base)
        if let opened {
            precondition(recovery.session == opened, "a journal that opens is recovered differently by repair")
        }
    }
}

enum PaletteFuzzing {
    /// `agora --experimental-dump-help`, written by `run.sh` to `AGORA_FUZZ_PALETTE_GRAMMAR`.
    static let grammar: PaletteGrammar = {
        let path = ProcessInfo.processInfo.environment["AGORA_FUZZ_PALETTE_GRAMMAR"] ?? ""
        guard let json = FileManager.default.contents(atPath: path), let grammar = try? PaletteGrammar(dumpHelp: json) else {
            FileHandle.standardError.write(Data("Set AGORA_FUZZ_PALETTE_GRAMMAR to the JSON of `agora --experimental-dump-help`\n".utf8))
            exit(2)
        }
        return grammar
    }()

    /// The input is a typed line, then optionally a NUL and a name that joins the demo
    /// session as a participant (names come from session files, so they are untrusted too).
    /// Every completion is the line's finished words, unchanged, and one more word.
    static func run(_ data: Data) {
        let parts = data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        let line = String(decoding: parts[0], as: UTF8.self)
        var session = FuzzTarget.demo
        if parts.count > 1 {
            let name = String(decoding: parts[1], as: UTF8.self)
            _ = try? session.apply(.people(.add(ParticipantFields(name: name, city: "Fuzz"))), at: DemoSession.date)
        }
        let finished = CommandLineWords.splitForCompletion(line).finished
        for completion in grammar.completions(for: line, in: session) {
            let words = CommandLineWords.split(completion)
            // Scalars, not characters: after a name ending in a prepended mark (U+0601) the
            // space is part of the last character, yet still the separator the words split on.
            precondition(completion.unicodeScalars.last == " " && words.count == finished.count + 1 && Array(words.prefix(finished.count)) == finished,
                         "completion \(completion.debugDescription) of \(line.debugDescription) changes the words typed")
        }
    }
}

