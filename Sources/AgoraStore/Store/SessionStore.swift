import Foundation
import AgoraCore

/// One open session file, kept safe on disk after every change.
///
/// Beside `NAME.json` live:
/// - `NAME.json.journal`: one JSON line per acknowledged change, each with its own CRC-32C,
///   appended and fsync'd before ``apply(_:)`` returns, so the cost of a change does not grow
///   with the session. It is replayed on open and folded into the file on ``close()``, on
///   ``save()`` and every ``foldEvery`` changes. A full save first appends a mark naming the
///   new file, so a journal left behind by a save that completed is recognised as folded.
///   Only a cut last line is dropped; any other damage refuses to open (see ``JournalReader``).
/// - `NAME.json.lock`: `flock`'d by the one process that writes (holding its PID).
///
/// Full saves write a new temporary file in the same folder (`O_EXCL`), fsync it, rename it
/// over the file and fsync the folder; the previous file survives any failure. A failed write
/// or fsync keeps the state in memory, sets ``saveProblem`` and is retried with a new
/// temporary file, never by fsyncing the same file again.
///
/// Not thread-safe: use it from one task (the TUI's main loop, or a CLI verb).
public final class SessionStore {
    /// The session file.
    public let url: URL
    public let mode: OpenMode
    /// The session with undo and redo, for `canUndo` and `undoSummary`.
    public private(set) var history: SessionHistory
    /// The session as it stands, every acknowledged change included.
    public var session: Session { history.session }
    /// What the user should be told about the opening: changes recovered from the journal,
    /// a torn last change dropped, a save that failed. Shown once, then may be ignored.
    public private(set) var notices: [String] = []
    /// When the last change was made durable (journal append or full save); nil before any.
    public private(set) var lastDurableSave: Date?
    /// Non-nil while the last write failed: a loud message for the status line. Cleared by the
    /// next write that succeeds.
    public private(set) var saveProblem: String?
    /// Journaled changes after which the journal is folded into the file.
    public var foldEvery = 500
    /// True (the default): every change is journaled and fsync'd before `apply` returns. A
    /// one-shot command that reports success only after ``close()`` sets it to false: its
    /// changes are then made durable by the full save in `close()`, without a journal line
    /// each (what the journal would hold is folded right away anyway).
    public var journalsEachChange = true

    /// Changes in the journal not yet folded into the file.
    public var unfoldedChanges: Int { journalCount }
    /// Whether ``close()`` will write the file.
    public var hasUnsavedChanges: Bool { journalCount > 0 || needsFullSave }

    private let fs: any FileSystem
    private let clock: @Sendable () -> Date
    private let paths: Paths
    private var lock: SessionLock?
    private var journal: FileDescriptor?
    /// ``ContentTag`` of the session file on disk: the base of journal records.
    private var base: String
    /// Changes in the journal (not counting save marks).
    private var journalCount = 0
    /// The journal on disk that this store may append to: its length up to its last complete
    /// line, the `seq` of that line and the base of its records. Nil when there is none, or
    /// after a write to it failed (a file whose write or fsync failed is never written again).
    private var journalTail: (length: Int, seq: Int, base: String)?
    /// The journal cannot carry the state in memory (it failed, or a change crossed a fold):
    /// the next change or save must write the whole file.
    private var needsFullSave = false
    /// How many of the newest undo steps (past) and redo steps (future) were journaled since the
    /// last fold, so replaying the journal can undo or redo them.
    private var journaledPast = 0
    private var journaledFuture = 0
    private var isClosed = false

    struct Paths {
        let file: String
        let display: String
        let directory: String
        let name: String
        var journal: String { file + ".journal" }
        var journalDisplay: String { display + ".journal" }
        var lock: String { file + ".lock" }
        var tempPrefix: String { TemporaryName.prefix(for: name) }

        init(_ url: URL) {
            // A symbolic link is followed, so saves replace the file it points to, not the link.
            let real = url.standardizedFileURL.resolvingSymlinksInPath()
            file = real.path
            display = url.relativePath
            directory = real.deletingLastPathComponent().path
            name = real.lastPathComponent
        }
    }

    private init(url: URL, mode: OpenMode, history: SessionHistory, base: String,
                 clock: @escaping @Sendable () -> Date, fileSystem: any FileSystem) {
        self.url = url; self.mode = mode; self.history = history; self.base = base
        self.clock = clock; self.fs = fileSystem; self.paths = Paths(url)
    }

