import Foundation
import AgoraCore

/// One acknowledged change, as the journal stores it.
enum JournalChange: Codable, Equatable, Sendable {
    case apply(AgoraCore.Operation)
    case undo
    case redo

    private enum Key: String, CodingKey { case apply }

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
        self = .apply(try container.decode(AgoraCore.Operation.self, forKey: .apply))
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .apply(let op):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(op, forKey: .apply)
        case .undo:
            var container = encoder.singleValueContainer()
            try container.encode("undo")
        case .redo:
            var container = encoder.singleValueContainer()
            try container.encode("redo")
        }
    }
}

/// A line of `NAME.json.journal`:
/// `{"at":"2013-10-02T09:14:03Z","base":"4182:9f3c…","change":{"apply":{…}},"seq":7}`.
///
/// `base` is the ``ContentTag`` of the session file the journal applies on top of; `seq`
/// counts from 1 in each journal.
struct JournalRecord: Codable, Equatable, Sendable {
    var at: Date
    var base: String
    var change: JournalChange
    var seq: Int

    func line() throws -> Data {
        var data = try SessionFile.lineEncoder().encode(self)
        data.append(0x0A)
        return data
    }
}

/// What a journal holds for a given session file, once read.
struct JournalContents {
    /// Records to replay, in order, with their 1-based line numbers.
    var records: [(line: Int, record: JournalRecord)] = []
    /// What the user should be told (a dropped torn record, a stale journal ignored).
    var notices: [String] = []
    /// The journal belongs to another version of the file: set it aside, never replay or delete it.
    var isStale = false
}

enum JournalReader {
    /// Reads a journal written on top of the file whose tag is `base`.
    ///
    /// - A damaged or cut-off tail (the change being written when the process died, never
    ///   acknowledged) is dropped with a notice.
    /// - A journal whose records belong to an older version of the file (left over from a
    ///   full save that completed but could not remove it) is ignored with a notice.
    /// - A damaged line followed by good ones, a gap in the numbering or a record for another
    ///   file is an error naming the journal and the line: never skipped silently.
    static func read(_ data: Data, base: String, journal: String, sessionFile: String) throws -> JournalContents {
        let bytes = [UInt8](data)
        var lines: [(number: Int, record: JournalRecord?)] = []
        let decoder = SessionFile.documentDecoder()
        var start = 0, number = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            let slice = bytes[start..<end]
            let record = slice.isEmpty ? nil : try? decoder.decode(JournalRecord.self, from: Data(slice))
            lines.append((number, record))
            start = end + 1
        }
        let hint = "Agora changed nothing. Move \(journal) aside to open \(sessionFile) without its unsaved changes, and keep it to recover them by hand."
        var contents = JournalContents()
        guard let lastGood = lines.lastIndex(where: { $0.record != nil }) else {
            if !lines.isEmpty { contents.notices.append(tornNotice(journal, lines.map(\.number))) }
            return contents
        }
        let firstGood = lines.firstIndex { $0.record != nil }!
        if lines[firstGood].record!.base != base {
            contents.notices.append("Set \(journal) aside: it was written for another version of \(sessionFile) (left over from an interrupted save, or the file was restored or edited since), so none of it was applied")
            contents.isStale = true
            return contents
        }
        for (index, line) in lines[...lastGood].enumerated() {
            guard let record = line.record else {
                throw SessionFileError(file: journal, line: line.number,
                                       reason: "this line is damaged, and \(lastGood - index) later changes follow it", hint: hint)
            }
            guard record.base == base else {
                throw SessionFileError(file: journal, line: line.number,
                                       reason: "this change was made on another version of \(sessionFile)", hint: hint)
            }
            let expected = contents.records.count + 1
            guard record.seq == expected else {
                throw SessionFileError(file: journal, line: line.number,
                                       reason: "expected change \(expected), found change \(record.seq)", hint: hint)
            }
            contents.records.append((line.number, record))
        }
        if lastGood + 1 < lines.count {
            contents.notices.append(tornNotice(journal, lines[(lastGood + 1)...].map(\.number)))
        }
        return contents
    }

    private static func tornNotice(_ journal: String, _ numbers: [Int]) -> String {
        let place = numbers.count == 1 ? "line \(numbers[0])" : "lines \(numbers.first!)–\(numbers.last!)"
        return "Dropped an incomplete last change in \(journal) (\(place)): it was being written when Agora stopped, and was never confirmed"
    }
}
