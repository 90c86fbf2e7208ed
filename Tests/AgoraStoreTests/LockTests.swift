import Foundation
import Testing
import AgoraCore
@testable import AgoraStore

@Suite("Lock: one writer at a time")
struct LockTests {
    @Test func aSecondWriterIsToldWhoHasTheFile() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let url = folder.file("s.json")
        let first = try SessionStore.create(at: url, session: SessionFixtures.empty)
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(String(decoding: folder.bytes("s.json.lock")!, as: UTF8.self) == "\(pid)\n")
        // flock locks belong to an open file, so a second open in this process is refused too.
        #expect(throws: StoreError(.inUse(pid: pid), file: url.relativePath, "\(url.relativePath) is in use by PID \(pid)",
                                   hint: "Close Agora there first, or open the file read-only.")) {
            try SessionStore.open(at: url)
        }
        #expect(throws: StoreError.self) { try SessionStore.create(at: url, session: SessionFixtures.empty) }
        try first.apply(.people(.add(ParticipantFields(name: "Ana", city: "Lyon"))))
        // Read-only opens are allowed while it is locked, and see the journaled change.
        let reader = try SessionStore.open(at: url, mode: .readOnly)
        #expect(reader.session.participants.count == 1)
        try first.close()
        let second = try SessionStore.open(at: url)
        #expect(second.session.participants.count == 1)
        try second.close()
    }

    @Test func aStoreDroppedWithoutClosingReleasesTheLock() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let url = folder.file("s.json")
        do {
            let store = try SessionStore.create(at: url, session: SessionFixtures.empty)
            try store.apply(.people(.add(ParticipantFields(name: "Ana", city: "Lyon"))))
        }
        let again = try SessionStore.open(at: url)
        #expect(again.session.participants.count == 1)
        try again.close()
    }

    /// A real second process: `flock` on the same lock file from a child, then our open fails
    /// with the child's PID; once the child is killed, the lock is free again.
    @Test func aLockHeldByAnotherProcessNamesItsPID() throws {
        let folder = try TemporaryFolder(); defer { folder.remove() }
        let url = folder.file("s.json")
        try SessionStore.create(at: url, session: SessionFixtures.empty).close()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = "import fcntl, os, sys, time\nf = open(sys.argv[1], 'w')\nfcntl.flock(f, fcntl.LOCK_EX)\nf.write(str(os.getpid()) + '\\n'); f.flush()\nprint('locked', flush=True)\ntime.sleep(60)\n"
        child.arguments = ["python3", "-c", script, folder.file("s.json.lock").path]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        defer { if child.isRunning { child.terminate() } }
        _ = pipe.fileHandleForReading.availableData // "locked"
        do {
            _ = try SessionStore.open(at: url)
            Issue.record("opened while locked")
        } catch let error as StoreError {
            #expect(error.kind == .inUse(pid: child.processIdentifier))
            #expect(error.message == "\(url.relativePath) is in use by PID \(child.processIdentifier)")
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let store = try SessionStore.open(at: url)
        try store.close()
    }
}
