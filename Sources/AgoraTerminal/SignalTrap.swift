import AgoraTUI
import Glibc
import Synchronization

/// Termination signals, caught with `sigaction` by a handler that only stores the signal
/// number in an atomic; the loop polls it (ncurses' own SIGINT handler would `_exit` without
/// saving, and libdispatch signal sources would take SIGWINCH from ncurses).
///
/// Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) restore the terminal
/// modes (`tcsetattr`, async-signal-safe) and write reset sequences, then re-raise with the
/// default action so the crash is still reported.
public enum SignalTrap {
    /// Installs the termination handlers (before `newterm`, so ncurses leaves them alone).
    public static func installTerminationHandlers() {
        for signal in TerminationSignal.allCases { install(signal.rawValue, handler: onTermination) }
    }

    /// The signal caught since the last call, if any.
    public static func take() -> TerminationSignal? {
        let n = pending.exchange(0, ordering: .relaxed)
        return n == 0 ? nil : TerminationSignal(rawValue: n)
    }

    /// Remembers the terminal modes of `fd` and installs the crash handlers that restore them.
    public static func installCrashGuard(fd: Int32) {
        guard tcgetattr(fd, &savedModes) == 0 else { return }
        guardedFD = fd
        _ = resetSequence.count   // initialize the global now, not inside the handler
        for s in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] { install(s, handler: onCrash) }
    }

    /// Puts back the modes saved by ``installCrashGuard(fd:)`` without writing to the terminal.
    public static func restoreModes() {
        if guardedFD >= 0 { _ = tcsetattr(guardedFD, TCSAFLUSH, &savedModes) }
    }

    private static func install(_ signal: Int32, handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}

private let pending = Atomic<Int32>(0)
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var guardedFD: Int32 = -1

private func onTermination(_ signal: Int32) {
    pending.store(signal, ordering: .relaxed)
}

/// Leave the alternate screen, show the cursor, stop mouse reports and bracketed paste,
/// reset attributes.
private let resetSequence: [UInt8] = Array("\u{1b}[?2004l\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l\r\n".utf8)

private func onCrash(_ signal: Int32) {
    if guardedFD >= 0 {
        _ = tcsetattr(guardedFD, TCSAFLUSH, &savedModes)
        resetSequence.withUnsafeBytes { _ = write(guardedFD, $0.baseAddress, $0.count) }
    }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)
}