    deinit {
        if let journal { fs.close(journal) }
        lock?.release(fs)
    }

    // MARK: Opening

    /// Creates a new session file holding `session` and opens it for writing.
    /// - Throws: ``StoreError`` `.alreadyExists` rather than overwrite a file; `.notSaved` or
    ///   `.io` when it cannot be written (nothing is left behind but the lock file).
    public static func create(at url: URL, session: Session, clock: @escaping @Sendable () -> Date = Date.init,
                              fileSystem: any FileSystem = PosixFileSystem()) throws -> SessionStore {
        let paths = Paths(url)
        let exists = StoreError(.alreadyExists, file: paths.display, SavingText.text("store.exists", ["file": paths.display]),
                                hint: SavingText.text("store.exists.hint"))
        if fileSystem.exists(paths.file) { throw exists }
        let lock = try SessionLock.acquire(paths.lock, for: paths.display, fileSystem: fileSystem)
        if fileSystem.exists(paths.file) { lock.release(fileSystem); throw exists }
        // What is in memory must be what a reload gives: time stamps to the second.
        let stored: Session
        do {
            stored = try SessionFile.documentDecoder().decode(Session.self, from: SessionFile.encode(session))
        } catch {
            lock.release(fileSystem)
            throw StoreError(.io, file: paths.display, SavingText.text("store.cannotWrite", ["file": paths.display, "reason": "\(error)"]))
        }
        let store = SessionStore(url: url, mode: .readWrite, history: SessionHistory(stored), base: "",
                                 clock: clock, fileSystem: fileSystem)
        store.lock = lock
        if fileSystem.exists(paths.journal) { try? fileSystem.remove(paths.journal) }
        do {
            try store.writeFullFile(at: store.stamp())
        } catch {
            store.releaseLock()
            store.isClosed = true
            throw error
        }
        return store
    }

    /// Opens a session file: takes the lock (``OpenMode/readWrite``), loads the JSON and
    /// replays the journal. After a crash the replayed changes are folded into the file at once.
    /// - Throws: ``SessionFileError`` for a file or journal that cannot be read (the files are
    ///   left untouched); ``StoreError`` when the file is missing or in use by another process.
    public static func open(at url: URL, mode: OpenMode = .readWrite, clock: @escaping @Sendable () -> Date = Date.init,
                            fileSystem: any FileSystem = PosixFileSystem()) throws -> SessionStore {
        let paths = Paths(url)
        guard fileSystem.exists(paths.file) else {
            throw StoreError(.notFound, file: paths.display, SavingText.text("store.noFile", ["file": paths.display]),
                             hint: SavingText.text("store.noFile.hint", ["file": paths.display]))
        }
        let lock = mode == .readWrite ? try SessionLock.acquire(paths.lock, for: paths.display, fileSystem: fileSystem) : nil
        var owner: SessionStore?
        do {
            if lock != nil { removeLeftoverTemporaryFiles(paths, fileSystem) }
            // The journal first: a writer removes it only after the new file is in place, so a
            // reader never misses changes that are in neither.
            let journalData = try read(paths.journal, paths.journalDisplay, fileSystem, missingIsNil: true)
            let data = try read(paths.file, paths.display, fileSystem, missingIsNil: false)!
            let session = try SessionFile.decode(data, source: paths.display)
            let store = SessionStore(url: url, mode: mode, history: SessionHistory(session), base: ContentTag.of(data),
                                     clock: clock, fileSystem: fileSystem)
            store.lock = lock
            owner = store
            if mode == .readWrite { store.makeWhatWasReadDurable() }
            if let journalData {
                let replayed = try store.replay(journalData)
                if mode == .readWrite {
                    if replayed > 0 {
                        do { try store.writeFullFile(at: store.stamp()) } catch {
                            store.needsFullSave = true
                            store.notices.append(store.saveProblem ?? "\(error)")
                        }
                    } else {
                        // Empty, only a cut line, or provably folded into the file.
                        try? fileSystem.remove(paths.journal)
                        store.journalTail = nil
                    }
                }
            }
            return store
        } catch {
            // Released once: by the store if it took the lock, else here.
            if let owner { owner.releaseLock() } else { lock?.release(fileSystem) }
            throw error
        }
    }

