import Foundation
import AgoraCore

/// One line of the journal: an acknowledged change, or the mark a full save leaves.
enum JournalChange: Codable, Equatable, Sendable {
    case apply(AgoraCore.Operation)
    case undo
    case redo
    /// Not a change: written (and fsync'd) by a full save just before it replaces the file, naming
    /// the ``ContentTag`` of the new file. A journal left behind by a save that completed ends
    /// with the mark of the file now on disk: that proves its changes are in the file.
    case folded(into: String)

    private enum Key: String, CodingKey { case apply, foldedInto }

    init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            switch word {
            case "undo": self = .undo
            case "redo": self = .redo
            default:
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown change “\(word)”"))
            }
            return
        }
        let container = try decoder.container(keyedBy: Key.self)
        if let tag = try container.decodeIfPresent(String.self, forKey: .foldedInto) {
            self = .folded(into: tag)
        } else {
            self = .apply(try container.decode(AgoraCore.Operation.self, forKey: .apply))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .apply(let op):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(op, forKey: .apply)
        case .folded(let tag):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(tag, forKey: .foldedInto)
        case .undo:
            var container = encoder.singleValueContainer()
            try container.encode("undo")
        case .redo:
            var container = encoder.singleValueContainer()
            try container.encode("redo")
        }
    }

    var isChange: Bool {
        if case .folded = self { return false }
        return true
    }
}

/// A line of `NAME.json.journal`:
/// `{"at":"2013-10-02T09:14:03Z","base":"4182:9f3c…","change":{"apply":{…}},"seq":7,"crc32c":"1a2b3c4d"}`.
///
/// `base` is the ``ContentTag`` of the session file the journal applies on top of; `seq`
/// counts from 1 in each journal; `crc32c` is the ``CRC32C`` of the line as it would read
/// without it (`{"at":…,"seq":7}`), so any damaged byte of a complete line is noticed.
/// Lines without `crc32c` were written by Agora before the checksum; they are still read.
struct JournalRecord: Codable, Equatable, Sendable {
    var at: Date
    var base: String
    var change: JournalChange
    var seq: Int

    static let checksumKey = Array(",\"crc32c\":\"".utf8)
    /// `,"crc32c":"` + 8 hex digits + `"}`.
    static let checksumSuffixLength = checksumKey.count + 8 + 2

    func line() throws -> Data {
        var body = try SessionFile.lineEncoder().encode(self)
        let checksum = CRC32C.hex(body)
        body.removeLast() // the closing brace
        body.append(contentsOf: Self.checksumKey)
        body.append(contentsOf: Array(checksum.utf8))
        body.append(contentsOf: Array("\"}\n".utf8))
        return body
    }

    /// What one complete line of a journal holds.
    enum Parsed {
        case record(JournalRecord, checksummed: Bool)
        /// Why the line is not a record.
        case damaged(JournalLineDamage)
    }

    /// Reads one complete line (without its newline).
    static func parse(_ line: ArraySlice<UInt8>) -> Parsed {
        let decoder = SessionFile.documentDecoder()
        guard !line.isEmpty else { return .damaged(.empty) }
        if line.count > checksumSuffixLength, let sum = checksum(endingAt: line) {
            var body = Array(line.dropLast(checksumSuffixLength))
            body.append(UInt8(ascii: "}"))
            guard CRC32C.checksum(body) == sum else {
                return .damaged(.checksum)
            }
            guard let record = try? decoder.decode(JournalRecord.self, from: Data(body)) else {
                return .damaged(.unknown)
            }
            return .record(record, checksummed: true)
        }
        if let record = try? decoder.decode(JournalRecord.self, from: Data(line)) {
            return .record(record, checksummed: false)
        }
        return .damaged(.notRecord)
    }

    /// The checksum written at the end of `line`, if it ends as a checksummed record does.
    private static func checksum(endingAt line: ArraySlice<UInt8>) -> UInt32? {
        let suffix = line.suffix(checksumSuffixLength)
        guard suffix.starts(with: checksumKey), suffix.suffix(2).elementsEqual([UInt8(ascii: "\""), UInt8(ascii: "}")]) else { return nil }
        let digits = suffix.dropFirst(checksumKey.count).prefix(8)
        guard digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
    }
}

/// Why a complete line of a journal is not a record. Told in words only when someone reads it
/// (``clause``): a journal of thousands of damaged lines is read without writing a message a line.
public enum JournalLineDamage: Equatable, Sendable {
    case empty
    /// The line ends with a checksum that does not match it.
    case checksum
    /// The checksum matches, but the record is not one this Agora reads.
    case unknown
    case notRecord

    /// As a clause ("its checksum does not match…"), in the current language.
    public var clause: String {
        switch self {
        case .empty: JournalText.text("journal.damaged.empty")
        case .checksum: JournalText.text("journal.damaged.checksum")
        case .unknown: JournalText.text("journal.damaged.unknown")
        case .notRecord: JournalText.text("journal.damaged.notRecord")
        }
    }
}

