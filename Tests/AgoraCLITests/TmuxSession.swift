import Foundation
import Synchronization
import Testing
import AgoraTestSupport

/// A private tmux server running one command in an 80×24 (or any size) window, for
/// end-to-end tests of the interactive view: send keys, read the screen, poll for text
/// (no fixed sleeps), resize, and kill the server at the end.
final class TmuxSession {
    /// tmux on the PATH, if any.
    static let executable: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()
    static var isAvailable: Bool { executable != nil }
    private static let counter = Atomic<Int>(0)

    let socket: String
    let directory: URL

    /// Starts `command` (run by `sh -c`) in a new detached session of `width`×`height` in `directory`.
    init(_ command: String, width: Int = 80, height: Int = 24, in directory: URL) {
        if !Self.isAvailable { Issue.record("tmux is not installed: install it (apt-get install tmux), as .ci/run does") }
        socket = "agora-test-\(getpid())-\(Self.counter.add(1, ordering: .relaxed).newValue)"
        self.directory = directory
        // A pane whose command ended stays on screen.
        let config = directory.appendingPathComponent("tmux.conf")
        try? Data("set -g remain-on-exit on\n".utf8).write(to: config)
        // The server started here must not inherit a pipe we read to the end.
        _ = try? tmux(["-f", config.path, "new-session", "-d", "-x", String(width), "-y", String(height),
                       "-c", directory.path, "sh", "-c", command], readOutput: false)
    }

    deinit { kill() }

    /// Runs tmux with this session's socket; returns its standard output. Uses `posix_spawn`
    /// and `waitpid` directly, with a clean signal mask (see below).
    @discardableResult
    func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
        let argv = [Self.executable ?? "/usr/bin/tmux", "-L", socket] + arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"; env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        var fds: [Int32] = [-1, -1]
        if readOutput { guard pipe(&fds) == 0 else { return "" } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if readOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        // The test runner's threads block SIGCHLD (libdispatch); a tmux server inheriting that
        // mask never reaps its panes and never exits. Start with no blocked signals and the
        // default actions.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in [SIGCHLD, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
        var output = Data()
        if readOutput {
            close(fds[1])
            if spawned == 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = read(fds[0], &chunk, chunk.count)
                    if n <= 0 { break }
                    output.append(contentsOf: chunk[0..<n])
                }
            }
            close(fds[0])
        }
        if spawned == 0 { var status: Int32 = 0; waitpid(pid, &status, 0) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Sends tmux key names ("Enter", "Escape", "C-c", "Tab") or literal text.
    func send(_ keys: String...) { _ = try? tmux(["send-keys", "-t", "0"] + keys) }
    /// Sends text literally (no key-name lookup).
    func type(_ text: String) { _ = try? tmux(["send-keys", "-t", "0", "-l", text]) }
    func resize(_ width: Int, _ height: Int) { _ = try? tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)]) }

    /// The visible screen, one line per row.
    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "0"])) ?? "" }

    /// How long a wait lasts before it fails: longer under CI, whose run shares two cores
    /// with Chromium and parallel suites (a screen that took 16 s to come once failed a run).
    /// Only a failing wait waits that long.
    static var patience: Double { TestEffort.inCI ? 60 : 15 }

    /// Polls the screen until `predicate` holds (every 20 ms, up to `timeout` seconds).
    /// Returns the screen; on timeout returns nil.
    @discardableResult
    func waitUntil(timeout: Double = TmuxSession.patience, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let s = screen()
            if predicate(s) { return s }
            if Date() > deadline { return nil }
            usleep(20_000)
        }
    }

    /// Polls until `text` is on screen; returns the screen, or nil on timeout.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = TmuxSession.patience) -> String? { waitUntil(timeout: timeout) { $0.contains(text) } }

    /// Polls until a file exists (written by the shell around the command).
    func waitForFile(_ name: String, timeout: Double = TmuxSession.patience) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) { return true }
            usleep(20_000)
        }
        return false
    }

    /// The process id of the command started in the pane's shell (its first child named `name`).
    func childPID(named name: String) -> Int32? {
        guard let shell = Int32((try? tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") else { return nil }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let pid = Self.children(of: shell).first(where: { Self.command(of: $0) == name }) { return pid }
            usleep(20_000)
        }
        return nil
    }

    static func children(of pid: Int32) -> [Int32] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0) }
    }
    static func command(of pid: Int32) -> String {
        ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops this tmux server (and what runs in it) and removes its socket.
    func kill() {
        _ = try? tmux(["kill-server"])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }
}