    /// A process killed after renaming a new file into place, before fsyncing the folder,
    /// leaves a file that is visible but may not survive a power cut. Before building on what
    /// it read, the new writer makes it durable (cheap when it already is).
    private func makeWhatWasReadDurable() {
        do {
            let fd = try fs.open(paths.file, [])
            defer { fs.close(fd) }
            try fs.fsync(fd)
            try fs.fsyncDirectory(paths.directory)
        } catch {
            needsFullSave = true
            let problem = SavingText.text("store.notDurable", ["file": paths.display, "reason": reason(error)])
            saveProblem = problem
            notices.append(problem)
        }
    }

    private static func read(_ path: String, _ display: String, _ fs: any FileSystem, missingIsNil: Bool) throws -> Data? {
        do { return try fs.read(path) } catch let error as FileSystemError {
            if error.isNotFound, missingIsNil { return nil }
            throw StoreError(error.isNotFound ? .notFound : .io, file: display, SavingText.text("store.cannotRead", ["file": display, "reason": error.reason]),
                             hint: SavingText.text("store.cannotRead.hint"))
        }
    }

    private static func removeLeftoverTemporaryFiles(_ paths: Paths, _ fs: any FileSystem) {
        guard let names = try? fs.list(paths.directory) else { return }
        for name in names where name.hasPrefix(paths.tempPrefix) {
            try? fs.remove(paths.directory + "/" + name)
        }
    }

    /// Replays the journal through the history (so undo and redo records replay too).
    /// Returns how many changes were replayed.
    private func replay(_ data: Data) throws -> Int {
        let contents = try JournalReader.read(data, base: base, journal: paths.journalDisplay, sessionFile: paths.display)
        notices += contents.notices
        journalTail = contents.lastSeq == 0 ? nil : (contents.completeLength, contents.lastSeq, contents.base)
        try JournalReplay.apply(contents.records, to: &history, journal: paths.journalDisplay, sessionFile: paths.display)
        // A reader of a session that another Agora has open reads its journal quietly: those
        // changes are saved, only not folded yet. "Recovered" is said after a crash only.
        if !contents.records.isEmpty, mode == .readWrite || !SessionLock.isHeld(paths.lock, fileSystem: fs) {
            let n = contents.records.count
            notices.append(SavingText.text("store.recovered", ["count": "\(n)", "journal": paths.journalDisplay]))
        }
        return contents.records.count
    }

    // MARK: Changing

    /// Applies `operation` and makes it durable before returning: once this returns, the
    /// change survives a crash or a power cut. Returns the log line.
    /// - Throws: ``AgoraError`` when a rule forbids it (nothing changed); ``StoreError``
    ///   `.notSaved` when it could not be written (the change stays in memory, ``saveProblem``
    ///   says so, and the next change or save retries with a full save); for a `.batch`
    ///   refused by the rules, what `batchFailure` makes of the item and its error, if given.
    @discardableResult
    public func apply(_ operation: AgoraCore.Operation,
                      batchFailure: ((Int, AgoraError) -> any Error)? = nil) throws -> String {
        try requireWritable()
        let now = stamp()
        let summary = try history.apply(operation, at: now, batchFailure: batchFailure)
        journaledPast = min(journaledPast + 1, history.depth)
        journaledFuture = 0
        try persist(.apply(operation), at: now)
        return summary
    }

    /// Applies `operations` in order, each through the reducer as ``apply(_:batchFailure:)``
    /// does, and makes the accepted ones durable together: their journal lines go in one
    /// write and one fsync (group commit), so requests that arrived together — a room of
    /// phones voting — cost one flush instead of one each. Nothing is durable, and no result
    /// is a success, before that flush.
    /// - Returns: one result per operation, in order: the summary; the rule's ``AgoraError``
    ///   for one the reducer refused (it changed nothing, the others still apply); or, for
    ///   every accepted one, the ``StoreError`` when the group could not be made durable (the
    ///   changes stay in memory and the next change or save retries, as with `apply`).
    public func apply(group operations: [AgoraCore.Operation]) -> [Result<String, any Error>] {
        do { try requireWritable() } catch { return operations.map { _ in .failure(error) } }
        var results: [Result<String, any Error>] = []
        var changes: [(change: JournalChange, at: Date)] = []
        for operation in operations {
            let now = stamp()
            do {
                results.append(.success(try history.apply(operation, at: now)))
                journaledPast = min(journaledPast + 1, history.depth)
                journaledFuture = 0
                changes.append((.apply(operation), now))
            } catch { results.append(.failure(error)) }
        }
        guard let last = changes.last else { return results }
        do { try persist(changes, at: last.at) } catch {
            return results.map { result in if case .success = result { .failure(error) } else { result } }
        }
        return results
    }

