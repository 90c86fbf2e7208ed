import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wakes a terminal's ``Terminal/poll(timeoutMilliseconds:)`` from any thread: a pipe whose
/// read end the poll watches beside the keyboard.
///
/// The runtime's other sources use it — the inbox (a phone's ballot) and work finished off
/// the loop — so the loop takes their change within a millisecond or two instead of at the
/// next key or poll timeout.
public final class TerminalWaker: Sendable {
    /// The end the poll watches (non-blocking).
    public let readDescriptor: Int32
    private let writeDescriptor: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        }
        readDescriptor = fds[0]; writeDescriptor = fds[1]
    }

    deinit {
        if readDescriptor >= 0 { close(readDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    /// Makes the next (or the current) wait return at once. Never blocks: when the pipe is
    /// full a wake is already pending.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Forgets the wakes so far (the loop is awake and will look at every source).
    public func clear() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &bytes, bytes.count) > 0 {}
    }

    /// Waits until woken or `timeoutMilliseconds` passed; also returns early when `other` (a
    /// terminal's input descriptor, -1 for none) is readable. True when woken.
    @discardableResult
    public func wait(timeoutMilliseconds: Int, alsoWatching other: Int32 = -1) -> Bool {
        var fds = [pollfd(fd: readDescriptor, events: Int16(POLLIN), revents: 0)]
        if other >= 0 { fds.append(pollfd(fd: other, events: Int16(POLLIN), revents: 0)) }
        let n = poll(&fds, nfds_t(fds.count), Int32(clamping: timeoutMilliseconds))
        guard n > 0, fds[0].revents & Int16(POLLIN) != 0 else { return false }
        clear()
        return true
    }
}
