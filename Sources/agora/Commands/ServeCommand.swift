import AgoraCore
import AgoraServer
import AgoraStore
import AgoraTerminal
import ArgumentParser
import Dispatch
import Foundation
import Glibc
import Synchronization

/// `agora serve FILE`: the room's phones without the interactive view. This process owns the
/// session (lock, store, journal); the server hands every phone's request to its inbox, and
/// the loop here applies and journals each one before the phone gets its answer.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the participants' pages to phones on the local network.",
        discussion: """
        Prints the join URL (one line starting with http://) and its QR code, then one line per \
        event (joined, voted, proposed, shared, interested, refused). Stop with Ctrl-C (SIGINT) \
        or SIGTERM: the session is saved and nothing listens any more. Phones must be on the \
        same network as this laptop; a firewall must let the port in.
        """)

    @Argument(help: "The session file.") var file: String
    @Option(help: "The address to listen on (default: this laptop's address on the local network; 127.0.0.1 for this machine only).")
    var bind: String?
    @Option(help: "The port (default: a free one).") var port: Int = 0

    func run() throws {
        let store = try SessionStore.open(at: URL(fileURLWithPath: file), mode: .readWrite, clock: Clock.now)
        for notice in store.notices { Console.warn(notice) }
        let host = try ServeAddress.choose(bind)
        let wake = DispatchSemaphore(value: 0)
        let inbox = SessionInbox(session: store.session, wake: { wake.signal() })
        let server = PhoneServer(inbox: inbox, configuration: .init(host: host.address, port: port))
        SignalTrap.installTerminationHandlers()
        // A parent may have started us with these blocked (a test runner's threads do): take them.
        var termination = sigset_t()
        sigemptyset(&termination)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&termination, signal) }
        pthread_sigmask(SIG_UNBLOCK, &termination, nil)

        let url: String
        do { url = try Blocking.run { try await server.start() } } catch {
            try? store.close()
            throw UserFacingError("\(error)")
        }
        Console.print(url)
        if let code = try? QRCode(url) { Console.print(code.halfBlocks().joined(separator: "\n")) }
        let t = TerminalCommandText.table
        Console.print(t("cli.serve.orCode", ["url": server.codeURL, "code": server.configuration.joinCode.display]))
        for line in host.notes { Console.print(line) }
        Console.print(t("cli.serve.serving", ["title": store.session.meeting.title, "key": ":"]))

        let owner = SessionOwner(store: store, inbox: inbox)
        let console = ConsoleLines(wake: { wake.signal() })
        let interpreter = CLIPaletteInterpreter(store: store)
        while SignalTrap.take() == nil {
            _ = wake.wait(timeout: .now() + .milliseconds(200))
            owner.drain()
            for line in console.take() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                do {
                    let said = try interpreter.run(line)
                    inbox.publish(store.session)
                    if !said.isEmpty { Console.print(said) }
                } catch { Console.print(t("cli.serve.error", ["message": "\(error)"])) }
            }
        }
        // Stop listening while still answering the requests already in flight, then refuse the rest.
        let stopped = Mutex(false)
        Task { await server.stop(); stopped.withLock { $0 = true }; wake.signal() }
        while !stopped.withLock({ $0 }) {
            _ = wake.wait(timeout: .now() + .milliseconds(50))
            owner.drain()
        }
        owner.drain()
        inbox.close()
        try store.close()
        Console.print(t("cli.serve.stopped", ["title": store.session.meeting.title, "file": file]))
    }
}

/// The owner's side of the inbox for `agora serve`: applies the waiting requests through the
/// store (journaled together, one fsync) and prints one line per event.
struct SessionOwner {
    let store: SessionStore
    let inbox: SessionInbox

    func drain() {
        let outcomes = inbox.drain(applyingGroup: { store.apply(group: $0) }, session: { store.session })
        for outcome in outcomes { Console.print(Self.timestamp() + " " + PhoneEvent(outcome).description) }
    }

    static func timestamp() -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: Date())
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}

/// The facilitator's lines typed at the serve console, read on a thread of their own.
final class ConsoleLines: Sendable {
    private let lines = Mutex<[String]>([])

    init(wake: @escaping @Sendable () -> Void) {
        Thread.detachNewThread { [self] in
            while let line = readLine() {
                lines.withLock { $0.append(line) }
                wake()
            }
        }
    }

    func take() -> [String] { lines.withLock { taken in defer { taken.removeAll() }; return taken } }
}

/// Where to listen: the address given, or this laptop's address on its local network.
struct ServeAddress {
    var address: String
    /// What to tell the facilitator about the choice (the other addresses there are).
    var notes: [String]

    static func choose(_ given: String?) throws -> ServeAddress {
        if let given { return ServeAddress(address: given, notes: []) }
        let all = LocalAddresses.all()
        guard let preferred = LocalAddresses.preferred(among: all) else {
            throw UserFacingError(TerminalCommandText.table("cli.serve.noAddress"))
        }
        var notes: [String] = []
        if all.count > 1 {
            notes.append(TerminalCommandText.table("cli.serve.listening", [
                "address": preferred.address, "interface": preferred.interface,
                "others": all.filter { $0 != preferred }.map { "\($0.address) (\($0.interface))" }.joined(separator: ", ")]))
        }
        return ServeAddress(address: preferred.address, notes: notes)
    }
}

/// Runs async work from the synchronous command and waits for it.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let result = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value: Result<T, any Error>
            do { value = .success(try await work()) } catch { value = .failure(error) }
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