    /// Takes back the last change, durably. Returns what was undone.
    @discardableResult
    public func undo() throws -> String {
        try requireWritable()
        let now = stamp()
        let summary = try history.undo(at: now)
        let journaled = journaledPast > 0
        if journaled { journaledPast -= 1; journaledFuture += 1 }
        try persist(journaled ? .undo : nil, at: now)
        return summary
    }

    /// Re-applies the last undone change, durably. Returns what was redone.
    @discardableResult
    public func redo() throws -> String {
        try requireWritable()
        let now = stamp()
        let summary = try history.redo(at: now)
        let journaled = journaledFuture > 0
        if journaled { journaledFuture -= 1; journaledPast = min(journaledPast + 1, history.depth) }
        try persist(journaled ? .redo : nil, at: now)
        return summary
    }

    /// Writes the whole file now (atomically) and empties the journal.
    public func save() throws {
        try requireWritable()
        try writeFullFile(at: stamp())
    }

    /// Folds the journal into the file if there is anything unsaved, and releases the lock.
    /// Calling it again does nothing. If the save fails the store stays open (and locked), so
    /// nothing is lost: the journal still holds every acknowledged change.
    public func close() throws {
        guard !isClosed else { return }
        if mode == .readWrite, hasUnsavedChanges {
            try writeFullFile(at: stamp())
        }
        closeJournal()
        releaseLock()
        isClosed = true
    }

    // MARK: Durability

    private func requireWritable() throws {
        guard !isClosed else {
            throw StoreError(.closed, file: paths.display, SavingText.text("store.closed", ["file": paths.display]), hint: SavingText.text("store.closed.hint"))
        }
        guard mode == .readWrite else {
            throw StoreError(.readOnly, file: paths.display, SavingText.text("store.readOnly", ["file": paths.display]),
                             hint: SavingText.text("store.readOnly.hint"))
        }
    }

    /// The clock, to the second: what a reload of the file gives back.
    private func stamp() -> Date { Timestamp.truncated(clock()) }

    /// Makes the state in memory durable after `change` (nil: a change the journal cannot
    /// express, an undo or redo of a step from before the last fold).
    private func persist(_ change: JournalChange?, at date: Date) throws {
        try persist(change.map { [($0, date)] }, at: date)
    }

    /// As above for changes made together (``apply(group:)``): one journal write, one fsync.
    private func persist(_ changes: [(change: JournalChange, at: Date)]?, at date: Date) throws {
        if !journalsEachChange {
            // A one-shot command: durable at close(), before it reports success.
            needsFullSave = true
            return
        }
        guard let changes, !needsFullSave else {
            needsFullSave = true
            try writeFullFile(at: date)
            return
        }
        try appendToJournal(changes)
        if journalCount >= foldEvery {
            // The change is acknowledged already; a failed fold only leaves saveProblem set
            // and is tried again with the next change.
            try? writeFullFile(at: date)
        }
    }

    /// Appends one line per change, numbered on from the journal's last, with one write and
    /// one fsync.
    private func appendToJournal(_ changes: [(change: JournalChange, at: Date)]) throws {
        let first = (journal == nil ? 0 : journalTail?.seq ?? 0) + 1
        var step = "writeJournal"
        do {
            var line = Data()
            for (offset, change) in changes.enumerated() {
                line.append(try JournalRecord(at: change.at, base: base, change: change.change, seq: first + offset).line())
            }
            var created = false
            if journal == nil {
                journalTail = nil
                step = "createJournal"
                // Any journal still there is stale (its changes are in the file). Start a new
                // file rather than truncate it: never write again to a file whose fsync failed.
                do { try fs.remove(paths.journal) } catch let error as FileSystemError where error.isNotFound {}
                journal = try fs.open(paths.journal, [.create, .exclusive, .append])
                journalTail = (0, 0, base)
                created = true
            }
            let before = journalTail
            journalTail = nil // until the line is durable
            step = "writeJournal"
            try fs.write(journal!, line)
            step = "flushJournal"
            try fs.fsync(journal!)
            if created {
                step = "recordJournal"
                try fs.fsyncDirectory(paths.directory)
            }
            journalTail = before.map { ($0.length + line.count, first + changes.count - 1, $0.base) }
        } catch {
            // Never write after a failure: the tail may be torn, and a failed fsync cannot be retried.
            closeJournal()
            needsFullSave = true
            let problem = SavingText.text("store.journalFailed", ["step": SavingText.text("store.step." + step), "journal": paths.journalDisplay,
                                                      "reason": reason(error), "file": paths.display])
            saveProblem = problem
            throw StoreError(.notSaved, file: paths.display, problem, hint: SavingText.text("store.hint.disk", ["command": ":w"]))
        }
        journalCount += changes.count
        lastDurableSave = changes.last?.at
        saveProblem = nil
    }

