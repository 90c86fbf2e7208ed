import AgoraCore
import Foundation

/// A folder of session files, read without ever locking or writing: it works while a
/// facilitator has one of the files open in Agora.
///
/// Every `*.json` file directly in the folder is a candidate (journals `*.json.journal`, locks
/// `*.json.lock` and hidden files such as save-in-progress temporaries are not). Each is opened
/// read-only through ``SessionStore`` (so unsaved journal changes are included); a damaged or
/// foreign file is reported as unreadable with the reason and never stops the others. Files
/// are decoded in parallel.
public struct SessionLibrary: Sendable {
    public let folder: URL
    /// The folder as the user gave it, used to build the listed paths.
    public let displayFolder: String

    public init(folder: URL, displayFolder: String? = nil) {
        self.folder = folder
        self.displayFolder = displayFolder ?? folder.path
    }

    /// One file's outcome: the session it holds, or why it cannot be read.
    public enum Loaded: Sendable {
        case session(NamedSession, path: String)
        case unreadable(path: String, name: String, reason: String)
    }

    /// The session files of the folder, sorted by name.
    /// - Throws: ``StoreError`` when the folder does not exist or cannot be read.
    public func files() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError(.notFound, file: displayFolder, SavingText.text("store.library.noFolder", ["folder": displayFolder]),
                             hint: SavingText.text("store.library.noFolder.hint"))
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw StoreError(.io, file: displayFolder, SavingText.text("store.library.cannotRead", ["folder": displayFolder, "reason": error.localizedDescription]))
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// Every session file of the folder, read in parallel, in file-name order.
    public func load() throws -> [Loaded] {
        let names = try files()
        let results = Slots<Loaded>(count: names.count)
        // The files are read on other threads: their messages are written in this task's language.
        let language = LanguageChoice.current
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            LanguageChoice.$current.withValue(language) { results.set(i, load(names[i])) }
        }
        return results.values
    }

    /// The entries `agora list` shows, in ``LibraryEntry/ordered(_:)`` order. Files are
    /// read for their facts only (see ``LibraryFacts``), in parallel.
    public func entries() throws -> [LibraryEntry] {
        let names = try files()
        let results = Slots<LibraryEntry>(count: names.count)
        let language = LanguageChoice.current
        DispatchQueue.concurrentPerform(iterations: names.count) { i in LanguageChoice.$current.withValue(language) {
            let name = String(names[i].dropLast(".json".count))
            if let facts = LibraryFacts.read(folder.appendingPathComponent(names[i])) {
                results.set(i, LibraryEntry(path: path(of: names[i]), name: name, content: .session(facts)))
                return
            }
            switch load(names[i]) {
            case let .session(named, path): results.set(i, LibraryEntry(path: path, name: named.name, content: .session(.init(named.session))))
            case let .unreadable(path, name, reason): results.set(i, LibraryEntry(path: path, name: name, content: .unreadable(reason)))
            }
        } }
        return LibraryEntry.ordered(results.values)
    }

    /// A file's path as listed: the folder as the user gave it, then the name.
    func path(of fileName: String) -> String {
        displayFolder.hasSuffix("/") ? displayFolder + fileName : displayFolder + "/" + fileName
    }

    /// Reads one file read-only.
    func load(_ fileName: String) -> Loaded {
        let path = path(of: fileName)
        let name = String(fileName.dropLast(".json".count))
        let url = folder.appendingPathComponent(fileName)
        do {
            let store = try SessionStore.open(at: url, mode: .readOnly)
            let session = store.session
            try? store.close()
            return .session(NamedSession(name: name, session: session), path: path)
        } catch {
            // The store names the file by its full path; say it as the folder was given.
            let reason = String(describing: error).replacingOccurrences(of: url.standardizedFileURL.path, with: path)
            return .unreadable(path: path, name: name, reason: reason)
        }
    }
}

/// Results written by parallel workers, each into its own slot.
private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Value) { lock.lock(); slots[i] = value; lock.unlock() }
    var values: [Value] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}
