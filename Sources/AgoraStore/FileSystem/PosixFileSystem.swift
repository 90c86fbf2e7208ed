import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C calls under names of their own: inside PosixFileSystem, `open`, `read`, `write`… name
// its own methods. At file scope the plain names are the C library's, on every platform.
private func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 { open(path, flags, mode) }
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
private func posixFsync(_ fd: Int32) -> Int32 { fsync(fd) }
private func posixRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }

/// The real file layer: POSIX calls, retried on `EINTR`, with no buffering of its own.
public final class PosixFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> Data {
        let fd = try retrying("open", path) { posixOpen(path, O_RDONLY | O_CLOEXEC) }
        defer { _ = posixClose(fd) }
        var info = stat()
        _ = fstat(fd, &info)
        var data = Data(count: max(Int(info.st_size), 0))
        var total = 0
        while true {
            if total == data.count { data.count += max(4096, data.count / 2) }
            let n = data.withUnsafeMutableBytes { buffer in
                posixRead(fd, buffer.baseAddress! + total, buffer.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError("read", path, code: errno)
            }
            if n == 0 { break }
            total += n
        }
        data.count = total
        return data
    }

    public func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public func list(_ directory: String) throws -> [String] {
        guard let dir = opendir(directory) else { throw FileSystemError("list", directory, code: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func open(_ path: String, _ options: OpenOptions) throws -> FileDescriptor {
        var flags = O_WRONLY | O_CLOEXEC
        if options.contains(.create) { flags |= O_CREAT }
        if options.contains(.exclusive) { flags |= O_EXCL }
        if options.contains(.truncate) { flags |= O_TRUNC }
        if options.contains(.append) { flags |= O_APPEND }
        let fd = try retrying("open", path) { posixOpen(path, flags, 0o644) }
        return FileDescriptor(fd)
    }

    public func write(_ file: FileDescriptor, _ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(file.rawValue, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError("write", "fd \(file.rawValue)", code: errno)
                }
                offset += n
            }
        }
    }

    public func fsync(_ file: FileDescriptor) throws {
        // Not retried on EINTR: fsync is not restarted, and a failed one cannot be trusted again.
        if posixFsync(file.rawValue) != 0 { throw FileSystemError("fsync", "fd \(file.rawValue)", code: errno) }
    }

    public func truncate(_ file: FileDescriptor, to length: Int) throws {
        _ = try retrying("truncate", "fd \(file.rawValue)") { ftruncate(file.rawValue, off_t(length)) }
    }

    public func close(_ file: FileDescriptor) {
        _ = posixClose(file.rawValue)
    }

    public func rename(_ from: String, to: String) throws {
        _ = try retrying("rename", to) { posixRename(from, to) }
    }

    public func remove(_ path: String) throws {
        _ = try retrying("remove", path) { unlink(path) }
    }

    public func fsyncDirectory(_ path: String) throws {
        let fd = try retrying("open", path) { posixOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { _ = posixClose(fd) }
        if posixFsync(fd) != 0 { throw FileSystemError("fsync", path, code: errno) }
    }

    public func flock(_ file: FileDescriptor) throws -> Bool {
        while lockWithoutWaiting(file.rawValue) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw FileSystemError("lock", "fd \(file.rawValue)", code: errno)
        }
        return true
    }

    /// Calls `body` until it does not fail with `EINTR`; throws on any other failure.
    private func retrying(_ operation: String, _ path: String, _ body: () -> Int32) throws -> Int32 {
        while true {
            let result = body()
            if result >= 0 { return result }
            if errno != EINTR { throw FileSystemError(operation, path, code: errno) }
        }
    }
}

/// `flock(fd, LOCK_EX | LOCK_NB)`; the C function, which Swift's `flock` struct hides.
@_silgen_name("flock") private func cFlock(_ fd: Int32, _ operation: Int32) -> Int32
private func lockWithoutWaiting(_ fd: Int32) -> Int32 { cFlock(fd, LOCK_EX | LOCK_NB) }