    /// The full save: new temporary file (O_EXCL) in the same folder, write, fsync, rename over
    /// the file, fsync the folder; then the journal, now folded in, is removed.
    private func writeFullFile(at date: Date) throws {
        let data: Data
        do { data = try SessionFile.encode(session) } catch {
            let problem = SavingText.text("store.encodeFailed", ["file": paths.display, "reason": "\(error)"])
            saveProblem = problem
            throw StoreError(.notSaved, file: paths.display, problem)
        }
        let newBase = ContentTag.of(data)
        let marked = markFolded(into: newBase, at: date)
        do {
            try AtomicFile.replace(paths.name, in: paths.directory, with: data, fs: fs)
        } catch {
            throw failedSave(error.step, error.underlying, previousIntact: true)
        }
        // The new file is in place: the journal describes the old one and must not be appended to.
        closeJournal()
        base = newBase
        journalCount = 0
        journaledPast = 0
        journaledFuture = 0
        do {
            try fs.fsyncDirectory(paths.directory)
        } catch {
            // The rename may not survive a power cut; the old journal stays for that case.
            needsFullSave = true
            throw failedSave("recordFile", error, previousIntact: false)
        }
        removeFoldedJournal(marked: marked)
        needsFullSave = false
        saveProblem = nil
        lastDurableSave = date
    }

    /// Before a full save replaces the file: appends to the journal (if there is one this store
    /// may write to) the mark of the new file, so that if the journal outlives the save it is
    /// known to be folded rather than refused. Best effort: without the mark, the journal's
    /// removal after the save is made durable instead (see ``removeFoldedJournal(marked:)``).
    /// Returns whether the journal now ends with the mark (false: there is no journal, or it
    /// could not be marked).
    private func markFolded(into newBase: String, at date: Date) -> Bool {
        guard let tail = journalTail, fs.exists(paths.journal) else { return false }
        journalTail = nil
        do {
            if journal == nil {
                journal = try fs.open(paths.journal, [.append])
                // A cut last line goes: the mark must start a line of its own.
                try fs.truncate(journal!, to: tail.length)
            }
            let record = JournalRecord(at: date, base: tail.base, change: .folded(into: newBase), seq: tail.seq + 1)
            let line = try record.line()
            try fs.write(journal!, line)
            try fs.fsync(journal!)
            journalTail = (tail.length + line.count, record.seq, tail.base)
            return true
        } catch {
            // The journal may now end in a torn mark and must not be appended to: the next
            // change or save writes the whole file (a later change must never start a new
            // journal over this one, which still holds acknowledged changes).
            closeJournal()
            needsFullSave = true
            return false
        }
    }

    /// After a full save is in place: the journal is folded into the file. One that carries the
    /// mark of this save may come back after a power cut harmlessly; one without it (it could
    /// not be written to) would be refused at the next open, so its removal is made durable.
    private func removeFoldedJournal(marked: Bool) {
        journalTail = nil
        do { try fs.remove(paths.journal) } catch { return }
        if !marked { try? fs.fsyncDirectory(paths.directory) }
    }

    /// `step` by key: a `store.step.*` of ``SavingText``.
    private func failedSave(_ step: String, _ error: any Error, previousIntact: Bool) -> StoreError {
        let kept = needsFullSave ? SavingText.text("store.saveFailed.inMemory") : SavingText.text("store.saveFailed.inJournal", ["journal": paths.journalDisplay])
        let problem = SavingText.text(previousIntact ? "store.saveFailed.intact" : "store.saveFailed",
                          ["file": paths.display, "step": SavingText.text("store.step." + step), "reason": reason(error), "kept": kept])
        saveProblem = problem
        return StoreError(.notSaved, file: paths.display, problem, hint: SavingText.text("store.hint.disk", ["command": ":w"]))
    }

    private func reason(_ error: any Error) -> String {
        (error as? FileSystemError)?.reason ?? "\(error)"
    }

    private func closeJournal() {
        if let journal { fs.close(journal) }
        journal = nil
    }

    private func releaseLock() {
        lock?.release(fs)
        lock = nil
    }
}
