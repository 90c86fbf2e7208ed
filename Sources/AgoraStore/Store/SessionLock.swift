import AgoraCore
import Foundation

/// The lock beside a session file, `NAME.json.lock`: `flock` on a separate file, holding the
/// PID of its owner. The kernel releases it when the process dies, so a killed Agora leaves
/// no stale lock; the file itself stays.
struct SessionLock {
    let file: FileDescriptor

    /// Takes the lock or throws ``StoreError`` "`display` is in use by PID n".
    static func acquire(_ path: String, for display: String, fileSystem fs: any FileSystem) throws -> SessionLock {
        let fd: FileDescriptor
        do {
            fd = try fs.open(path, [.create])
        } catch let error as FileSystemError {
            throw StoreError(.io, file: display, SavingText.text("store.lock.cannot", ["file": display, "reason": error.reason, "path": path]),
                             hint: SavingText.text("store.lock.cannot.hint"))
        }
        let locked: Bool
        do {
            locked = try fs.flock(fd)
        } catch let error as FileSystemError {
            fs.close(fd)
            throw StoreError(.io, file: display, SavingText.text("store.lock.failed", ["file": display, "reason": error.reason]))
        }
        guard locked else {
            fs.close(fd)
            let pid = owner(path, fs)
            throw StoreError(.inUse(pid: pid), file: display,
                             pid.map { SavingText.text("store.lock.inUsePID", ["file": display, "pid": "\($0)"]) } ?? SavingText.text("store.lock.inUse", ["file": display]),
                             hint: SavingText.text("store.lock.inUse.hint"))
        }
        do {
            try fs.truncate(fd, to: 0)
            try fs.write(fd, Data("\(ProcessInfo.processInfo.processIdentifier)\n".utf8))
        } catch {
            // The PID is only for the message another process shows; the lock holds without it.
        }
        return SessionLock(file: fd)
    }

    func release(_ fs: any FileSystem) {
        fs.close(file)
    }

    /// True when a live process holds the lock at `path` (a crashed owner's lock is released
    /// by the kernel). Probes by taking the lock and dropping it at once, so a reader keeps a
    /// writer out for no longer than that.
    static func isHeld(_ path: String, fileSystem fs: any FileSystem) -> Bool {
        guard fs.exists(path), let fd = try? fs.open(path, []) else { return false }
        defer { fs.close(fd) }
        return (try? fs.flock(fd)) == false
    }

    /// The PID written by the lock's owner (it may not have written it yet: wait a moment).
    private static func owner(_ path: String, _ fs: any FileSystem) -> Int32? {
        for attempt in 0..<5 {
            if let data = try? fs.read(path),
               let pid = Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            if attempt < 4 { usleep(20_000) }
        }
        return nil
    }
}
