import Foundation
import AgoraCore
@testable import AgoraStore

/// An in-memory file layer that fails on cue and can lose power.
///
/// It keeps two views of every file and of the folder: what processes see (the page cache)
/// and what is on the platter. `fsync` copies a file's bytes to the platter, `fsyncDirectory`
/// copies the folder's entries (created, renamed, removed files). ``powerCut(tornTails:)``
/// throws away everything that was not synced, optionally keeping a random part of the bytes
/// appended since the last fsync (a torn write). Like Linux, a failed fsync leaves the file
/// "poisoned": later fsyncs report success but never make its unsynced bytes durable.
final class FaultyFileSystem: FileSystem {
    final class Node {
        var data = Data()
        var durable = Data()
        var poisoned = false
    }

    enum Fault: String, CaseIterable, Sendable {
        case open, write, partialWrite, fsync, rename, remove, fsyncDirectory
    }

    private struct Rule {
        var fault: Fault
        var pathContains: String?
        var skip: Int
        var times: Int
        var code: Int32
    }

    private struct OpenFile {
        var node: Node
        var path: String
        var append: Bool
        var offset: Int
    }

    private var entries: [String: Node] = [:]
    private var durableEntries: [String: Node] = [:]
    private var files: [Int32: OpenFile] = [:]
    private var lockHolders: [ObjectIdentifier: Int32] = [:]
    private var nextFD: Int32 = 3
    private var rules: [Rule] = []
    var rng = SeededGenerator(seed: 1)
    /// Every call, as "fsync /s/a.json.journal", for assertions.
    private(set) var calls: [String] = []
    /// Counts calls that can crash; see ``crash(afterCalls:)``.
    private var callCount = 0
    private var crashAt: Int?
    /// True after the simulated crash: every call fails until ``powerCut(tornTails:)`` or ``kill()``.
    private(set) var crashed = false

    // MARK: Test controls

    /// Makes the next `times` calls of kind `fault` (on a path containing `pathContains`) fail
    /// with `code`, after letting `skip` matching calls through.
    func fail(_ fault: Fault, on pathContains: String? = nil, skip: Int = 0, times: Int = 1, code: Int32 = EIO) {
        rules.append(Rule(fault: fault, pathContains: pathContains, skip: skip, times: times, code: code))
    }

    func clearFaults() { rules.removeAll() }

    /// The process dies during call number `n` from now (it does not happen).
    func crash(afterCalls n: Int) { crashAt = callCount + n }

    /// kill -9: open files and locks go; what was written stays (the kernel has it).
    func kill() {
        files.removeAll(); lockHolders.removeAll(); crashed = false; crashAt = nil
    }

    /// Power loss: only what was synced survives. With `tornTails`, each file that grew since
    /// its last fsync keeps a random prefix of the growth, as a disk might.
    func powerCut(tornTails: Bool = false) {
        entries = durableEntries
        for node in Set(entries.values.map(ObjectIdentifier.init)).compactMap({ id in entries.values.first { ObjectIdentifier($0) == id } }) {
            var kept = node.durable
            if tornTails, !node.poisoned, node.data.count > node.durable.count, node.data.prefix(node.durable.count) == node.durable {
                let extra = node.data.count - node.durable.count
                kept = node.data.prefix(node.durable.count + Int.random(in: 0...extra, using: &rng))
            }
            node.data = kept
            node.durable = kept
            node.poisoned = false
        }
        kill()
    }

    /// The bytes a process would read, or nil.
    func contents(_ path: String) -> Data? { entries[path]?.data }

    /// Puts a file in place, synced, as if it had always been there.
    func install(_ path: String, _ data: Data) {
        let node = Node()
        node.data = data; node.durable = data
        entries[path] = node; durableEntries[path] = node
    }

    var paths: [String] { entries.keys.sorted() }

    // MARK: FileSystem

