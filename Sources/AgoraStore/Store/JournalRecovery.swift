import Foundation
import AgoraCore

/// `agora repair`: what can be saved from a session file and a damaged journal, line by line.
///
/// Reads both files as they are (no lock, nothing written), replays every intact change made on
/// this version of the file, in order, and says for each line of the journal whether its change
/// was kept and, if not, why. ``write(beside:)`` saves the result as a new file; the session
/// file and its journal are never changed.
public struct JournalRecovery: Sendable {
    /// What became of one line of the journal.
    public enum Outcome: Equatable, Sendable {
        case kept
        /// A save's mark, not a change: nothing to apply.
        case mark
        /// Not kept, and why.
        case notKept(Loss)
    }

    /// Why a line's change was not kept. Told in words by ``report`` (``clause(file:journal:)``).
    public enum Loss: Equatable, Sendable {
        case damaged(JournalLineDamage)
        /// A change on another version of the file, which a save folded into this one.
        case folded
        /// A change on another version of the file, which this one does not hold.
        case otherVersion
        /// A record whose number was already seen.
        case copy(seq: Int)
        /// An undo or a redo after a change that could not be kept.
        case undo, redo
        /// The change does not apply to the session (the reducer's message).
        case cannotReplay(String)
        /// A last line without its newline: a write cut short, never confirmed.
        case torn

        /// As a clause, in the current language.
        public func clause(file: String, journal: String) -> String {
            switch self {
            case .damaged(let damage): JournalText.text("repair.damaged", ["why": damage.clause])
            case .folded: JournalText.text("repair.folded", ["file": file])
            case .otherVersion: JournalText.text("repair.otherVersion", ["file": file, "journal": journal])
            case .copy(let seq): JournalText.text("repair.copy", ["seq": "\(seq)"])
            case .undo: JournalText.text("repair.undo")
            case .redo: JournalText.text("repair.redo")
            case .cannotReplay(let error): JournalText.text("repair.cannotReplay", ["error": error])
            case .torn: JournalText.text("repair.torn")
            }
        }
    }

    public struct Line: Equatable, Sendable {
        /// 1-based line of the journal.
        public var number: Int
        /// The change's number in the journal, when the line could be read.
        public var seq: Int?
        public var outcome: Outcome
    }

    /// The session file as the user named it, and its journal.
    public var file: String
    public var journal: String
    /// The session with every change kept.
    public var session: Session
    public var lines: [Line]

    public var keptCount: Int { lines.filter { $0.outcome == .kept }.count }
    public var lostCount: Int { lines.filter { if case .notKept = $0.outcome { true } else { false } }.count }