/// The lines of a journal as written: complete lines (ending in a newline) and, at most, a cut
/// final line without its newline.
struct JournalLines {
    var complete: [(number: Int, parsed: JournalRecord.Parsed)] = []
    /// Line number of a final line without its newline (a write cut short), if any.
    var tornLine: Int?
    /// Bytes up to the end of the last complete line: where a writer may append again.
    var completeLength = 0

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var start = 0, number = 0
        while start < bytes.count {
            number += 1
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                tornLine = number
                break
            }
            complete.append((number, JournalRecord.parse(bytes[start..<end])))
            start = end + 1
            completeLength = start
        }
    }
}

/// What a journal holds for a given session file, once read.
struct JournalContents {
    /// Changes to replay, in order, with their 1-based line numbers.
    var records: [(line: Int, record: JournalRecord)] = []
    /// What the user should be told (a dropped torn record).
    var notices: [String] = []
    /// The journal ends with the mark of a save into the very file on disk: its changes are
    /// all in the file. It may be removed, never replayed.
    var isFolded = false
    /// Bytes of complete lines: a writer truncates a cut last line away before appending.
    var completeLength = 0
    /// The `seq` of the last complete record (changes and marks), 0 for none.
    var lastSeq = 0
    /// The base of the journal's records ("" for none).
    var base = ""
}

enum JournalReader {
    /// What a facilitator should do about a damaged journal.
    static func repairHint(_ sessionFile: String) -> String {
        JournalText.text("journal.hint.repair", ["file": sessionFile])
    }

    /// Reads a journal written on top of the file whose tag is `base`.
    ///
    /// - Only a final line without its newline (a write cut short, never acknowledged) is
    ///   dropped, with a notice.
    /// - Any other damage is an error naming the journal and the line: a complete line that
    ///   does not parse or whose checksum does not match, a gap in the numbering, a record for
    ///   another version of the file. Nothing is skipped or set aside silently.
    /// - A journal written for another version of the file is accepted (and not replayed) only
    ///   when it ends with the mark of a save into this very file.
    static func read(_ data: Data, base: String, journal: String, sessionFile: String) throws -> JournalContents {
        let lines = JournalLines(data)
        let hint = repairHint(sessionFile)
        var contents = JournalContents()
        contents.completeLength = lines.completeLength
        var records: [(line: Int, record: JournalRecord)] = []
        let checksummed = lines.complete.contains { if case .record(_, true) = $0.parsed { true } else { false } }
        for (number, parsed) in lines.complete {
            switch parsed {
            case .damaged(let damage):
                throw SessionFileError(file: journal, line: number, reason: JournalText.text("journal.lineDamaged", ["why": damage.clause]), hint: hint)
            case .record(let record, let hasChecksum):
                if checksummed && !hasChecksum {
                    throw SessionFileError(file: journal, line: number,
                                           reason: JournalText.text("journal.noChecksum"), hint: hint)
                }
                let expected = records.count + 1
                guard record.seq == expected else {
                    throw SessionFileError(file: journal, line: number,
                                           reason: JournalText.text("journal.gap", ["expected": "\(expected)", "found": "\(record.seq)"]), hint: hint)
                }
                if let first = records.first, record.base != first.record.base {
                    throw SessionFileError(file: journal, line: number,
                                           reason: JournalText.text("journal.otherBase", ["file": sessionFile, "line": "\(first.line)"]), hint: hint)
                }
                records.append((number, record))
            }
        }
        if let torn = lines.tornLine {
            contents.notices.append(JournalText.text("journal.torn", ["journal": journal, "line": "\(torn)"]))
        }
        guard let first = records.first else { return contents }
        contents.lastSeq = records.count
        contents.base = first.record.base
        if first.record.base != base {
            if case .folded(let tag) = records.last!.record.change, tag == base {
                contents.isFolded = true
                return contents
            }
            throw SessionFileError(file: journal, line: first.line,
                                   reason: JournalText.text("journal.otherVersion", ["file": sessionFile, "count": "\(records.filter { $0.record.change.isChange }.count)"]),
                                   hint: hint)
        }
        contents.records = records.filter { $0.record.change.isChange }
        return contents
    }
}

/// Replays journal records through a session's history (so undo and redo records replay too).
enum JournalReplay {
    static func apply(_ records: [(line: Int, record: JournalRecord)], to history: inout SessionHistory,
                      journal: String, sessionFile: String) throws {
        for (line, record) in records {
            do {
                try apply(record.change, at: record.at, to: &history)
            } catch {
                throw SessionFileError(file: journal, line: line,
                                       reason: JournalText.text("journal.cannotReplay", ["seq": "\(record.seq)", "file": sessionFile, "error": ErrorText.message(error)]),
                                       hint: JournalReader.repairHint(sessionFile))
            }
        }
    }

    static func apply(_ change: JournalChange, at date: Date, to history: inout SessionHistory) throws {
        switch change {
        case .apply(let op): try history.apply(op, at: date)
        case .undo: try history.undo(at: date)
        case .redo: try history.redo(at: date)
        case .folded: break
        }
    }
}