    private func check(_ fault: Fault, _ path: String, crashable: Bool = true) throws {
        calls.append("\(fault.rawValue) \(path)")
        if crashed { throw FileSystemError(fault.rawValue, path, code: EIO) }
        if crashable {
            callCount += 1
            if let crashAt, callCount >= crashAt {
                crashed = true
                throw FileSystemError(fault.rawValue, path, code: EIO)
            }
        }
        for i in rules.indices where rules[i].fault == fault && rules[i].times > 0
            && (rules[i].pathContains.map { path.contains($0) } ?? true) {
            if rules[i].skip > 0 { rules[i].skip -= 1; continue }
            rules[i].times -= 1
            throw FileSystemError(fault.rawValue, path, code: rules[i].code)
        }
    }

    func read(_ path: String) throws -> Data {
        if crashed { throw FileSystemError("read", path, code: EIO) }
        guard let node = entries[path] else { throw FileSystemError("open", path, code: ENOENT) }
        return node.data
    }

    func exists(_ path: String) -> Bool { entries[path] != nil }

    func list(_ directory: String) throws -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return entries.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    func open(_ path: String, _ options: OpenOptions) throws -> FileDescriptor {
        try check(.open, path)
        let node: Node
        if let existing = entries[path] {
            if options.contains(.create) && options.contains(.exclusive) { throw FileSystemError("open", path, code: EEXIST) }
            node = existing
            if options.contains(.truncate) { node.data = Data() }
        } else {
            guard options.contains(.create) else { throw FileSystemError("open", path, code: ENOENT) }
            node = Node()
            entries[path] = node
        }
        let fd = nextFD
        nextFD += 1
        files[fd] = OpenFile(node: node, path: path, append: options.contains(.append), offset: 0)
        return FileDescriptor(fd)
    }

    private func file(_ fd: FileDescriptor, _ operation: String) throws -> OpenFile {
        guard let file = files[fd.rawValue] else { throw FileSystemError(operation, "fd \(fd.rawValue)", code: EBADF) }
        return file
    }

    func write(_ fd: FileDescriptor, _ data: Data) throws {
        var file = try file(fd, "write")
        var data = data
        var failure: FileSystemError?
        do {
            try check(.write, file.path)
            try check(.partialWrite, file.path, crashable: false)
        } catch let error as FileSystemError {
            guard error.operation == Fault.partialWrite.rawValue || crashed else { throw error }
            // Part of the bytes reach the file before the error (or the crash).
            data = data.prefix(data.count / 2)
            failure = error
        }
        if file.append { file.offset = file.node.data.count }
        let end = file.offset + data.count
        if file.node.data.count < end { file.node.data.append(Data(count: end - file.node.data.count)) }
        file.node.data.replaceSubrange(file.offset..<end, with: data)
        file.offset = end
        files[fd.rawValue] = file
        if let failure { throw failure }
    }

    func fsync(_ fd: FileDescriptor) throws {
        let file = try file(fd, "fsync")
        do {
            try check(.fsync, file.path)
        } catch {
            // Linux: the dirty pages are dropped from the write-back queue; a later fsync succeeds.
            file.node.poisoned = true
            throw error
        }
        if !file.node.poisoned { file.node.durable = file.node.data }
    }

    func truncate(_ fd: FileDescriptor, to length: Int) throws {
        let file = try file(fd, "truncate")
        file.node.data = file.node.data.prefix(length)
    }

    func close(_ fd: FileDescriptor) {
        calls.append("close fd")
        files.removeValue(forKey: fd.rawValue)
        for (node, holder) in lockHolders where holder == fd.rawValue { lockHolders.removeValue(forKey: node) }
    }

    func rename(_ from: String, to: String) throws {
        try check(.rename, to)
        guard let node = entries[from] else { throw FileSystemError("rename", from, code: ENOENT) }
        entries[to] = node
        entries.removeValue(forKey: from)
    }

    func remove(_ path: String) throws {
        try check(.remove, path)
        guard entries.removeValue(forKey: path) != nil else { throw FileSystemError("remove", path, code: ENOENT) }
    }

    func fsyncDirectory(_ path: String) throws {
        try check(.fsyncDirectory, path)
        durableEntries = entries
    }

    func flock(_ fd: FileDescriptor) throws -> Bool {
        let file = try file(fd, "lock")
        let id = ObjectIdentifier(file.node)
        if let holder = lockHolders[id], holder != fd.rawValue { return false }
        lockHolders[id] = fd.rawValue
        return true
    }
}
