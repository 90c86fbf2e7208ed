import AgoraCore
import Foundation

/// Replaces a file whole or not at all: a new temporary file in the same folder (O_EXCL),
/// written, fsync'd, renamed over the target. The one place for those steps: session saves
/// and exports both go through it. (Foundation's `.atomic` does not fsync and may silently
/// fall back to a non-atomic write.)
public enum AtomicFile {
    /// The step that failed and why; the previous file is untouched and no temporary is left.
    struct Failure: Error {
        /// Which step, by key: `createTemporary`, `write`, `flush`, `replace` (``SavingText``'s `store.step.*`).
        var step: String
        var underlying: any Error
    }

    /// Writes `data` over `name` in `directory` (without the folder fsync: see ``write(_:to:fileSystem:)``).
    static func replace(_ name: String, in directory: String, with data: Data, fs: any FileSystem) throws(Failure) {
        let temp = directory + "/" + TemporaryName.next(for: name)
        var step = "createTemporary"
        var fd: FileDescriptor?
        do {
            fd = try fs.open(temp, [.create, .exclusive])
            step = "write"
            try fs.write(fd!, data)
            step = "flush"
            try fs.fsync(fd!)
            fs.close(fd!)
            fd = nil
            step = "replace"
            try fs.rename(temp, to: directory + "/" + name)
        } catch {
            if let fd { fs.close(fd) }
            try? fs.remove(temp)
            throw Failure(step: step, underlying: error)
        }
    }

    /// Writes `data` to `url` atomically and durably (the folder is fsync'd after the rename).
    /// - Throws: ``StoreError`` saying which step failed; the previous file is intact.
    public static func write(_ data: Data, to url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws {
        let directory = url.deletingLastPathComponent().path
        let display = url.path
        do {
            try replace(url.lastPathComponent, in: directory, with: data, fs: fileSystem)
            try fileSystem.fsyncDirectory(directory)
        } catch let failure as Failure {
            throw StoreError(.io, file: display, SavingText.text("store.atomic.failed", ["step": SavingText.text("store.step." + failure.step), "file": display,
                                                                            "reason": (failure.underlying as? FileSystemError)?.reason ?? "\(failure.underlying)"]),
                             hint: SavingText.text("store.atomic.failed.hint"))
        } catch {
            throw StoreError(.io, file: display, SavingText.text("store.atomic.folder", ["file": display, "reason": (error as? FileSystemError)?.reason ?? "\(error)"]))
        }
    }
}