    /// Reads `url` and its journal. Throws ``SessionFileError`` when the session file itself
    /// cannot be read (a journal is replayed on top of a readable file only), ``StoreError``
    /// when it is missing.
    public static func recover(_ url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws -> JournalRecovery {
        let paths = SessionStore.Paths(url)
        let data: Data
        do { data = try fileSystem.read(paths.file) } catch let error as FileSystemError {
            throw StoreError(error.isNotFound ? .notFound : .io, file: paths.display, SavingText.text("store.cannotRead", ["file": paths.display, "reason": error.reason]),
                             hint: SavingText.text("store.cannotRead.checkName"))
        }
        let session = try SessionFile.decode(data, source: paths.display)
        var journalData = Data()
        do { journalData = try fileSystem.read(paths.journal) } catch let error as FileSystemError where error.isNotFound {}
        var recovery = JournalRecovery(file: paths.display, journal: paths.journalDisplay, session: session, lines: [])
        recovery.replay(JournalLines(journalData), base: ContentTag.of(data))
        return recovery
    }

    mutating func replay(_ journalLines: JournalLines, base: String) {
        var history = SessionHistory(session)
        // Undo and redo records are placed only within the changes kept since the last one
        // that could not be: what an undo takes back past a missing change is not known.
        var undoable = 0, redoable = 0
        func missing() { undoable = 0; redoable = 0 }
        var lastSeq = 0
        let records = journalLines.complete.compactMap { line -> JournalRecord? in
            if case .record(let record, _) = line.parsed { record } else { nil }
        }
        let folded = records.last.map { if case .folded(let tag) = $0.change { tag == base } else { false } } ?? false
        for (number, parsed) in journalLines.complete {
            guard case .record(let record, _) = parsed else {
                if case .damaged(let damage) = parsed { lines.append(Line(number: number, seq: nil, outcome: .notKept(.damaged(damage)))) }
                missing()
                continue
            }
            func add(_ outcome: Outcome) { lines.append(Line(number: number, seq: record.seq, outcome: outcome)) }
            if !record.change.isChange { add(.mark); lastSeq = max(lastSeq, record.seq); continue }
            guard record.base == base else {
                add(.notKept(folded ? .folded : .otherVersion))
                if !folded { missing() }
                continue
            }
            if record.seq <= lastSeq {
                add(.notKept(.copy(seq: record.seq)))
                continue
            }
            if record.seq > lastSeq + 1 { missing() }
            lastSeq = record.seq
            if record.change == .undo, undoable == 0 {
                add(.notKept(.undo))
                missing()
                continue
            }
            if record.change == .redo, redoable == 0 {
                add(.notKept(.redo))
                missing()
                continue
            }
            do {
                try JournalReplay.apply(record.change, at: record.at, to: &history)
                add(.kept)
                switch record.change {
                case .undo: undoable -= 1; redoable += 1
                case .redo: redoable -= 1; undoable += 1
                default: undoable += 1; redoable = 0
                }
            } catch {
                add(.notKept(.cannotReplay(ErrorText.message(error))))
                missing()
            }
        }
        if let torn = journalLines.tornLine {
            lines.append(Line(number: torn, seq: nil,
                              outcome: .notKept(.torn)))
        }
        session = history.session
    }

    /// The report, one line of the journal a line, as `agora repair` prints it.
    public var report: String {
        guard !lines.isEmpty else { return JournalText.text("repair.noJournal", ["file": file]) }
        var out: [String] = []
        for line in lines {
            let change = line.seq.map { JournalText.text("repair.change", ["seq": "\($0)"]) } ?? "—"
            let values = ["line": "\(line.number)", "change": change]
            switch line.outcome {
            case .kept: out.append("  " + JournalText.text("repair.line.kept", values))
            case .mark: out.append("  " + JournalText.text("repair.line.mark", values))
            case .notKept(let loss):
                let why = loss.clause(file: file, journal: journal)
                out.append("  " + JournalText.text("repair.line.notKept", values.merging(["why": why]) { a, _ in a }))
            }
        }
        return out.joined(separator: "\n")
    }

    /// The name of the recovered copy: `NAME.repaired.json` beside the file, or
    /// `NAME.repaired-2.json`… when that exists. Never an existing file.
    public static func copyURL(for url: URL, fileSystem: any FileSystem = PosixFileSystem()) -> URL {
        let folder = url.deletingLastPathComponent()
        let stem = url.pathExtension == "json" ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
        var candidate = folder.appendingPathComponent(stem + ".repaired.json")
        var n = 2
        while fileSystem.exists(SessionStore.Paths(candidate).file) || fileSystem.exists(SessionStore.Paths(candidate).journal) {
            candidate = folder.appendingPathComponent(stem + ".repaired-\(n).json")
            n += 1
        }
        return candidate
    }

    /// Writes the recovered session to a new file beside the original (see ``copyURL(for:fileSystem:)``),
    /// as a full save. Returns where.
    public func write(beside url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws -> URL {
        let copy = Self.copyURL(for: url, fileSystem: fileSystem)
        let store = try SessionStore.create(at: copy, session: session, fileSystem: fileSystem)
        try store.close()
        return copy
    }
}
